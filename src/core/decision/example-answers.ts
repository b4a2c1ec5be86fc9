import type { CompleteAnswers } from "./answers";

/**
 * Named answer sets that unit and browser tests share, so a change to the question graph is
 * made in one place. Not used by the site itself.
 */

/** One forest, MIM 2016 SP2 feeding AD from HR, 40k users, nothing unusual: the plain cloud sync case. */
export const oneForestFromHr: CompleteAnswers = {
  engine: "mim-2016-sp2",
  directory: "ad",
  "in-ad": "already",
  forests: "one",
  "largest-domain": "under-100k",
  "total-objects": "under-100k",
  needs: ["none"],
  "only-sync": "no",
  "existing-connect": "no",
  environment: "production",
};
