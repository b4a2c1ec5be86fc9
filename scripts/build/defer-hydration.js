// Lets a prerendered page paint before its JavaScript is even requested. React Router writes
// modulepreload links in <head> and an inline module script that imports the app and hydrates;
// every one of those requests competes with the stylesheet and delays the first paint, although
// the text a reader came for is already in the HTML. Here the links go, the module script is
// kept inert (type="text/x-deferred-module", with the preload list beside it), and one small
// classic script (`bootLoader`) starts them once the browser reports the first contentful paint,
// at the visitor's first key press or pointer press, or after 2 s (no paint timing, hidden tab).
// Clicks on buttons and the search shortcut pressed before hydration are recorded and replayed
// by the app once it has hydrated (src/shared/early-input.ts).

/** The inert type the hydration module waits under. */
export const DEFERRED_TYPE = "text/x-deferred-module";
/** The id of that script element, which the loader and the first-load measure find it by. */
export const BOOT_ID = "app-boot";

/**
 * The loader, the same on every page (one hash in the policy). It records early input in
 * `window.__earlyInput` until the app takes it.
 */
export const bootLoader = `(function () {
  var boot = document.getElementById("${BOOT_ID}");
  if (!boot) return;
  var early = (window.__earlyInput = []);
  function record(event) {
    if (event.type === "click") {
      var button = event.target instanceof Element ? event.target.closest("button") : null;
      if (button && !button.form) early.push({ click: button });
    } else if (event.key === "/" || ((event.ctrlKey || event.metaKey) && String(event.key).toLowerCase() === "k")) {
      var into = event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]");
      if (event.key === "/" && into) return;
      event.preventDefault();
      early.push({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey });
    }
  }
  document.addEventListener("click", record, true);
  document.addEventListener("keydown", record, true);
  window.__stopEarlyInput = function () {
    document.removeEventListener("click", record, true);
    document.removeEventListener("keydown", record, true);
  };
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var urls = (boot.getAttribute("data-preload") || "").split(" ");
    for (var i = 0; i < urls.length; i++) {
      if (!urls[i]) continue;
      var link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = urls[i];
      document.head.appendChild(link);
    }
    var script = document.createElement("script");
    script.type = "module";
    script.textContent = boot.textContent;
    document.body.appendChild(script);
  }
  try {
    var observer = new PerformanceObserver(function (list) {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: "paint", buffered: true });
  } catch (error) {}
  document.addEventListener("pointerdown", start, { capture: true, once: true });
  document.addEventListener("keydown", start, { capture: true, once: true });
  setTimeout(start, 2000);
})();`;

const MODULE_SCRIPT = /<script type="module"(?: async="")?>([\s\S]*?)<\/script>/g;
const MODULEPRELOAD = /<link rel="modulepreload" href="([^"]+)"\/?>/g;

/**
 * The page with its hydration deferred until after the first paint. Throws when the page does not
 * have React Router's shape (one inline module script), so a framework change cannot pass silently.
 * @param {string} html
 * @returns {string}
 */
export function deferHydration(html) {
  const modules = [...html.matchAll(MODULE_SCRIPT)];
  if (modules.length !== 1)
    throw new Error(`defer-hydration: expected one inline module script, found ${modules.length}`);
  const preload = [...html.matchAll(MODULEPRELOAD)].map((match) => /** @type {string} */ (match[1]));
  if (preload.some((url) => /[\s"<>]/.test(url))) throw new Error("defer-hydration: a preload URL needs escaping");
  const body = /** @type {string} */ (/** @type {RegExpExecArray} */ (modules[0])[1]);
  if (body.includes("</script")) throw new Error("defer-hydration: the module script cannot be moved safely");
  const inert = `<script type="${DEFERRED_TYPE}" id="${BOOT_ID}" data-preload="${preload.join(" ")}">${body}</script>`;
  const withoutLinks = html.replace(MODULEPRELOAD, "").replace(MODULE_SCRIPT, () => inert);
  if (!withoutLinks.includes("</body>")) throw new Error("defer-hydration: the page has no </body>");
  return withoutLinks.replace("</body>", () => `<script>${bootLoader}</script></body>`);
}
