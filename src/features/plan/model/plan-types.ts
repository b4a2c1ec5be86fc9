/**
 * The plan's types, shared by the step data (steps/*) and the builder (build-plan.ts). Both
 * import from here, so imports run one way: build-plan → steps → plan-types.
 */
import type { GuideAnchor } from "../../../shared/guide-anchors";
import type {
  BlockersByOption,
  Caveat,
  CaveatId,
  Clause,
  CompleteAnswers,
  OptionId,
  OutcomeId,
} from "../../../core/decision";

/** The phases of every plan, in order. `resolve` appears only when no option fits. */
export const phaseIds = [
  "resolve",
  "prepare",
  "pilot",
  "cut-over",
  "remove-old-connector",
  "sync-engine",
  "validate",
] as const;
export type PhaseId = (typeof phaseIds)[number];

/**
 * The part of the advisor's result a plan needs: the decision and its caveats (not the
 * "what would change" analysis, which costs far more and which a plan does not show).
 */
export interface PlanDecision {
  readonly outcome: OutcomeId;
  /** Undefined exactly when the outcome is no-clean-fit. */
  readonly recommended?: OptionId;
  readonly caveats: readonly Caveat[];
  /** Each option's blockers (empty when it fits). */
  readonly blockers: BlockersByOption;
}

/** What a step's texts are worked out from. */
export interface PlanContext {
  readonly answers: CompleteAnswers;
  readonly result: PlanDecision;
  readonly outcome: OutcomeId;
  /** The recommended option; undefined when no option fits. */
  readonly option?: OptionId;
  readonly caveats: ReadonlySet<CaveatId>;
}

/** A text fixed in the data, or worked out from the answers and the result. */
export type PlanText = string | ((ctx: PlanContext) => string);

/**
 * When a step belongs in the plan, as data: every listed part must hold. An empty condition
 * means "always". Answers are matched like the question graph's own conditions.
 */
export interface StepCondition {
  /** The outcome is one of these. */
  readonly outcomes?: readonly OutcomeId[];
  /** Every one of these caveats is raised. */
  readonly caveats?: readonly CaveatId[];
  /** None of these caveats is raised. */
  readonly notCaveats?: readonly CaveatId[];
  /** Each listed question is answered with one of the listed values. */
  readonly answers?: Clause;
}

export interface StepRule {
  /** Stable: saved progress and exported tickets refer to it. Never rename or remove one. */
  readonly id: string;
  readonly phase: PhaseId;
  readonly when: StepCondition;
  readonly title: PlanText;
  /** What to do, in one to three sentences. */
  readonly what: PlanText;
  /** Why: the fact behind the step, with numbers and dates. */
  readonly why: PlanText;
  /** The guide section that holds the fact. */
  readonly anchor: GuideAnchor | ((ctx: PlanContext) => GuideAnchor);
  /** The step shows the last match check's counts and its go or no-go (saved in this browser). */
  readonly showsMatchCheck?: true;
  /** The step shows the cut-over gates of the last pending exports read (saved in this browser). */
  readonly showsPendingExports?: true;
}

export interface PhaseRule {
  readonly id: PhaseId;
  readonly title: PlanText;
  readonly summary: PlanText;
}

export interface PlanStep {
  readonly id: string;
  readonly phase: PhaseId;
  /** 1-based, counted across the whole plan, so that a change board can say "step 12". */
  readonly number: number;
  readonly title: string;
  readonly what: string;
  readonly why: string;
  readonly anchor: GuideAnchor;
  /** For a step included because of particular answers: those answers, in words. */
  readonly because?: string;
  readonly showsMatchCheck?: true;
  readonly showsPendingExports?: true;
}

export interface PlanPhase {
  readonly id: PhaseId;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly PlanStep[];
}

export interface Plan {
  readonly answers: CompleteAnswers;
  /** The canonical encoded answers (`v=3&…`): the plan's address and its progress key. */
  readonly query: string;
  readonly result: PlanDecision;
  readonly outcome: OutcomeId;
  readonly phases: readonly PlanPhase[];
  /** Every step, in order. */
  readonly steps: readonly PlanStep[];
}
