/** localStorage key of the visitor's explicit theme choice ("light" | "dark"); absent = follow the OS. */
export const THEME_STORAGE_KEY = "ema-theme";

/**
 * Runs in <head> before the first paint, so a remembered theme never flashes the other one.
 * Also marks the document as scripted, which reveals controls that need JavaScript.
 */
export const themeBootScript = `(function(){var d=document.documentElement;d.classList.add("js");try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}})()`;
