/** The plan once every phase of its checklist is on the page (they render one per task). */
export const completePlan = '.plan-checklist[aria-busy="false"]';
