// @ts-check
// Collects the guide's citations, fetches each distinct URL once, and gives one row per citation.
import { collectGuideCitations } from "./collect.js";
import { fetchSource, mapWithLimit, withoutLocale } from "./fetch-source.js";
import { VERDICTS, verdictFor } from "./verdict.js";

/**
 * @typedef {object} SourceRow
 * @property {string} page our guide page's slug
 * @property {string} lastReviewed our page's review date
 * @property {string} url the cited URL
 * @property {("sources" | "body")[]} citedIn
 * @property {string | undefined} sourceDate the source's date, YYYY-MM-DD, when it has one
 * @property {string | undefined} dateFrom the meta tag the date came from
 * @property {import("./verdict.js").Verdict} verdict
 * @property {string | undefined} finalUrl where a redirect led (moved, or gone after a redirect)
 * @property {string | undefined} detail the status or error behind `gone` and `unreachable`
 */

/**
 * @typedef {object} CheckResult
 * @property {SourceRow[]} rows worst verdict first, then by page, then in the page's citation order
 * @property {number} pages guide pages read
 * @property {number} distinctUrls distinct URLs fetched
 */

/**
 * @param {{ contentDir: string, concurrency?: number } & import("./fetch-source.js").FetchOptions} options
 * @returns {Promise<CheckResult>}
 */
export async function checkSources({ contentDir, concurrency = 4, ...fetchOptions }) {
  const pages = collectGuideCitations(contentDir);
  const urls = [...new Set(pages.flatMap((page) => page.citations.map((citation) => citation.url)))];
  const results = new Map(
    (await mapWithLimit(urls, concurrency, (url) => fetchSource(url, fetchOptions))).map((result, index) => [
      urls[index],
      result,
    ]),
  );
  /** @type {SourceRow[]} */
  const rows = pages.flatMap((page) =>
    page.citations.map((citation) => {
      const result = /** @type {import("./fetch-source.js").FetchResult} */ (results.get(citation.url));
      const verdict = verdictFor(page.lastReviewed, citation.url, result);
      return {
        page: page.page,
        lastReviewed: page.lastReviewed,
        url: citation.url,
        citedIn: citation.in,
        sourceDate: result.kind === "page" ? result.date?.date : undefined,
        dateFrom: result.kind === "page" ? result.date?.from : undefined,
        verdict,
        finalUrl: withoutLocale(result.finalUrl) !== withoutLocale(citation.url) ? result.finalUrl : undefined,
        detail:
          result.kind === "gone" ? `HTTP ${result.status}` : result.kind === "unreachable" ? result.reason : undefined,
      };
    }),
  );
  // Rows are already in page order, then citation order; Array#sort is stable.
  rows.sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict));
  return { rows, pages: pages.length, distinctUrls: urls.length };
}
