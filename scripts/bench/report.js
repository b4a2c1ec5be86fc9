// @ts-check
// Turns benchmark figures into tables: one per page kind with each budget beside its figure,
// a summary (Markdown, as the README shows it) and the deltas against an earlier run.
import { lighthouseBudgets, sizeBudgets } from "../quality/budgets.js";

/**
 * @typedef {import("./lighthouse.js").LighthouseFigures} LighthouseFigures
 * @typedef {{ kind: string, path: string, html: string, exempt?: Record<string, string>,
 *   bytes: { html: number, js: number, css: number, total: number, inlineJs?: number }, lcpToGuide?: number,
 *   lighthouse: Omit<LighthouseFigures, "misses"> & { runs: number, misses: string[] } }} PageResult
 * @typedef {{ date: string, runs: number, basePath: string, buildSeconds: number | null, loadAverage: number[],
 *   cpus: number, pages: PageResult[], import?: import("./import.js").ImportFigures }} BenchResult
 * @typedef {{ label: string, key: string, value: (page: PageResult) => number, format: (value: number) => string,
 *   budget?: { text: string, ok: (value: number) => boolean, exemptKey?: string } }} Figure
 */

/** A page kind's LCP at most this many times the guide page's, in the same run (issue 23). */
export const lcpToGuideBudget = 1.1;

export const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
const millis = (/** @type {number} */ ms) => `${Math.round(ms)} ms`;
const plain = (/** @type {number} */ value) => String(value);
const shift = (/** @type {number} */ value) => value.toFixed(3);

/** @param {number} minimum @param {string} exemptKey */
const atLeast = (minimum, exemptKey) => ({
  text: minimum === 100 ? "= 100" : `≥ ${minimum}`,
  ok: (/** @type {number} */ value) => value >= minimum,
  exemptKey,
});

/**
 * A Lighthouse category score against its minimum.
 * @param {string} label
 * @param {"performance" | "accessibility" | "bestPractices" | "seo"} key
 * @returns {Figure}
 */
const score = (label, key) => ({
  label,
  key,
  value: (p) => p.lighthouse[key],
  format: plain,
  budget: atLeast(lighthouseBudgets[key], key),
});

/** Every figure the benchmark reports, in table order. */
export const figures = /** @type {Figure[]} */ ([
  { label: "HTML (gzip)", key: "html", value: (p) => p.bytes.html, format: kib },
  {
    label: "JS (gzip)",
    key: "js",
    value: (p) => p.bytes.js,
    format: kib,
    budget: { text: `≤ ${kib(sizeBudgets.js)}`, ok: (v) => v <= sizeBudgets.js },
  },
  {
    label: "CSS (gzip)",
    key: "css",
    value: (p) => p.bytes.css,
    format: kib,
    budget: { text: `≤ ${kib(sizeBudgets.css)}`, ok: (v) => v <= sizeBudgets.css },
  },
  { label: "first load (gzip)", key: "total", value: (p) => p.bytes.total, format: kib },
  // Inside the HTML: the scripts that run before the first paint (a result's first-paint script among them).
  { label: "inline JS (gzip)", key: "inlineJs", value: (p) => p.bytes.inlineJs ?? 0, format: kib },
  score("performance", "performance"),
  score("accessibility", "accessibility"),
  score("best practices", "bestPractices"),
  score("SEO", "seo"),
  { label: "LCP", key: "lcp", value: (p) => p.lighthouse.lcp, format: seconds },
  {
    label: "LCP ÷ guide's",
    key: "lcpToGuide",
    value: (p) => p.lcpToGuide ?? Number.NaN,
    format: (v) => (Number.isNaN(v) ? "–" : `${v.toFixed(2)}×`),
    budget: { text: `≤ ${lcpToGuideBudget.toFixed(2)}×`, ok: (v) => Number.isNaN(v) || v <= lcpToGuideBudget },
  },
  { label: "TBT", key: "tbt", value: (p) => p.lighthouse.tbt, format: millis },
  {
    label: "CLS",
    key: "cls",
    value: (p) => p.lighthouse.cls,
    format: shift,
    budget: { text: `= ${lighthouseBudgets.cls}`, ok: (v) => v <= lighthouseBudgets.cls },
  },
]);

/**
 * How a figure stands against its budget: "ok", "over", "exempt" or "" (no budget).
 * @param {Figure} figure @param {PageResult} page
 */
