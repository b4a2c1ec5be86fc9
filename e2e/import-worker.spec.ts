import { readdirSync } from "node:fs";
import { join } from "node:path";
import { syntheticExport, syntheticOldConnector } from "../scripts/bench/import-export.js";
import { paths } from "../src/shared/paths";
import { expect, test, url } from "./support/test";

const serverDir = join(import.meta.dirname, "..", "src", "core", "sync-export", "fixtures", "server");
const serverFiles = readdirSync(serverDir).map((name) => join(serverDir, name));

test.describe("reading in a Web Worker", () => {
  test("intent starts the worker from /assets (no CSP violation); the main-thread reader never loads", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (request) => scripts.push(new URL(request.url()).pathname));
    await page.goto(url(paths.importConfig()));
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    expect(scripts.filter((path) => /read-worker|import-files/.test(path))).toEqual([]);
    await page.locator("#import-files").focus();
    await expect(page.locator("[data-reader-ready]")).toBeAttached();
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
      expect.stringMatching(/\/assets\/read-worker-[\w-]+\.js$/),
    ]);
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
    await expect(page.locator("[data-ma]")).toHaveCount(3);
    expect(scripts.filter((path) => /read-worker/.test(path))).toHaveLength(1);
    expect(scripts.filter((path) => /import-files/.test(path))).toEqual([]);
  });

  test("a big export (12 agents with 1 MB schemas): the bar moves through the bytes, the findings arrive", async ({
    page,
  }) => {
    const files = syntheticExport({ agents: 12, schemaBytes: 1024 * 1024 }).map(({ name, text }) => ({
      name,
      mimeType: "text/xml",
      buffer: Buffer.from(text),
    }));
    const total = files.reduce((sum, file) => sum + file.buffer.length, 0);
    await page.goto(url(paths.importConfig()));
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    await page.locator("#import-files").focus();
    await expect(page.locator("[data-reader-ready]")).toBeAttached();
    await page.evaluate(() => {
      const seen: { value: number; max: number }[] = [];
      (window as unknown as { __bar: typeof seen }).__bar = seen;
      const status = document.querySelector("[data-import-status]")!;
      new MutationObserver(() => {
        const bar = status.querySelector("progress");
        if (bar && seen.at(-1)?.value !== bar.value) seen.push({ value: bar.value, max: bar.max });
      }).observe(status, { attributes: true, childList: true, subtree: true });
    });
    await page.locator("#import-files").setInputFiles(files);
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done", {
      timeout: 20_000,
    });
    await expect(page.locator("[data-ma]")).toHaveCount(12);
    await expect(page.locator(`[data-old-connector="${syntheticOldConnector.id}"]`)).toBeVisible();
    const seen = await page.evaluate(() => (window as unknown as { __bar: { value: number; max: number }[] }).__bar);
    expect(seen[0]).toEqual({ value: 0, max: total });
    // Bytes, not files: values between the ends, never going back.
    expect(seen.filter(({ value }) => value > 0 && value < total).length).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.value).toBeGreaterThanOrEqual(seen[i - 1]!.value);
  });

  test("where Web Workers are missing, the page reads on the main thread", async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { Worker?: unknown }).Worker;
    });
    await page.goto(url(paths.importConfig()));
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
    await expect(page.locator("[data-ma]")).toHaveCount(3);
    expect(page.workers()).toEqual([]);
  });
});
