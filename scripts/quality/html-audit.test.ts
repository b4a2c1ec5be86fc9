import { describe, expect, it } from "vitest";
import { inlineScripts, unsafeMarkup } from "./html-audit.js";

const page = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;

describe("the built-HTML audit", () => {
  it("finds nothing in plain markup, whatever the text says", () => {
    const html = page(`<p>Set onclick="x" or javascript:void(0) in prose</p><a href="/guide">Guide</a>`);
    expect(unsafeMarkup(html)).toEqual({ handlers: [], javascriptUrls: [], styleAttributes: [] });
  });

  it("catches inline event handlers on any element, SVG included", () => {
    const found = unsafeMarkup(page(`<img src="/a.png" onerror="x()"><svg><circle onload="y()"/></svg>`));
    expect(found.handlers).toHaveLength(2);
  });

  it("catches javascript: URLs however they are disguised", () => {
    const found = unsafeMarkup(
      page(`<a href=" JavaScript:alert(1)">a</a><a href="java&#x09;script:x">b</a><form action="javascript:y"></form>`),
    );
    expect(found.javascriptUrls).toHaveLength(3);
  });

  it("catches style attributes, which the policy does not allow", () => {
    expect(unsafeMarkup(page(`<p style="color:red">x</p>`)).styleAttributes).toHaveLength(1);
  });

  it("reads inline script text exactly, without entity decoding, and skips external scripts", () => {
    const html = page(`<script>if (a &lt; b && c) run("</p>")</script><script src="/x.js"></script>`);
    expect(inlineScripts(html)).toEqual(['if (a &lt; b && c) run("</p>")']);
  });
});