export function verdict(figure, page) {
  if (!figure.budget) return "";
  if (figure.budget.exemptKey && page.exempt?.[figure.budget.exemptKey]) return "exempt";
  return figure.budget.ok(figure.value(page)) ? "ok" : "over";
}

const mark = { ok: "✓", over: "✗ over budget", exempt: "n/a", "": "" };

/** @param {string[][]} rows @returns {string} columns padded to line up */
function columns(rows) {
  const widths = rows[0]?.map((_, index) => Math.max(...rows.map((row) => [...(row[index] ?? "")].length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, index) => cell.padEnd(widths[index] ?? 0))
        .join("   ")
        .trimEnd(),
    )
    .join("\n");
}

/** @param {PageResult} page @returns {string} */
export function pageTable(page) {
  const rows = [["figure", "value", "budget", ""]];
  for (const figure of figures) {
    const state = verdict(figure, page);
    rows.push([figure.label, figure.format(figure.value(page)), figure.budget?.text ?? "", mark[state]]);
  }
  // Why a score fell short: the audits that cost points in each category below its budget.
  const short = new Map([
    ["performance", "performance"],
    ["accessibility", "accessibility"],
    ["bestPractices", "best-practices"],
    ["seo", "seo"],
  ]);
  const categories = figures
    .filter((figure) => short.has(figure.key) && verdict(figure, page) !== "ok")
    .map((figure) => short.get(figure.key));
  const notes = [
    ...Object.entries(page.exempt ?? {}).map(([key, why]) => `  n/a ${key}: ${why}`),
    ...page.lighthouse.misses
      .filter((miss) => categories.includes(miss.split(":")[0]))
      .map((miss) => `  lost points: ${miss}`),
  ];
  const title = `${page.kind} — ${page.path}  (Lighthouse: median of ${page.lighthouse.runs} runs)`;
  return [title, columns(rows).replace(/^/gm, "  "), ...notes].join("\n");
}

/** @param {BenchResult} result @returns {string} the summary as a Markdown table */
export function summaryTable(result) {
  const header = [
    "page",
    ...figures.filter((f) => f.key !== "total").map((f) => f.label + (f.budget ? ` (${f.budget.text})` : "")),
  ];
  const rows = result.pages.map((page) => [
    page.kind,
    ...figures
      .filter((figure) => figure.key !== "total")
      .map((figure) => {
        const state = verdict(figure, page);
        const value = figure.format(figure.value(page));
        return state === "over" ? `${value} ✗` : state === "exempt" ? `${value} (n/a)` : value;
      }),
  ]);
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** @param {BenchResult} result @returns {string[]} every budget missed, as sentences */
export function missedBudgets(result) {
  return result.pages.flatMap((page) =>
    figures
      .filter((figure) => verdict(figure, page) === "over")
      .map(
        (figure) =>
          `${page.kind}: ${figure.label} ${figure.format(figure.value(page))} (budget ${figure.budget?.text})`,
      ),
  );
}

/**
 * The change from an earlier run to this one, per page kind and figure.
 * @param {BenchResult} before @param {BenchResult} after @returns {string}
 */
export function deltaTable(before, after) {
  const rows = [["page", ...figures.map((figure) => figure.label)]];
  for (const page of after.pages) {
    const old = before.pages.find((candidate) => candidate.kind === page.kind);
    if (!old) {
      rows.push([page.kind, ...figures.map(() => "new")]);
      continue;
    }
    rows.push([
      page.kind,
      ...figures.map((figure) => {
        const delta = figure.value(page) - figure.value(old);
        // Byte changes under a KiB read better in bytes; a change that rounds to nothing is none.
        const format =
          figure.format === kib && Math.abs(delta) < 1024 ? (/** @type {number} */ b) => `${b} B` : figure.format;
        if (format(Math.abs(delta)) === format(0)) return "=";
        return `${delta > 0 ? "+" : "−"}${format(Math.abs(delta))}`;
      }),
    ]);
  }
  const build =
    before.buildSeconds !== null && after.buildSeconds !== null
      ? `build time: ${before.buildSeconds.toFixed(1)} s → ${after.buildSeconds.toFixed(1)} s`
      : "build time: not measured in both runs";
  return [`Compared with the run of ${before.date}:`, columns(rows), build].join("\n");
}
