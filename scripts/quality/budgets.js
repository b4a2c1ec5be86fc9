// @ts-check
// The quality budgets, in one place: the size-budget test enforces the byte budgets on every
// build; the benchmark prints every budget beside its figure.

const KiB = 1024;

/** Gzip bytes of JS and CSS a page may load before it is interactive. */
export const sizeBudgets = {
  js: 125 * KiB,
  css: 20 * KiB,
};

/**
 * Measured exceptions to `sizeBudgets.js`, each with its reason, by the first folder of the page's
 * path under the base path.
 * The recommendation pages carry the question graph for the link's answers, and decision model v3
 * (the sign-in question, the SP3 engine, the v2-link upgrade) took them 0.3 KiB over on 3 Dec 2026.
 * Issue 23 (the result painted before the app, well under 125 KiB) removes this exception.
 */
export const jsBudgetExceptions = {
  "recommendation/": 125.5 * KiB,
};

/** The JS budget of one built page (its path relative to the build's client folder). */
export function jsBudgetFor(/** @type {string} */ page) {
  const exception = Object.entries(jsBudgetExceptions).find(
    ([folder]) => page.startsWith(folder) || page.includes(`/${folder}`),
  );
  return exception ? exception[1] : sizeBudgets.js;
}

/**
 * Lighthouse (mobile preset) scores out of 100, and Cumulative Layout Shift. Scores are minimums.
 * @type {{ performance: number, accessibility: number, bestPractices: number, seo: number, cls: number }}
 */
export const lighthouseBudgets = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0,
};
