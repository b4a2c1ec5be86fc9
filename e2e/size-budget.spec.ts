import { basePath, clientDir } from "../scripts/base-path.js";
import { sizeBudgets } from "../scripts/quality/budgets.js";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { builtHtmlFiles, measureFirstLoad } from "../scripts/quality/first-load.js";
import { prerenderPaths } from "../src/prerender-paths";
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

  test(`no page loads more than ${kib(sizeBudgets.js)} of JavaScript (gzip) on first load`, () => {
    const over = pages
      .filter((page) => page.totals.js > sizeBudgets.js)
      .map((page) => `${page.page}: ${kib(page.totals.js)}`);
    expect(over, "pages over the JS budget (the modules each loads: npm run bench)").toEqual([]);
  });

  test(`no page loads more than ${kib(sizeBudgets.css)} of CSS (gzip) on first load`, () => {
    const over = pages
      .filter((page) => page.totals.css > sizeBudgets.css)
      .map((page) => `${page.page}: ${kib(page.totals.css)}`);
    expect(over).toEqual([]);
  });

  test("every prerendered route is among the pages measured, so a new page is held to the same budgets", () => {
    const measured = new Set(pages.map((page) => page.page));
    for (const route of prerenderPaths()) {
      const file = route === "/" ? "index.html" : `${route.replace(/^\//, "")}/index.html`;
      expect(measured.has(file), route).toBe(true);
    }
  });

  test("no page's first load holds a file reader: the workers that read files, and the CSV parser, load when a file is chosen", () => {
    const assets = path.join(clientDir, "assets");
    const scripts = readdirSync(assets).filter((name) => name.endsWith(".js"));
    const workers = new Set(
      scripts.flatMap((name) =>
        [...readFileSync(path.join(assets, name), "utf8").matchAll(/new Worker\(new URL\([`"']([^`"']+)/g)].map(
          ([, url]) => `assets/${path.basename(url!)}`,
        ),
      ),
    );
    expect(workers.size).toBeGreaterThan(0);
    const readers = [
      ...workers,
      ...scripts.filter((name) => name.startsWith("papaparse")).map((name) => `assets/${name}`),
    ];
    for (const page of pages) {
      const loaded = page.js.map((asset) => asset.file);
      expect(
        readers.filter((reader) => loaded.includes(reader)),
        page.page,
      ).toEqual([]);
    }
  });
});
