// @vitest-environment node
import { JSDOM } from "jsdom";
import { describe, expect, it, vi } from "vitest";
import { BOOT_ID, DEFERRED_TYPE, bootLoader, deferHydration } from "./defer-hydration.js";

/** A page in React Router's shape: modulepreload links in <head>, one inline module script in <body>. */
const routerPage = (module = 'import "/assets/manifest.js"; import("/assets/entry.client.js");') =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="modulepreload" href="/assets/entry.client.js"/>` +
  `<link rel="modulepreload" href="/assets/root.js"/><link rel="stylesheet" href="/assets/root.css"/></head>` +
  `<body><main><button type="button" id="theme">Theme</button><form><button id="submit">Go</button></form>` +
  `<input id="field"/></main><script>window.__reactRouterContext = {};</script>` +
  `<script type="module" async="">${module}</script></body></html>`;

function load(html: string) {
  vi.useFakeTimers();
  const dom = new JSDOM(html, { runScripts: "dangerously", pretendToBeVisual: true });
  return { dom, window: dom.window as unknown as Window & typeof globalThis };
}

describe("deferring hydration until the first paint", () => {
  it("removes the modulepreload links and keeps the module inert, with the preloads beside it", () => {
    const html = deferHydration(routerPage());
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).not.toContain('type="module"');
    expect(html).toContain(
      `<script type="${DEFERRED_TYPE}" id="${BOOT_ID}" data-preload="/assets/entry.client.js /assets/root.js">import "/assets/manifest.js"; import("/assets/entry.client.js");</script>`,
    );
    // The stylesheet stays where it was: only scripts wait.
    expect(html).toContain('<link rel="stylesheet" href="/assets/root.css"/>');
    expect(html.endsWith(`<script>${bootLoader}</script></body></html>`)).toBe(true);
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

  it("records clicks on buttons outside forms and the search shortcut, not typing, until the app stops it", () => {
    const { window } = load(deferHydration(routerPage()));
    const { document } = window;
    document.getElementById("theme")!.click();
    document.getElementById("submit")!.addEventListener("click", (event) => event.preventDefault());
    document.getElementById("submit")!.click();
    const slash = new window.KeyboardEvent("keydown", { key: "/", bubbles: true, cancelable: true });
    document.body.dispatchEvent(slash);
    document.getElementById("field")!.dispatchEvent(new window.KeyboardEvent("keydown", { key: "/", bubbles: true }));
    document.body.dispatchEvent(new window.KeyboardEvent("keydown", { key: "k", ctrlKey: true, bubbles: true }));
    const early = (window as unknown as { __earlyInput: unknown[] }).__earlyInput;
    expect(early).toEqual([
      { click: document.getElementById("theme") },
      { key: "/", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false },
      { key: "k", ctrlKey: true, metaKey: false, altKey: false, shiftKey: false },
    ]);
    // The browser must not act on a shortcut the app will answer.
    expect(slash.defaultPrevented).toBe(true);
    (window as unknown as { __stopEarlyInput: () => void }).__stopEarlyInput();
    document.getElementById("theme")!.click();
    expect(early).toHaveLength(3);
    vi.useRealTimers();
  });
});
