// @ts-check
// One Lighthouse run (mobile preset: simulated slow 4G and a 4× slower CPU) in a fresh
// headless Chromium, through Lighthouse's own command line.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const cli = new URL("../../node_modules/lighthouse/cli/index.js", import.meta.url).pathname;

const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  // Chromium's own background traffic is not the site's, and there is no network for it here.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number, seo: number,
 *   lcp: number, tbt: number, cls: number, misses: string[] }} LighthouseFigures
 */

/**
 * @param {string} url
 * @param {{ chrome: string, notFound?: boolean }} options
 * @returns {Promise<LighthouseFigures>}
 */
export async function runLighthouse(url, { chrome, notFound = false }) {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-lh-"));
  const output = path.join(dir, "report.json");
  const args = [
    cli,
    url,
    "--output=json",
    `--output-path=${output}`,
    "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    "--disable-full-page-screenshot",
    `--chrome-flags=${chromeFlags.join(" ")}`,
    ...(notFound ? ["--ignore-status-code"] : []),
  ];
  try {
    await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: chrome },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0 ? resolve(undefined) : reject(new Error(`lighthouse exited ${code} for ${url}\n${stderr}`)),
      );
    });
    return figures(JSON.parse(readFileSync(output, "utf8")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @param {any} report a Lighthouse result (LHR)
 * @returns {LighthouseFigures}
 */
function figures(report) {
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  const score = (/** @type {string} */ id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  // The weighted audits that cost points, so a score below budget says why.
  const misses = Object.entries(report.categories).flatMap(([category, { auditRefs }]) =>
    auditRefs
      .filter((/** @type {{ id: string, weight: number }} */ ref) => ref.weight > 0)
      .map((/** @type {{ id: string }} */ ref) => report.audits[ref.id])
      .filter((/** @type {any} */ audit) => audit.score !== null && audit.score < 1)
      .map(
        (/** @type {any} */ audit) => `${category}: ${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`,
      ),
  );
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcp: report.audits["largest-contentful-paint"].numericValue,
    tbt: report.audits["total-blocking-time"].numericValue,
    cls: report.audits["cumulative-layout-shift"].numericValue,
    misses,
  };
}
