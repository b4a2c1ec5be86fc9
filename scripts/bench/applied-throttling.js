// @ts-check
// Real loads under applied throttling, to check what Lighthouse's simulation says: Chromium's
// own network and CPU throttling over the Chrome DevTools Protocol, with Lighthouse's slow-4G
// figures for DevTools throttling (562.5 ms request latency, 1,474.56 kbit/s down, 675 kbit/s
// up) and a 4× CPU slowdown. Each load is a fresh browser context (empty cache). Reported per
// page: first contentful paint, largest contentful paint, and when the page answers input
// (hydrated: React has wired the search button, so its shortcut listens; on a result painted
// before the app, also the app's own rendering has replaced it).
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import sirv from "sirv";

export const slow4g = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
export const cpuSlowdown = 4;

/**
 * @typedef {{ fcp: number, lcp: number, interactive: number | null }} AppliedLoad
 * @typedef {{ name: string, url: string, interactive: boolean }} AppliedPage
 */

/**
 * Loads each page `runs` times, round-robin, and returns every load's figures (ms).
 * @param {{ chrome: string, pages: AppliedPage[], runs: number }} options
 * @returns {Promise<Map<string, AppliedLoad[]>>}
 */
export async function measureAppliedThrottling({ chrome, pages, runs }) {
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    chromiumSandbox: false,
  });
  /** @type {Map<string, AppliedLoad[]>} */
  const loads = new Map(pages.map((page) => [page.name, []]));
  try {
    for (let round = 0; round < runs; round++) {
      for (const page of pages) loads.get(page.name)?.push(await loadOnce(browser, page));
    }
  } finally {
    await browser.close();
  }
  return loads;
}

/**
 * @param {import("@playwright/test").Browser} browser
 * @param {AppliedPage} target
 * @returns {Promise<AppliedLoad>}
 */
async function loadOnce(browser, target) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send("Network.enable");
    await session.send("Network.emulateNetworkConditions", slow4g);
    await session.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.addInitScript(() => {
      const marks = /** @type {{ lcp: number, interactive: number | null }} */ ({ lcp: 0, interactive: null });
      /** @type {Window & { __loadMarks?: typeof marks }} */ (window).__loadMarks = marks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) marks.lcp = Math.max(marks.lcp, entry.startTime);
      }).observe({ type: "largest-contentful-paint", buffered: true });
      // Hydrated: React has attached its props to the search button, whose shortcut listens from
      // that commit on. Read the same way on any build of the site, before or after a change.
      const check = () => {
        const button = document.querySelector(".search-button");
        // On a page whose result was painted before the app (class "linked-painted"), also once
        // the app's own rendering has replaced it.
        const wired = button && Object.keys(button).some((key) => key.startsWith("__reactProps$"));
        if (wired && !document.querySelector(".linked-painted")) marks.interactive = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(target.url, { waitUntil: "load", timeout: 120_000 });
    if (target.interactive)
      await page.waitForFunction(() => /** @type {any} */ (window).__loadMarks?.interactive !== null, null, {
        timeout: 60_000,
      });
    // LCP entries stop at the first input; a short settle lets a late candidate be reported.
    await page.waitForTimeout(500);
    return await page.evaluate(() => {
      const marks = /** @type {Window & { __loadMarks?: { lcp: number, interactive: number | null } }} */ (window)
        .__loadMarks ?? { lcp: 0, interactive: null };
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      return { fcp, lcp: marks.lcp, interactive: marks.interactive };
    });
  } finally {
    await context.close();
  }
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? /** @type {number} */ (sorted[middle])
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The table of medians, ours and (where measured) another site's with the ratio.
 * @param {Map<string, AppliedLoad[]>} ours
 * @param {Map<string, AppliedLoad[]>} [anchor] keyed by the same page names
 * @param {string} [anchorName]
 */
export function appliedTable(ours, anchor, anchorName = "Starlight") {
  const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
  const rows = [...ours].map(([name, loads]) => {
    const fcp = median(loads.map((load) => load.fcp));
    const lcp = median(loads.map((load) => load.lcp));
    const interactive = loads.every((load) => load.interactive !== null)
      ? seconds(median(loads.map((load) => /** @type {number} */ (load.interactive))))
      : "–";
    const theirs = anchor?.get(name);
    const theirInteractive =
      theirs && theirs.every((load) => load.interactive !== null)
        ? median(theirs.map((load) => /** @type {number} */ (load.interactive)))
        : undefined;
    const theirFcp = theirs ? median(theirs.map((load) => load.fcp)) : undefined;
    const theirLcp = theirs ? median(theirs.map((load) => load.lcp)) : undefined;
    return [
      name,
      seconds(fcp),
      seconds(lcp),
      interactive,
      theirFcp === undefined ? "–" : `${seconds(theirFcp)} (${(fcp / theirFcp).toFixed(2)}×)`,
      theirLcp === undefined ? "–" : `${seconds(theirLcp)} (${(lcp / theirLcp).toFixed(2)}×)`,
      theirInteractive === undefined ? "–" : seconds(theirInteractive),
    ];
  });
  const header = [
    "page",
    "FCP",
    "LCP",
    "interactive",
    `${anchorName} FCP (ours/theirs)`,
    `${anchorName} LCP (ours/theirs)`,
    `${anchorName} interactive`,
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  return [
    `applied throttling (slow 4G, ${cpuSlowdown}× CPU), median of ${[...ours.values()][0]?.length ?? 0} loads`,
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map(line),
  ].join("\n");
}

/**
 * The newest Starlight build of the anchor bench (`node ../shared/anchors/bench.mjs` builds it
 * into /tmp/anchor-bench/starlight-<key>/), if there is one.
 * @returns {string | undefined}
 */
export function findAnchorBuild() {
  const scratch = path.join(tmpdir(), "anchor-bench");
  if (!existsSync(scratch)) return undefined;
  return readdirSync(scratch)
    .filter((name) => name.startsWith("starlight-") && existsSync(path.join(scratch, name, "index.html")))
    .map((name) => path.join(scratch, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/**
 * Serves a built static site with its precompressed .gz files, as the anchor bench does.
 * @param {string} dir @param {number} port
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(dir, port) {
  const files = sirv(dir, { etag: true, gzip: true, extensions: ["html"], dotfiles: false });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404);
      res.end();
    }),
  );
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(undefined));
  });
  return {
    origin: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
