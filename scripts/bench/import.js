// @ts-check
// The import measurement: a synthetic export of 50 MB or more (many agents with big schemas),
// written to a temporary folder, read by /import on the built site in headless Chromium.
// Throughput is the bytes picked over the time from the page's "reading" status to "done"
// (Playwright's own transfer of the files into the browser is not counted); peak JS heap is
// sampled over CDP every 25 ms from the page and from the reading worker, and summed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { zipSync } from "fflate";
import { syntheticExport } from "./import-export.js";

/**
 * @typedef {object} ImportFigures
 * @property {"folder" | "zip"} form the files picked as they are, or one zip of them
 * @property {number} files
 * @property {number} bytes bytes of XML read (a zip's unpacked entries)
 * @property {number} pickedBytes bytes picked (the zip's own size, for a zip)
 * @property {number} seconds from "reading" to "done"
 * @property {number} mbPerSecond MiB per second
 * @property {number} peakPageHeap bytes, the page's main thread
 * @property {number} peakWorkerHeap bytes, the reading worker (0 if reading ran on the main thread)
 * @property {number} agents management agents the page reported
 * @property {number} firstLoadJs the /import page's first-load JS, gzip bytes
 */

/**
 * @param {{ origin: string, chrome: string, firstLoadJs: number, agents?: number, form?: "folder" | "zip" }} options
 * @returns {Promise<ImportFigures>}
 */
export async function measureImport({ origin, chrome, firstLoadJs, agents = 24, form = "folder" }) {
  const dir = mkdtempSync(path.join(tmpdir(), "ema-import-bench-"));
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    chromiumSandbox: false,
  });
  try {
    const exported = syntheticExport({ agents });
    const bytes = exported.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
    const files =
      form === "zip"
        ? [writeZip(dir, exported)]
        : exported.map(({ name, text }) => {
            const file = path.join(dir, name);
            writeFileSync(file, text);
            return { file, bytes: Buffer.byteLength(text) };
          });
    const page = await browser.newPage();
    const errors = /** @type {string[]} */ ([]);
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${origin}import`);
    await page.locator("[data-hydrated]").waitFor({ state: "attached" });
    // Intent starts the worker, as a visitor's pointer or focus would.
    await page.locator("#import-files").focus();
    await page.locator("[data-reader-ready]").waitFor({ state: "attached" });

    const pageSession = await page.context().newCDPSession(page);
    const browserSession = await browser.newBrowserCDPSession();
    const worker = await workerHeapReader(browserSession);
    let peakPageHeap = 0;
    let peakWorkerHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const [main, off] = await Promise.all([
          pageSession.send("Runtime.getHeapUsage").then((usage) => usage.usedSize),
          worker ? worker().catch(() => 0) : 0,
        ]);
        peakPageHeap = Math.max(peakPageHeap, main);
        peakWorkerHeap = Math.max(peakWorkerHeap, off);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();

    await page.evaluate(() => {
      const status = document.querySelector("[data-import-status]");
      const times = /** @type {Record<string, number>} */ ({});
      /** @type {Window & { __importTimes?: Record<string, number> }} */ (window).__importTimes = times;
      new MutationObserver(() => {
        const value = status?.getAttribute("data-import-status") ?? "";
        times[value] ??= performance.now();
      }).observe(/** @type {Element} */ (status), { attributes: true });
    });
    await page.locator("#import-files").setInputFiles(files.map((file) => file.file));
    await page.locator('[data-import-status="done"]').waitFor({ timeout: 300_000 });
    sampling = false;
    await sampler;
    const times = await page.evaluate(
      () => /** @type {Window & { __importTimes?: Record<string, number> }} */ (window).__importTimes ?? {},
    );
    const seconds = ((times.done ?? 0) - (times.reading ?? 0)) / 1000;
    // The findings render from a lazily loaded chunk once the status says done.
    await page.locator("[data-ma]").first().waitFor({ timeout: 30_000 });
    const shown = await page.locator("[data-ma]").count();
    if (errors.length > 0) throw new Error(`the import page logged errors:\n  ${errors.join("\n  ")}`);
    return {
      form,
      files: exported.length,
      bytes,
      pickedBytes: files.reduce((sum, file) => sum + file.bytes, 0),
      seconds,
      mbPerSecond: bytes / 1024 / 1024 / seconds,
      peakPageHeap,
      peakWorkerHeap,
      agents: shown,
      firstLoadJs,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Zips the export as a team would send it (one folder inside), at deflate's default level.
 * @param {string} dir @param {{ name: string, text: string }[]} exported
 */
function writeZip(dir, exported) {
  /** @type {Record<string, Uint8Array>} */
  const entries = {};
  for (const { name, text } of exported) entries[`Export/${name}`] = new TextEncoder().encode(text);
  const zipped = zipSync(entries);
  const file = path.join(dir, "export.zip");
  writeFileSync(file, zipped);
  return { file, bytes: zipped.length };
}

/**
 * A function returning the reading worker's used JS heap, through the browser's CDP session
 * (Playwright opens CDP sessions on pages only); undefined when there is no worker.
 * @param {import("@playwright/test").CDPSession} session
 */
async function workerHeapReader(session) {
  const { targetInfos } = await session.send("Target.getTargets");
  const target = targetInfos.find((info) => info.type === "worker" && /read-worker/.test(info.url));
  if (!target) return undefined;
  const { sessionId } = await session.send("Target.attachToTarget", { targetId: target.targetId, flatten: false });
  let id = 0;
  /** @type {Map<number, (value: number) => void>} */
  const pending = new Map();
  session.on("Target.receivedMessageFromTarget", (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    resolve?.(message.result?.usedSize ?? 0);
  });
  return () =>
    new Promise((resolve) => {
      id += 1;
      pending.set(id, resolve);
      void session.send("Target.sendMessageToTarget", {
        sessionId,
        message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }),
      });
    });
}

const mib = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** @param {ImportFigures} figures @param {number} budget first-load JS budget, gzip bytes */
export function importTable(figures, budget) {
  const rows = [
    [
      "export read",
      `${figures.files} files, ${mib(figures.bytes)}${figures.form === "zip" ? ` in one zip of ${mib(figures.pickedBytes)}` : ""} (${figures.agents} agents shown)`,
    ],
    ["time, reading to done", `${figures.seconds.toFixed(2)} s`],
    ["throughput", `${figures.mbPerSecond.toFixed(1)} MiB/s`],
    ["peak JS heap, page", mib(figures.peakPageHeap)],
    ["peak JS heap, reading worker", figures.peakWorkerHeap ? mib(figures.peakWorkerHeap) : "no worker (main thread)"],
    [
      `/import first-load JS (gzip) (≤ ${(budget / 1024).toFixed(1)} KiB)`,
      `${(figures.firstLoadJs / 1024).toFixed(1)} KiB ${figures.firstLoadJs <= budget ? "✓" : "✗"}`,
    ],
  ];
  const width = Math.max(...rows.map(([name]) => (name ?? "").length));
  return [
    `import (${figures.form === "zip" ? "a zip of the folder" : "the folder's files"})`,
    ...rows.map(([name, value]) => `  ${(name ?? "").padEnd(width)}  ${value}`),
  ].join("\n");
}
