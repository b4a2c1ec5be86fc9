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
