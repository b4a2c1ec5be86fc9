// @vitest-environment node
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { bootLoader, deferHydration } from "./defer-hydration.js";
import { INLINED_ATTRIBUTE, inlineStylesheets, sharedStylesheets } from "./inline-styles.js";

/** A built page in React Router's shape, linking the shared stylesheet and `own` ones. */
const routerPage = (...own: string[]) =>
  deferHydration(
    `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/assets/root.css"/>` +
      own.map((href) => `<link rel="stylesheet" href="${href}"/>`).join("") +
      `</head><body><main><h1>Page</h1></main><script type="module">import("/assets/entry.client.js");</script></body></html>`,
  );
const css: Record<string, string> = { "/assets/plan.css": ".plan{color:red}", "/assets/match.css": ".match{}" };
const readCss = (href: string) => css[href] ?? "";
const shared = new Set(["/assets/root.css"]);

describe("inlining a page's own stylesheets", () => {
  it("takes the stylesheets every page links as the shared ones", () => {
    const pages = [routerPage(), routerPage("/assets/plan.css"), routerPage("/assets/match.css", "/assets/plan.css")];
    expect(sharedStylesheets(pages)).toEqual(shared);
    expect(sharedStylesheets([routerPage("/assets/plan.css"), routerPage("/assets/plan.css")])).toEqual(
      new Set(["/assets/root.css", "/assets/plan.css"]),
    );
  });

  it("puts a page's own stylesheet's text before its link, disabled, and leaves the shared one a file", () => {
    const html = inlineStylesheets(routerPage("/assets/plan.css"), shared, readCss);
    expect(html).toContain(
      `<link rel="stylesheet" href="/assets/root.css"/><style ${INLINED_ATTRIBUTE}="/assets/plan.css">.plan{color:red}</style>` +
        `<link rel="stylesheet" href="/assets/plan.css" disabled=""/>`,
    );
    expect(inlineStylesheets(routerPage(), shared, readCss)).toBe(routerPage());
  });

  it("refuses a stylesheet that cannot be moved into the page", () => {
    const page = routerPage("/assets/plan.css");
    expect(() => inlineStylesheets(page, shared, () => "a{background:url(./x.svg)}")).toThrow(/relative URL/);
    expect(() => inlineStylesheets(page, shared, () => '@import "./more.css";')).toThrow(/relative URL/);
    expect(() => inlineStylesheets(page, shared, () => "a::after{content:'</style>'}")).toThrow(/<\/style/);
    expect(inlineStylesheets(page, shared, () => "a{background:url(/favicon.svg)}")).toContain("url(/favicon.svg)");
  });

  it("lets the boot loader remove a copy when the app removes its link, and keep the others", async () => {
    const html = inlineStylesheets(routerPage("/assets/plan.css", "/assets/match.css"), shared, readCss);
    expect(html).toContain(bootLoader);
    const { window } = new JSDOM(html, { runScripts: "dangerously" });
    const copies = () =>
      [...window.document.querySelectorAll(`style[${INLINED_ATTRIBUTE}]`)].map((copy) =>
        copy.getAttribute(INLINED_ATTRIBUTE),
      );
    expect(copies()).toEqual(["/assets/plan.css", "/assets/match.css"]);
    // Leaving the route: React Router removes the route's link.
    window.document.querySelector('link[href="/assets/plan.css"]')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(copies()).toEqual(["/assets/match.css"]);
    window.close();
  });

  it("keeps each copy right before its link when the app inserts another link before it", async () => {
    const html = inlineStylesheets(routerPage("/assets/match.css"), shared, readCss);
    const { window } = new JSDOM(html, { runScripts: "dangerously" });
    const { document } = window;
    // Arriving from another route: React Router puts the new route's stylesheet before the kept one.
    const pending = Object.assign(document.createElement("link"), { rel: "stylesheet", href: "/assets/pending.css" });
    document.querySelector('link[href="/assets/match.css"]')!.before(pending);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const order = [...document.head.querySelectorAll("link[rel=stylesheet], style")].map(
      (element) => element.getAttribute("href") ?? `copy of ${element.getAttribute(INLINED_ATTRIBUTE)}`,
    );
    expect(order).toEqual([
      "/assets/root.css",
      "/assets/pending.css",
      "copy of /assets/match.css",
      "/assets/match.css",
    ]);
    window.close();
  });
});
