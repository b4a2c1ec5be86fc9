import type { Answers, CompleteAnswers } from "./answers";
import { blockersFor, type Blocker } from "./blockers";
import { optionIds, type OptionId, type OutcomeId } from "./outcomes";

export type BlockersByOption = { readonly [O in OptionId]: readonly Blocker<O>[] };

export interface Decision {
  readonly outcome: OutcomeId;
  /** Undefined exactly when the outcome is no-clean-fit. */
  readonly recommended?: OptionId;
  /** Shown beside the recommendation (an LDAP source with P1/P2: the Graph connector). */
  readonly alternative?: OptionId;
  /** Each option evaluated on its own. */
  readonly blockers: BlockersByOption;
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

export function blockersByOption(answers: Answers): BlockersByOption {
  return {
    "cloud-sync": blockersFor("cloud-sync", answers),
    "connect-sync": blockersFor("connect-sync", answers),
    "graph-connector": blockersFor("graph-connector", answers),
  };
}

/** The recommendation alone: cheap enough to run for every "what would change" candidate. */
export function decide(answers: CompleteAnswers): Decision {
  const blockers = blockersByOption(answers);
  const recommended = preferenceFor(answers).find((o) => blockers[o].length === 0);
  const alternative: OptionId | undefined =
    answers.directory === "ldap" && answers.licenses !== "none" ? "graph-connector" : undefined;
  return {
    outcome: recommended ?? "no-clean-fit",
    recommended,
    alternative: recommended === undefined ? undefined : alternative,
    blockers,
  };
}

/** Options in Microsoft's overall order of preference that rank above `option`. */
export function optionsBefore(option: OptionId): readonly OptionId[] {
  return optionIds.slice(0, optionIds.indexOf(option));
}
