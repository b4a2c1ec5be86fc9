import type { Answers, CompleteAnswers } from "./answers";
import { completeAfterPruning, nextQuestion, pruneAnswers } from "./flow";

/**
 * Named answer sets that unit and browser tests share, so a change to the question graph is
 * made in one place. Not used by the site itself.
 */

/** One forest, MIM 2016 SP3 feeding AD from HR, 40k users, cloud sign-in, nothing unusual: the plain cloud sync case. */
export const oneForestFromHr: CompleteAnswers = {
  engine: "mim-2016-sp3",
  directory: "ad",
  "in-ad": "already",
  forests: "one",
  "largest-domain": "under-100k",
  "total-objects": "under-100k",
  needs: ["none"],
  "only-sync": "no",
  "existing-connect": "no",
  federation: "managed",
  environment: "production",
};

/**
 * {@link oneForestFromHr} with some answers changed, less the answers that then no longer apply.
 * Throws when the change leaves a question unanswered (name its answer in the overrides).
 */
export function answersWith(overrides: Answers): CompleteAnswers {
  const answers = completeAfterPruning({ ...oneForestFromHr, ...overrides });
  if (answers) return answers;
  const missing = nextQuestion(pruneAnswers({ ...oneForestFromHr, ...overrides }));
  throw new Error(`answersWith: answer "${missing?.id}" too`);
}

/** FIM 2010 R2 that only copies one AD forest to Entra ID: cloud sync, then retire the engine. */
export const fimOnlyCopiesAd = answersWith({ engine: "fim-2010-r2", "only-sync": "yes" });

/** An LDAP directory without P1/P2 licences: Connect Sync with the Generic LDAP connector. */
export const ldapWithoutLicences = answersWith({ directory: "ldap", licenses: "none", "mail-objects": "no" });

/** Users who must stay out of AD, without P1/P2 licences: no option fits. */
export const outOfAdWithoutLicences = answersWith({ "in-ad": "must-not", licenses: "none", "mail-objects": "no" });
