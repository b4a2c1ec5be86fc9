// The page's boot loader: inlined into every built page by defer-hydration.js (one hash in the
// policy), so it must stay a plain browser script. It starts the app's inert hydration module
// once the first contentful paint is on screen (or at the first key or pointer press, or after
// 2 s), and until the app calls `window.__appHydrated()` it records what the visitor does:
// clicks on buttons, radios and checkboxes, form submits, files picked, the search shortcut.
// The app then gets each again, one per task so that React renders between them, and the page
// is marked `<html data-interactive="true">`.
(function () {
  var boot = document.getElementById("app-boot");
  if (!boot) return;
  var early = [];
  function record(event) {
    var target = event.target instanceof Element ? event.target : null;
    if (event.type === "click") {
      var control = target && target.closest("button, input[type=radio], input[type=checkbox]");
      if (!control) return;
      // A form's button must not submit natively: the app handles it once it runs.
      if (control.tagName === "BUTTON") event.preventDefault();
      early.push({ click: control });
    } else if (event.type === "submit") {
      event.preventDefault();
      early.push({ submit: target });
    } else if (event.type === "change") {
      if (target && target.matches("input[type=file], select")) early.push({ change: target });
    } else if (event.key === "/" || ((event.ctrlKey || event.metaKey) && String(event.key).toLowerCase() === "k")) {
      var typing = target && target.closest("input, textarea, select, [contenteditable]");
      if (event.key === "/" && typing) return;
      event.preventDefault();
      early.push({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
      });
    }
  }
  var types = ["click", "submit", "change", "keydown"];
  for (var t = 0; t < types.length; t++) document.addEventListener(types[t], record, true);

  var reverted = [];
  function replay(input) {
    if (input.key) {
      var init = { key: input.key, ctrlKey: input.ctrlKey, metaKey: input.metaKey, altKey: input.altKey };
      init.shiftKey = input.shiftKey;
      init.bubbles = true;
      init.cancelable = true;
      (document.activeElement || document.body).dispatchEvent(new KeyboardEvent("keydown", init));
      return;
    }
    var element = input.click || input.submit || input.change;
    if (!element.isConnected) return;
    if (input.submit) element.requestSubmit();
    else if (input.change) element.dispatchEvent(new Event("change", { bubbles: true }));
    else {
      if (element.tagName === "INPUT" && reverted.indexOf(element) < 0) {
        // The browser already toggled it, unseen by React: back to the rendered state, then
        // the click again, so React hears the change and its value tracker agrees.
        reverted.push(element);
        element.checked = element.defaultChecked;
      }
      element.click();
    }
  }
  window.__appHydrated = function () {
    window.__appHydrated = function () {};
    for (var t = 0; t < types.length; t++) document.removeEventListener(types[t], record, true);
    (function next() {
      var input = early.shift();
      if (!input) {
        document.documentElement.setAttribute("data-interactive", "true");
        return;
      }
      replay(input);
      setTimeout(next, 0);
    })();
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
  } catch {
    // No paint timing here: the input and the timer below start the app.
  }
  document.addEventListener("pointerdown", start, { capture: true, once: true });
  document.addEventListener("keydown", start, { capture: true, once: true });
  setTimeout(start, 2000);
})();
