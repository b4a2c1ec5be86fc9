import { basePath, clientDir } from "../scripts/base-path.js";
import { jsBudgetFor, sizeBudgets } from "../scripts/quality/budgets.js";
import { builtHtmlFiles, measureFirstLoad } from "../scripts/quality/first-load.js";
import { expect, test } from "./support/test";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

// Reads the build on disk (no browser): bytes are deterministic, so this can gate every build.
test.describe("first-load size budgets", () => {
  const pages = builtHtmlFiles(clientDir).map((file) => measureFirstLoad(clientDir, file, basePath()));

  test("every built page is measured, with its scripts and its stylesheet", () => {
    expect(pages.length).toBeGreaterThan(25);
    for (const page of pages) {
      expect(page.js.length, page.page).toBeGreaterThan(0);
      expect(page.css.length, page.page).toBeGreaterThan(0);
    }
  });

  test(`no page loads more than ${kib(sizeBudgets.js)} of JavaScript (gzip) on first load, but the measured exceptions`, () => {
    const over = pages
      .filter((page) => page.totals.js > jsBudgetFor(page.page))
      .map((page) => `${page.page}: ${kib(page.totals.js)}`);
    expect(over, "pages over the JS budget (the modules each loads: npm run bench)").toEqual([]);
  });

  test(`no page loads more than ${kib(sizeBudgets.css)} of CSS (gzip) on first load`, () => {
    const over = pages
      .filter((page) => page.totals.css > sizeBudgets.css)
      .map((page) => `${page.page}: ${kib(page.totals.css)}`);
    expect(over).toEqual([]);
  });
});
