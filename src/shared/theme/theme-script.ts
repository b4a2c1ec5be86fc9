/** localStorage key of the visitor's explicit theme choice ("light" | "dark"); absent = follow the OS. */
export const THEME_STORAGE_KEY = "ema-theme";

/**
 * Runs in <head> before the first paint, so a remembered theme never flashes the other one.
 * Also marks the document as scripted, which reveals controls that need JavaScript, and as
 * carrying a query string, so pages rendered from it (a shared result) can reserve their space.
 */
export const themeBootScript = `(function(){var d=document.documentElement;d.classList.add("js");if(location.search)d.classList.add("has-query");try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}})()`;
