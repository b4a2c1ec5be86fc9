import type { Answers, CompleteAnswers } from "./answers";
import { blockersFor, type Blocker } from "./blockers";
import { decideOutcome, type OutcomeChoice } from "./decide-outcome";
import { optionIds, type OptionId } from "./outcomes";

export type BlockersByOption = { readonly [O in OptionId]: readonly Blocker<O>[] };

export interface Decision extends OutcomeChoice {
  /** Each option evaluated on its own. */
  readonly blockers: BlockersByOption;
}

export function blockersByOption(answers: Answers): BlockersByOption {
  return {
    "cloud-sync": blockersFor("cloud-sync", answers),
    "connect-sync": blockersFor("connect-sync", answers),
    "graph-connector": blockersFor("graph-connector", answers),
  };
}

/** The recommendation with the blockers behind it: cheap enough to run for every "what would change" candidate. */
export function decide(answers: CompleteAnswers): Decision {
  return { ...decideOutcome(answers), blockers: blockersByOption(answers) };
}

/** Options in Microsoft's overall order of preference that rank above `option`. */
export function optionsBefore(option: OptionId): readonly OptionId[] {
  return optionIds.slice(0, optionIds.indexOf(option));
}
