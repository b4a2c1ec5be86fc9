// @vitest-environment node
import { describe, expect, it } from "vitest";
import { inlineFirstPaint } from "./first-paint.js";

const page = (main: string) =>
  `<!DOCTYPE html><html><head></head><body><main id="main">${main}</main><footer>f</footer></body></html>`;
const placeholder = '<div class="linked-pending" data-first-paint="plan"><h1>Your migration plan</h1></div>';
const scripts = { plan: "paint()", recommendation: "paintResult()" };

describe("inlining a page's first-paint script", () => {
  it("puts the page's own script right after its <main>, before the footer is parsed", () => {
    expect(inlineFirstPaint(page(placeholder), scripts)).toBe(
      page(placeholder).replace("</main>", "</main><script>paint()</script>"),
    );
  });

  it("leaves a page without a placeholder as it is", () => {
    expect(inlineFirstPaint(page("<h1>Guide</h1>"), scripts)).toBe(page("<h1>Guide</h1>"));
  });

  it("refuses a placeholder it has no script for", () => {
    expect(() => inlineFirstPaint(page(placeholder.replace('"plan"', '"match"')), scripts)).toThrow(/no script/);
  });

  it("refuses a streamed fallback, whose swap would undo the paint, or a second placeholder", () => {
    expect(() => inlineFirstPaint(page(`<!--$?--><template id="B:0"></template>${placeholder}`), scripts)).toThrow(
      /inline/,
    );
    expect(() => inlineFirstPaint(page(placeholder + placeholder), scripts)).toThrow(/once/);
  });

  it("refuses a script that could end the element early", () => {
    expect(() => inlineFirstPaint(page(placeholder), { plan: 'x("</script>")' })).toThrow(/safely/);
  });
});
