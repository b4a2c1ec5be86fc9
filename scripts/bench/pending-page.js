// @ts-check
// The pending-exports page in the browser: a generated csexport (scripts/bench/pending-export.js,
// 300 MB by default) picked on /pending-exports in headless Chromium, timed from "reading" to
// "done", with the peak JS heap of the page and of its reading worker (CDP, sampled every 25 ms),
// the way scripts/bench/match.js measures /match.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { writeSyntheticPendingExport } from "./pending-export.js";

const MIB = 1024 * 1024;

/**
 * @typedef {object} PendingPageFigures
 * @property {number} bytes bytes of the csexport picked
 * @property {number} objects `<cs-object>`s in it
 * @property {number} seconds from "reading" to "done" on the page
 * @property {number} mbPerSecond MiB per second
 * @property {number} peakPageHeap bytes of JS heap used at most by the page
 * @property {number} peakWorkerHeap bytes of JS heap used at most by the reading worker (0: no worker seen)
 * @property {boolean} countsMatch the page's counts are those the generator wrote
 * @property {number} firstLoadJs /pending-exports first-load JS, gzip bytes
 */

/**
 * A worker's used JS heap through the browser's CDP session; undefined when no such worker runs.
 * @param {import("@playwright/test").CDPSession} session @param {RegExp} script
 */
async function workerHeapReader(session, script) {
  const { targetInfos } = await session.send("Target.getTargets");
  const target = targetInfos.find((info) => info.type === "worker" && script.test(info.url));
  if (!target) return undefined;
  const { sessionId } = await session.send("Target.attachToTarget", { targetId: target.targetId, flatten: false });
  let id = 0;
  /** @type {Map<number, (value: number) => void>} */
  const waiting = new Map();
  session.on("Target.receivedMessageFromTarget", (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const resolve = waiting.get(message.id);
    waiting.delete(message.id);
    resolve?.(message.result?.usedSize ?? 0);
  });
  return () =>
    /** @type {Promise<number>} */ (
      new Promise((resolve) => {
        id += 1;
        waiting.set(id, resolve);
        void session.send("Target.sendMessageToTarget", {
          sessionId,
          message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }),
        });
      })
    );
}

/**
 * @param {{ origin: string, chrome: string, firstLoadJs: number, bytes?: number }} options
 * @returns {Promise<PendingPageFigures>}
 */
export async function measurePendingPage({ origin, chrome, firstLoadJs, bytes = 300 * MIB }) {
  const dir = mkdtempSync(path.join(tmpdir(), "ema-pending-page-bench-"));
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    chromiumSandbox: false,
  });
  try {
    const file = path.join(dir, "pending.xml");
    const written = await writeSyntheticPendingExport(file, { bytes });
    const page = await browser.newPage();
    const errors = /** @type {string[]} */ ([]);
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${origin}pending-exports`);
    await page.locator("[data-hydrated]").waitFor({ state: "attached" });
    await page.locator("#pending-files").focus();
    await page.locator("[data-reader-ready]").waitFor({ state: "attached" });

    const pageSession = await page.context().newCDPSession(page);
    const browserSession = await browser.newBrowserCDPSession();
    const worker = await workerHeapReader(browserSession, /pending-worker/);
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
      const status = document.querySelector("[data-pending-status]");
      const times = /** @type {Record<string, number>} */ ({});
      /** @type {Window & { __pendingTimes?: Record<string, number> }} */ (window).__pendingTimes = times;
      new MutationObserver(() => {
        const value = status?.getAttribute("data-pending-status") ?? "";
        times[value] ??= performance.now();
      }).observe(/** @type {Element} */ (status), { attributes: true });
    });
    await page.locator("#pending-files").setInputFiles(file);
    await page.locator('[data-pending-status="done"], [data-pending-status="error"]').waitFor({ timeout: 900_000 });
    sampling = false;
    await sampler;
    const times = await page.evaluate(
      () => /** @type {Window & { __pendingTimes?: Record<string, number> }} */ (window).__pendingTimes ?? {},
    );
    if (times.done === undefined) throw new Error("the pending exports page did not finish reading the file");
    const seconds = (times.done - (times.reading ?? 0)) / 1000;
    const shown = Object.fromEntries(
      await page
        .locator("[data-pending-count]")
        .evaluateAll((cells) =>
          cells.map((cell) => [cell.getAttribute("data-pending-count") ?? "", Number(cell.getAttribute("data-value"))]),
        ),
    );
    const countsMatch = Object.entries(written.counts).every(([key, count]) => shown[key] === count);
    if (errors.length > 0) throw new Error(`the pending exports page logged errors:\n  ${errors.join("\n  ")}`);
    return {
      bytes: written.bytes,
      objects: written.objects,
      seconds,
      mbPerSecond: written.bytes / MIB / seconds,
      peakPageHeap,
      peakWorkerHeap,
      countsMatch,
      firstLoadJs,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const mib = (/** @type {number} */ value) => `${(value / MIB).toFixed(1)} MiB`;

/** @param {PendingPageFigures} figures @returns {string} a Markdown table */
export function pendingPageTable(figures) {
  return [
    "| csexport picked | objects | reading to done | throughput | peak JS heap, page | peak JS heap, worker | counts as written | `/pending-exports` first-load JS (gzip) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    `| ${mib(figures.bytes)} | ${figures.objects.toLocaleString("en")} | ${figures.seconds.toFixed(2)} s | ${figures.mbPerSecond.toFixed(1)} MiB/s | ${mib(figures.peakPageHeap)} | ${figures.peakWorkerHeap > 0 ? mib(figures.peakWorkerHeap) : "no worker seen"} | ${figures.countsMatch ? "yes" : "no"} | ${(figures.firstLoadJs / 1024).toFixed(1)} KiB |`,
  ].join("\n");
}
