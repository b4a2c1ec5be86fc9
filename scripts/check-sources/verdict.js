// @ts-check
// What a cited page's state means for the guide page citing it.
import { withoutLocale } from "./fetch-source.js";

/**
 * - `ok`: the source is dated on or before our page's `lastReviewed`.
 * - `changed`: the source is dated after it.
 * - `moved`: the URL redirects elsewhere (a redirect that only adds a locale, `/en-us/`, is not a move).
 * - `gone`: 404 or 410.
 * - `unreachable`: a timeout, a network error or another status; we cannot tell.
 * - `undated`: the page loads but carries none of the date tags; we cannot tell.
 * @typedef {"ok" | "changed" | "moved" | "gone" | "unreachable" | "undated"} Verdict
 */

/** Worst first: the order reports list them in. */
export const VERDICTS = /** @type {const} */ (["gone", "moved", "changed", "unreachable", "undated", "ok"]);

/** Verdicts that fail the check; `--strict` adds the ones that mean "could not tell". */
export const FAILING = /** @type {readonly Verdict[]} */ (["changed", "moved", "gone"]);
export const FAILING_STRICT = /** @type {readonly Verdict[]} */ ([...FAILING, "unreachable", "undated"]);

/**
 * @param {string} lastReviewed our page's YYYY-MM-DD
 * @param {string} citedUrl
 * @param {import("./fetch-source.js").FetchResult} result
 * @returns {Verdict}
 */
export function verdictFor(lastReviewed, citedUrl, result) {
  if (result.kind === "unreachable") return "unreachable";
  if (result.kind === "gone") return "gone";
  if (withoutLocale(result.finalUrl) !== withoutLocale(citedUrl)) return "moved";
  if (!result.date) return "undated";
  // Same-day changes count as reviewed: lastReviewed has no time of day to compare with.
  return result.date.date > lastReviewed ? "changed" : "ok";
}

/**
 * @param {readonly { verdict: Verdict }[]} rows
 * @param {{ strict?: boolean }} [options]
 * @returns {0 | 1}
 */
export function exitCodeFor(rows, { strict = false } = {}) {
  const failing = strict ? FAILING_STRICT : FAILING;
  return rows.some((row) => failing.includes(row.verdict)) ? 1 : 0;
}
