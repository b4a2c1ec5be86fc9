// @ts-check
// The page's boot loader: inlined into every built page by defer-hydration.js (one hash in the
// policy), so it must stay a plain browser script. It starts the app's inert hydration module
// once the first contentful paint is on screen (or at the first key or pointer press, or after
// 2 s), and until the app calls `window.__appHydrated()` it records what the visitor does:
// clicks on buttons, radios and checkboxes, form submits, files picked, the search shortcut.
// The app then gets each again, one per task so that React renders between them, and the page
// is marked `<html data-interactive="true">`.
(function () {
  // A stylesheet copied into the page (inline-styles.js: <style data-inlined="its href">) goes
  // when the app removes its link, as a route's own stylesheet is removed on leaving the route,
  // and stays right before its link when the app inserts other links, so the cascade keeps the
  // order the links have. A page without copies has nothing to watch.
  if (document.head.querySelector("style[data-inlined]"))
    new MutationObserver(function () {
      /** @type {Map<string | null, Element>} */
      const links = new Map();
      for (const link of document.head.querySelectorAll('link[rel="stylesheet"]'))
        links.set(link.getAttribute("href"), link);
      for (const copy of document.head.querySelectorAll("style[data-inlined]")) {
        const link = links.get(copy.getAttribute("data-inlined"));
        if (!link) copy.remove();
        else if (copy.nextElementSibling !== link) link.before(copy);
      }
    }).observe(document.head, { childList: true });

  const boot = document.getElementById("app-boot");
  if (!boot) return;
  /** @type {(() => void)[]} */
  const early = [];
  /** @type {Set<HTMLInputElement>} */
  const reverted = new Set();
  // Set once the app has hydrated: from then on only clicks on a result painted before the app
  // (class "linked-painted": static nodes with no handlers until the app's own rendering
  // replaces them) are recorded; everything else is the app's.
  let hydrated = false;

  /**
   * The control as it is now: a result painted before the app ran (first-paint.js) is replaced by
   * the app's own rendering of it, so a button clicked then is found again by what it is.
   * @param {HTMLElement} control
   * @returns {HTMLElement | null}
   */
  function current(control) {
    if (control.isConnected) return control;
    const same = (/** @type {string} */ name, /** @type {Element} */ other) =>
      other.getAttribute(name) === control.getAttribute(name);
    for (const other of document.querySelectorAll(control.tagName)) {
      if (other instanceof HTMLElement && other.textContent === control.textContent && same("class", other))
        if (same("type", other) && same("name", other) && same("value", other)) return other;
    }
    return null;
  }

  /** @param {HTMLElement} recorded */
  function click(recorded) {
    const control = current(recorded);
    if (!control) return;
    if (control instanceof HTMLInputElement && !reverted.has(control)) {
      // The browser already toggled it, unseen by React: back to the rendered state, then the
      // click again, so React hears the change and its value tracker agrees.
      reverted.add(control);
      control.checked = control.defaultChecked;
    }
    control.click();
  }

  /** @param {Event} event */
  function record(event) {
    const target = event.target instanceof Element ? event.target : null;
    if (hydrated && (event.type !== "click" || !target?.closest(".linked-painted"))) return;
    if (event.type === "click") {
      const control = target?.closest("button, input[type=radio], input[type=checkbox]");
      if (!(control instanceof HTMLElement)) return;
      // A form's button must not submit natively: the app handles it once it runs.
      if (control instanceof HTMLButtonElement) event.preventDefault();
      early.push(() => click(control));
    } else if (event.type === "submit") {
      event.preventDefault();
      if (target instanceof HTMLFormElement) early.push(() => target.isConnected && target.requestSubmit());
    } else if (event.type === "change") {
      if (target?.matches("input[type=file], select"))
        early.push(() => target.isConnected && target.dispatchEvent(new Event("change", { bubbles: true })));
    } else if (event instanceof KeyboardEvent) {
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k";
      const typing = target?.closest("input, textarea, select, [contenteditable]");
      if (!commandK && (event.key !== "/" || typing)) return;
      event.preventDefault();
      const { key, ctrlKey, metaKey, altKey, shiftKey } = event;
      const init = { key, ctrlKey, metaKey, altKey, shiftKey, bubbles: true, cancelable: true };
      early.push(() => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent("keydown", init)));
    }
  }
  const types = ["click", "submit", "change", "keydown"];
  for (const type of types) document.addEventListener(type, record, true);

  /** @type {Window & { __appHydrated?: () => void }} */ (window).__appHydrated = function () {
    /** @type {Window & { __appHydrated?: () => void }} */ (window).__appHydrated = function () {};
    hydrated = true;
    // A result painted before the app ran (first-paint.js, class "linked-painted") is not the
    // app's yet: input on it is still recorded, and all of it waits until the app's own
    // rendering has replaced it.
    if (document.querySelector(".linked-painted")) {
      const observer = new MutationObserver(function () {
        if (document.querySelector(".linked-painted")) return;
        observer.disconnect();
        replayAll();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"] });
    } else replayAll();
    function replayAll() {
      for (const type of types) document.removeEventListener(type, record, true);
      next();
    }
    function next() {
      const replay = early.shift();
      if (!replay) {
        document.documentElement.setAttribute("data-interactive", "true");
        return;
      }
      replay();
      setTimeout(next, 0);
    }
  };

  let started = false;
  function start() {
    if (started || !boot) return;
    started = true;
    for (const url of (boot.getAttribute("data-preload") ?? "").split(" ")) {
      if (!url) continue;
      const link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = url;
      document.head.appendChild(link);
    }
    const script = document.createElement("script");
    script.type = "module";
    script.textContent = boot.textContent;
    document.body.appendChild(script);
  }
  try {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: "paint", buffered: true });
  } catch {
    // No paint timing here: the input and the timer below start the app.
  }
  document.addEventListener("pointerdown", start, { capture: true, once: true });
  document.addEventListener("keydown", start, { capture: true, once: true });
  setTimeout(start, 2000);
})();
