import type { Answers, CompleteAnswers } from "./answers";
import { blockingIds } from "./blocker-conditions";
import type { OptionId, OutcomeId } from "./outcomes";

/** Which option the answers lead to, without the facts behind it (those are `decide`'s). */
export interface OutcomeDecision {
  readonly outcome: OutcomeId;
  /** Undefined exactly when the outcome is no-clean-fit. */
  readonly recommended?: OptionId;
  /** Shown beside the recommendation (an LDAP source, when the Graph connector fits). */
  readonly alternative?: OptionId;
}

/**
 * The options the spec's recommendation rule considers for these answers, best first
 * (section "Recommendation" of the decision model).
 */
export function preferenceFor(answers: Answers): readonly OptionId[] {
  if (answers.directory === "ldap") return ["connect-sync"];
  if (answers.directory === "none" || answers["in-ad"] === "must-not") return ["graph-connector"];
  if (answers["in-ad"] === "can-add") return ["cloud-sync", "connect-sync", "graph-connector"];
  return ["cloud-sync", "connect-sync"];
}

/**
 * The recommendation alone, from the blockers' conditions only: small enough for a page's first
 * load, so a result's headline shows without waiting for every rule's wording.
 */
export function decideOutcome(answers: CompleteAnswers): OutcomeDecision {
  const recommended = preferenceFor(answers).find((option) => blockingIds(option, answers).length === 0);
  // Rule 4: beside an LDAP recommendation, the Graph connector whenever it fits.
  const alternative: OptionId | undefined =
    answers.directory === "ldap" && blockingIds("graph-connector", answers).length === 0 ? "graph-connector" : undefined;
  return {
    outcome: recommended ?? "no-clean-fit",
    recommended,
    alternative: recommended === undefined ? undefined : alternative,
  };
}
