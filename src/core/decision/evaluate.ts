import type { CompleteAnswers } from "./answers";
import type { Blocker } from "./blockers";
import { caveatsFor, type Caveat } from "./caveats";
import type { OptionId, OutcomeId } from "./outcomes";
import { reasonsFor, whyNotFor, type Reason, type WhyNot } from "./reasons";
import { decide } from "./decide";
import { whatWouldChange, type AnswerChange } from "./what-would-change";

/** One option judged on its own. */
export interface OptionAssessment<O extends OptionId = OptionId> {
  readonly fits: boolean;
  /** Why it is ruled out (empty when it fits). */
  readonly blockers: readonly Blocker<O>[];
  /** Set when it fits but is not the recommendation: why it ranks lower. */
  readonly whyNot?: WhyNot;
}

export interface Evaluation {
  readonly outcome: OutcomeId;
  /** Undefined exactly when the outcome is no-clean-fit. */
  readonly recommended?: OptionId;
  /** Shown beside the recommendation: the Graph connector for an LDAP source with P1/P2 (or unsure). */
  readonly alternative?: OptionId;
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
  readonly options: { readonly [O in OptionId]: OptionAssessment<O> };
  readonly whatWouldChange: readonly AnswerChange[];
}

function assess<O extends OptionId>(
  option: O,
  blockers: readonly Blocker<O>[],
  recommended: OptionId | undefined,
  answers: CompleteAnswers,
): OptionAssessment<O> {
  const fits = blockers.length === 0;
  if (!fits || recommended === undefined || recommended === option) return { fits, blockers };
  return { fits, blockers, whyNot: whyNotFor(option, recommended, answers) };
}

/** The advisor's result for a complete answer set: a pure function of the answers. */
export function evaluate(answers: CompleteAnswers): Evaluation {
  const decision = decide(answers);
  const { outcome, recommended, alternative, blockers } = decision;
  const options = {
    "cloud-sync": assess("cloud-sync", blockers["cloud-sync"], recommended, answers),
    "connect-sync": assess("connect-sync", blockers["connect-sync"], recommended, answers),
    "graph-connector": assess("graph-connector", blockers["graph-connector"], recommended, answers),
  };
  return {
    outcome,
    recommended,
    alternative,
    reasons: reasonsFor(answers, decision),
    caveats: caveatsFor(answers, decision),
    options,
    whatWouldChange: whatWouldChange(answers, decision),
  };
}
