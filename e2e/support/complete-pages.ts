// A recommendation or a plan paints its summary first and its details after (the details load
// lazily, and the plan's checklist arrives one phase per task): wait for these before judging
// the whole page.

/** A recommendation with its details on the page (reasons, caveats, options, answers, link). */
export const completeResult = "#main #why";

/** The plan once every phase of its checklist is on the page. */
export const completePlan = '.plan-checklist[aria-busy="false"]';

/** The lazily loaded code of each page's details, as built (hashed) file names. */
export const detailsCode = {
  result: /\/assets\/result-details-[\w-]+\.js$/,
  plan: /\/assets\/plan-details-[\w-]+\.js$/,
};
