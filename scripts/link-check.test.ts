import { describe, expect, it } from "vitest";
import { checkLinks } from "./link-check";

const page = (path: string, body: string) => ({ path, html: `<!doctype html><html><body>${body}</body></html>` });

describe("the link checker", () => {
  const pages = [
    page("/", `<a href="/guide/a">A</a> <a href="https://learn.microsoft.com/x">MS</a>`),
    page("/guide/a", `<h2 id="one">One</h2><a href="#one">self</a><a href="/guide/b#two">B two</a>`),
    page("/guide/b", `<h2 id="two">Two</h2><a href="../guide/a">relative</a>`),
  ];

  it("passes a site whose links and anchors all resolve, and lists external links without fetching them", () => {
    const report = checkLinks(pages);
    expect(report.broken).toEqual([]);
    expect(report.external).toEqual(["https://learn.microsoft.com/x"]);
    expect(report.checked).toBe(4);
  });

  it("catches a link to a page that does not exist", () => {
    const report = checkLinks([...pages, page("/guide/c", `<a href="/guide/missing">gone</a>`)]);
    expect(report.broken).toEqual([{ from: "/guide/c", href: "/guide/missing", reason: "no page at /guide/missing" }]);
  });

  it("catches an anchor that no element on the target page carries", () => {
    const report = checkLinks([
      ...pages,
      page("/guide/c", `<a href="/guide/b#three">B three</a><a href="#nope">x</a>`),
    ]);
    expect(report.broken.map((entry) => entry.reason)).toEqual([
      'no id "three" on /guide/b',
      'no id "nope" on /guide/c',
    ]);
  });

  it("resolves links against the base path the site is built for", () => {
    const based = [
      page("/", `<a href="/sub/guide/a#one">ok</a><a href="/guide/a">forgot the base</a>`),
      page("/guide/a", `<h2 id="one">One</h2>`),
    ];
    const report = checkLinks(based, "/sub/");
    expect(report.broken).toEqual([{ from: "/", href: "/guide/a", reason: "outside the base path /sub/" }]);
  });
});
