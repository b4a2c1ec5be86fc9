// @ts-check
// The check's result as a terminal table, a Markdown report (the workflow's issue body) or JSON.
import { VERDICTS } from "./verdict.js";

/** @typedef {import("./check.js").SourceRow} SourceRow */
/** @typedef {import("./check.js").CheckResult} CheckResult */

export const HEADINGS = ["page", "reviewed", "source", "source date", "verdict"];

/**
 * The verdict with what the reader needs to act on it: where a moved page went, why a page is gone
 * or unreachable.
 * @param {SourceRow} row
 */
export function verdictText(row) {
  if (row.verdict === "moved") return `moved → ${row.finalUrl}`;
  const via = row.finalUrl ? ` at ${row.finalUrl}` : "";
  if (row.verdict === "gone" || row.verdict === "unreachable") return `${row.verdict} (${row.detail}${via})`;
  return row.verdict;
}

/** @param {SourceRow} row */
const sourceDate = (row) => (row.sourceDate ? `${row.sourceDate} (${row.dateFrom})` : "—");

/**
 * "3 changed, 1 gone, 187 ok": the count of each verdict present, worst first.
 * @param {readonly SourceRow[]} rows
 */
export function countsText(rows) {
  return VERDICTS.map((verdict) => [verdict, rows.filter((row) => row.verdict === verdict).length])
    .filter(([, count]) => count)
    .map(([verdict, count]) => `${count} ${verdict}`)
    .join(", ");
}

/** @param {CheckResult} result */
function scope(result) {
  return `${result.rows.length} citations of ${result.distinctUrls} Microsoft Learn pages in ${result.pages} guide pages`;
}

/**
 * A plain table for the terminal, columns padded, then a one-line summary.
 * @param {CheckResult} result
 */
export function textReport(result) {
  const cells = result.rows.map((row) => [row.page, row.lastReviewed, row.url, sourceDate(row), verdictText(row)]);
  const widths = HEADINGS.map((heading, column) =>
    Math.max(heading.length, ...cells.map((line) => (line[column] ?? "").length)),
  );
  /** @param {string[]} line */
  const format = (line) =>
    line.map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join("  ");
  return [
    format(HEADINGS),
    format(widths.map((width) => "-".repeat(width))),
    ...cells.map(format),
    "",
    `${scope(result)}: ${countsText(result.rows)}`,
  ].join("\n");
}

/** @param {string} text */
const cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** @param {readonly SourceRow[]} rows */
function markdownTable(rows) {
  return [
    `| ${HEADINGS.join(" | ")} |`,
    `| ${HEADINGS.map(() => "---").join(" | ")} |`,
    ...rows.map(
      (row) =>
        `| ${[`\`${row.page}\``, row.lastReviewed, `<${row.url}>`, sourceDate(row), verdictText(row)].map(cell).join(" | ")} |`,
    ),
  ].join("\n");
}

/**
 * The issue body: a summary, the rows that need a look, and the rest folded away.
 * @param {CheckResult} result
 * @param {{ checkedOn?: string, readmeUrl?: string }} [options] the day of the check, YYYY-MM-DD (default
 *   today, UTC), and where the README is read (a link to its section when given)
 */
export function markdownReport(result, { checkedOn = new Date().toISOString().slice(0, 10), readmeUrl } = {}) {
  const attention = result.rows.filter((row) => row.verdict !== "ok");
  const current = result.rows.filter((row) => row.verdict === "ok");
  const lines = [
    attention.length === 0
      ? `All sources are current: none of the ${scope(result)} has changed since the page citing it was last reviewed (checked ${checkedOn}).`
      : `Checked ${scope(result)} on ${checkedOn}: ${countsText(result.rows)}.`,
  ];
  if (attention.length > 0) lines.push("", markdownTable(attention));
  if (current.length > 0 && attention.length > 0) {
    lines.push(
      "",
      `<details><summary>${current.length} citations unchanged since review</summary>`,
      "",
      markdownTable(current),
      "",
      "</details>",
    );
  }
  lines.push(
    "",
    readmeUrl
      ? `How to act on each verdict: [Checking the sources](${readmeUrl}#checking-the-sources) in the README.`
      : "How to act on each verdict: the README's section “Checking the sources”.",
  );
  return `${lines.join("\n")}\n`;
}

/**
 * @param {CheckResult} result
 * @param {{ strict: boolean, exitCode: number }} run
 */
export function jsonReport(result, run) {
  const summary = Object.fromEntries(
    VERDICTS.map((verdict) => [verdict, result.rows.filter((row) => row.verdict === verdict).length]),
  );
  return `${JSON.stringify({ checkedAt: new Date().toISOString(), ...run, pages: result.pages, distinctUrls: result.distinctUrls, summary, rows: result.rows }, null, 2)}\n`;
}
