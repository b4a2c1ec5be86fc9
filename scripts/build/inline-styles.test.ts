// @vitest-environment node
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { BOOT_ID, bootLoader, deferHydration } from "./defer-hydration.js";
import { INLINED_ATTRIBUTE, inlineStylesheets } from "./inline-styles.js";

/** A built page: React Router's links in <head>, the footer, the app's module after it. */
const routerPage = (head = "") =>
  deferHydration(
    `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/assets/root.css"/>${head}</head>` +
      `<body><main><h1>Page</h1></main><footer class="site-footer"><p>Footer</p></footer>` +
      `<script type="module">import("/assets/entry.client.js");</script></body></html>`,
  );
const css: Record<string, string> = { "/assets/root.css": "body{margin:0}", "/assets/plan.css": ".plan{color:red}" };
const readCss = (href: string) => css[href] ?? "";

describe("inlining a page's stylesheets", () => {
  it("puts each stylesheet's text before its link, and leaves the link in place but inert", () => {
    const html = inlineStylesheets(routerPage('<link rel="stylesheet" href="/assets/plan.css"/>'), readCss);
    expect(html).toContain(
      `<style ${INLINED_ATTRIBUTE}="/assets/root.css">body{margin:0}</style><link rel="stylesheet" href="/assets/root.css" media="not all"/>`,
    );
    expect(html).toContain(
      `<style ${INLINED_ATTRIBUTE}="/assets/plan.css">.plan{color:red}</style><link rel="stylesheet" href="/assets/plan.css" media="not all"/>`,
    );
    expect(html).not.toMatch(/<link rel="stylesheet" href="[^"]+"\/>/);
  });

  it("makes the first paint wait until the parser reaches the app's module after the footer, once", () => {
    const html = inlineStylesheets(routerPage('<link rel="stylesheet" href="/assets/plan.css"/>'), readCss);
    const expectLink = `<link rel="expect" href="#${BOOT_ID}" blocking="render"/>`;
    expect(html.split(expectLink)).toHaveLength(2);
    expect(html.indexOf(expectLink)).toBeLessThan(html.indexOf("<style"));
    expect(html.indexOf(`id="${BOOT_ID}"`)).toBeGreaterThan(html.indexOf("</footer>"));
  });

  it("refuses a stylesheet that cannot be moved into the page, and a page with no module after its footer", () => {
    expect(() => inlineStylesheets(routerPage(), () => "a{background:url(./x.svg)}")).toThrow(/relative URL/);
    expect(() => inlineStylesheets(routerPage(), () => '@import "./more.css";')).toThrow(/relative URL/);
    expect(() => inlineStylesheets(routerPage(), () => "a::after{content:'</style>'}")).toThrow(/<\/style/);
    expect(inlineStylesheets(routerPage(), () => "a{background:url(/favicon.svg)}")).toContain("url(/favicon.svg)");
    expect(() =>
      inlineStylesheets('<html><head><link rel="stylesheet" href="/a.css"/></head><body></body></html>', readCss),
    ).toThrow(/after its footer/);
  });

  it("lets the boot loader remove a copy when the app removes its link, and keep the others", async () => {
    const html = inlineStylesheets(routerPage('<link rel="stylesheet" href="/assets/plan.css"/>'), readCss);
    const { window } = new JSDOM(html, { runScripts: "dangerously" });
    expect(html).toContain(bootLoader);
    const copies = () =>
      [...window.document.querySelectorAll(`style[${INLINED_ATTRIBUTE}]`)].map((copy) =>
        copy.getAttribute(INLINED_ATTRIBUTE),
      );
    expect(copies()).toEqual(["/assets/root.css", "/assets/plan.css"]);
    // Leaving the plan: React Router removes the route's link.
    window.document.querySelector('link[href="/assets/plan.css"]')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(copies()).toEqual(["/assets/root.css"]);
    window.close();
  });
});
