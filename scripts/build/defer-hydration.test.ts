// @vitest-environment node
import { JSDOM } from "jsdom";
import { describe, expect, it, vi } from "vitest";
import { BOOT_ID, DEFERRED_TYPE, bootLoader, deferHydration } from "./defer-hydration.js";

/** A page in React Router's shape: modulepreload links in <head>, one inline module script in <body>. */
const routerPage = (module = 'import "/assets/manifest.js"; import("/assets/entry.client.js");') =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="modulepreload" href="/assets/entry.client.js"/>` +
  `<link rel="modulepreload" href="/assets/root.js"/><link rel="stylesheet" href="/assets/root.css"/></head>` +
  `<body><main><button type="button" id="theme">Theme</button><form id="form"><input type="radio" id="choice"/>` +
  `<input type="file" id="file"/><button id="submit">Go</button></form><input id="field"/></main><script>window.__reactRouterContext = {};</script>` +
  `<script type="module" async="">${module}</script></body></html>`;

function load(html: string) {
  vi.useFakeTimers();
  const dom = new JSDOM(html, { runScripts: "dangerously", pretendToBeVisual: true });
  return { dom, window: dom.window as unknown as Window & typeof globalThis };
}

describe("deferring hydration until the first paint", () => {
  it("removes the modulepreload links and keeps the module inert, with the preloads beside it", () => {
    const html = deferHydration(routerPage());
    expect(html).not.toMatch(/rel="(modulepreload|prefetch)"/);
    expect(html).not.toContain('type="module"');
    expect(html).toContain(
      `<script type="${DEFERRED_TYPE}" id="${BOOT_ID}" data-preload="/assets/entry.client.js /assets/root.js">import "/assets/manifest.js"; import("/assets/entry.client.js");</script>`,
    );
    // The stylesheet stays where it was: only scripts wait.
    expect(html).toContain('<link rel="stylesheet" href="/assets/root.css"/>');
    expect(html.endsWith(`<script>${bootLoader}</script></body></html>`)).toBe(true);
  });

  it("defers a page that holds a link's placeholder too: its first-paint script paints the result", () => {
    const page = routerPage().replace("<main>", '<main><div class="linked-pending" data-first-paint="plan">…</div>');
    expect(deferHydration(page)).toContain(`type="${DEFERRED_TYPE}"`);
  });

  it("refuses a page whose shape it does not know, rather than shipping it half changed", () => {
    expect(() => deferHydration("<html><body></body></html>")).toThrow(/one inline module script/);
    expect(() => deferHydration(routerPage().replace("</body>", '<script type="module">x()</script></body>'))).toThrow(
      /found 2/,
    );
  });

  it("starts nothing before the paint, then the preloads and the module once (here: at the 2 s fallback)", () => {
    const { window } = load(deferHydration(routerPage()));
    const modules = () => [...window.document.querySelectorAll('script[type="module"]')];
    expect(modules()).toHaveLength(0);
    expect(window.document.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    vi.advanceTimersByTime(2000);
    expect(modules().map((script) => script.textContent)).toEqual([
      'import "/assets/manifest.js"; import("/assets/entry.client.js");',
    ]);
    expect(
      [...window.document.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute("href")),
    ).toEqual(["/assets/entry.client.js", "/assets/root.js"]);
    window.document.dispatchEvent(new window.KeyboardEvent("keydown", { key: "x" }));
    expect(modules()).toHaveLength(1);
    vi.useRealTimers();
  });

  it("starts at once on the visitor's first key press or pointer press", () => {
    const { window } = load(deferHydration(routerPage()));
    window.document.dispatchEvent(new window.Event("pointerdown"));
    expect(window.document.querySelectorAll('script[type="module"]')).toHaveLength(1);
    vi.useRealTimers();
  });

  it("records clicks on buttons and choices, submits, files picked and the search shortcut, not typing, until the app stops it", () => {
    const { window } = load(deferHydration(routerPage()));
    const { document } = window;
    const byId = (id: string) => document.getElementById(id)!;
    byId("theme").click();
    byId("choice").click();
    const submitClick = new window.MouseEvent("click", { bubbles: true, cancelable: true });
    byId("submit").dispatchEvent(submitClick);
    const submit = new window.Event("submit", { bubbles: true, cancelable: true });
    byId("form").dispatchEvent(submit);
    byId("file").dispatchEvent(new window.Event("change", { bubbles: true }));
    byId("field").dispatchEvent(new window.Event("change", { bubbles: true }));
    const slash = new window.KeyboardEvent("keydown", { key: "/", bubbles: true, cancelable: true });
    document.body.dispatchEvent(slash);
    byId("field").dispatchEvent(new window.KeyboardEvent("keydown", { key: "/", bubbles: true }));
    document.body.dispatchEvent(new window.KeyboardEvent("keydown", { key: "k", ctrlKey: true, bubbles: true }));
    // The browser must not act on what the app will answer: no native submit, no quick find.
    expect(submitClick.defaultPrevented).toBe(true);
    expect(submit.defaultPrevented).toBe(true);
    expect(slash.defaultPrevented).toBe(true);

    // The app has hydrated: the same input reaches it again, in order, one per task.
    const heard: string[] = [];
    const note = (event: Event) => {
      const target = event.target as Element;
      heard.push(event instanceof window.KeyboardEvent ? `${event.type} ${event.key}` : `${event.type} #${target.id}`);
    };
    for (const type of ["click", "submit", "change", "keydown"]) document.addEventListener(type, note);
    byId("choice").addEventListener("click", () =>
      heard.push(`checked ${(byId("choice") as HTMLInputElement).checked}`),
    );
    (window as unknown as { __appHydrated: () => void }).__appHydrated();
    vi.runAllTimers();
    expect(heard).toEqual([
      "click #theme",
      // Put back unchecked, then clicked: checked again, as the visitor left it, and changed.
      "checked true",
      "click #choice",
      "change #choice",
      "click #submit",
      "submit #form",
      "submit #form",
      "change #file",
      "keydown /",
      "keydown k",
    ]);
    expect(document.documentElement.getAttribute("data-interactive")).toBe("true");
    // Recording has stopped: a click now is the app's alone.
    heard.length = 0;
    byId("theme").click();
    vi.runAllTimers();
    expect(heard).toEqual(["click #theme"]);
    vi.useRealTimers();
  });

  it("replays a click on a painted button once the app's own rendering has replaced it, on the app's button", async () => {
    const page = routerPage().replace(
      "<main>",
      '<main><div id="painted" class="linked-painted"><button type="button" class="button">Edit these answers</button></div>',
    );
    const { window } = load(deferHydration(page));
    const { document } = window;
    document.querySelector<HTMLButtonElement>("#painted button")!.click();
    const clicked: string[] = [];
    document.addEventListener("click", (event) => clicked.push((event.target as Element).textContent!));
    // The app has hydrated, but the painted result is still on screen: nothing is replayed yet.
    (window as unknown as { __appHydrated: () => void }).__appHydrated();
    vi.runAllTimers();
    await Promise.resolve();
    expect(clicked).toEqual([]);
    expect(document.documentElement.getAttribute("data-interactive")).toBeNull();
    // The app replaces it with its own rendering, the same button among others.
    document.getElementById("painted")!.outerHTML =
      '<button type="button" class="button">Start again</button><button type="button" class="button">Edit these answers</button>';
    await Promise.resolve(); // the loader's MutationObserver hears it
    vi.runAllTimers();
    expect(clicked).toEqual(["Edit these answers"]);
    expect(document.documentElement.getAttribute("data-interactive")).toBe("true");
    vi.useRealTimers();
  });
  it("still records a click on the painted result after the app has hydrated, until the app's rendering replaces it", async () => {
    const page = routerPage().replace(
      "<main>",
      '<main><div id="painted" class="linked-painted"><button type="button" class="button">Edit these answers</button></div>',
    );
    const { window } = load(deferHydration(page));
    const { document } = window;
    const clicked: string[] = [];
    (window as unknown as { __appHydrated: () => void }).__appHydrated();
    // Hydrated, but the painted button has no handler yet: this click must not be lost…
    document.querySelector<HTMLButtonElement>("#painted button")!.click();
    // …while a click elsewhere is the app's at once, never replayed a second time.
    document.getElementById("theme")!.click();
    document.addEventListener("click", (event) => clicked.push((event.target as Element).textContent!));
    vi.runAllTimers();
    expect(clicked).toEqual([]);
    document.getElementById("painted")!.outerHTML = '<button type="button" class="button">Edit these answers</button>';
    await Promise.resolve();
    vi.runAllTimers();
    expect(clicked).toEqual(["Edit these answers"]);
    // Recording has stopped with the replay.
    clicked.length = 0;
    document.querySelector<HTMLButtonElement>("main button")!.click();
    vi.runAllTimers();
    expect(clicked).toEqual(["Edit these answers"]);
    vi.useRealTimers();
  });
});
