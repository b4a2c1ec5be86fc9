import type { GuideAnchor } from "../../shared/guide-anchors";
import {
  caveatsFor,
  decide,
  getQuestion,
  optionLabel,
  type BlockersByOption,
  type Caveat,
  type CaveatId,
  type Clause,
  type CompleteAnswers,
  type OptionId,
  type OutcomeId,
  type QuestionId,
  type SingleQuestionId,
} from "../advisor/model";
import { encodeAnswers } from "../share";
import { phaseRules, stepRules } from "./plan-steps";

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
export interface PlanResult {
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
  readonly result: PlanResult;
  readonly outcome: OutcomeId;
  /** The recommended option; undefined when no option fits. */
  readonly option?: OptionId;
  readonly caveats: ReadonlySet<CaveatId>;
}

/** A text fixed in the data, or worked out from the answers and the result. */
export type Text = string | ((ctx: PlanContext) => string);

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
  /** Stable: saved progress and exported tickets refer to it. Never rename one. */
  readonly id: string;
  readonly phase: PhaseId;
  readonly when: StepCondition;
  readonly title: Text;
  /** What to do, in one to three sentences. */
  readonly what: Text;
  /** Why: the fact behind the step, with numbers and dates. */
  readonly why: Text;
  /** The guide section that holds the fact. */
  readonly anchor: GuideAnchor | ((ctx: PlanContext) => GuideAnchor);
}

export interface PhaseRule {
  readonly id: PhaseId;
  readonly title: Text;
  readonly summary: Text;
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
}

export interface PlanPhase {
  readonly id: PhaseId;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly PlanStep[];
}

export interface Plan {
  readonly answers: CompleteAnswers;
  /** The canonical encoded answers (`v=1&…`): the plan's address and its progress key. */
  readonly query: string;
  readonly result: PlanResult;
  readonly outcome: OutcomeId;
  readonly phases: readonly PlanPhase[];
  /** Every step, in order. */
  readonly steps: readonly PlanStep[];
}

const text = (value: Text, ctx: PlanContext) => (typeof value === "string" ? value : value(ctx));

export function conditionMet(condition: StepCondition, ctx: PlanContext): boolean {
  if (condition.outcomes && !condition.outcomes.includes(ctx.outcome)) return false;
  if (condition.caveats && !condition.caveats.every((id) => ctx.caveats.has(id))) return false;
  if (condition.notCaveats && condition.notCaveats.some((id) => ctx.caveats.has(id))) return false;
  if (condition.answers) {
    for (const [questionId, allowed] of Object.entries(condition.answers) as [SingleQuestionId, readonly string[]][]) {
      const value = ctx.answers[questionId];
      if (value === undefined || !allowed.includes(value)) return false;
    }
  }
  return true;
}

/** The question each caveat is raised by, for the "included because" line. */
const caveatQuestions: { readonly [C in CaveatId]: readonly QuestionId[] } = {
  "upgrade-engine": ["engine"],
  "add-ad-provisioning": ["in-ad"],
  "retire-sync-engine": ["only-sync"],
  "extend-existing-connect": ["existing-connect"],
  "exclusive-scopes": ["existing-connect"],
  "full-sql-server": ["largest-domain", "total-objects"],
  "count-objects": ["total-objects"],
  "ldap-limited-support": ["directory"],
  "confirm-licenses": ["licenses"],
  "confirm-mail-objects": ["mail-objects"],
  "strategic-direction": [],
  partner: ["environment"],
  "pilot-disjoint-scopes": [],
  "match-existing-objects": [],
  "graph-existing-objects": [],
  "graph-no-overlap": [],
  "mim-support-ends": ["only-sync"],
  "connect-version": ["existing-connect"],
  "remove-old-connector": [],
};

/** The answers a conditional step depends on, in words; undefined for steps every plan of its outcome has. */
function because(condition: StepCondition, ctx: PlanContext): string | undefined {
  const ids = new Set<QuestionId>([
    ...(Object.keys(condition.answers ?? {}) as QuestionId[]),
    ...(condition.caveats ?? []).flatMap((id) => caveatQuestions[id]),
  ]);
  const parts = [...ids]
    .filter((id) => {
      const value = ctx.answers[id];
      // "partner" is raised by either answer: name only the one that holds.
      if (id === "environment") return value === "production";
      return value !== undefined;
    })
    .map((id) => `${getQuestion(id).shortLabel}: ${optionLabel(id, String(ctx.answers[id]))}`);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

export function planResult(answers: CompleteAnswers): PlanResult {
  const decision = decide(answers);
  const { outcome, recommended, blockers } = decision;
  return { outcome, recommended, blockers, caveats: caveatsFor(answers, decision) };
}

export function planContext(answers: CompleteAnswers, result: PlanResult = planResult(answers)): PlanContext {
  return {
    answers,
    result,
    outcome: result.outcome,
    option: result.recommended,
    caveats: new Set(result.caveats.map((c) => c.id)),
  };
}

/** The migration plan for a complete answer set: a pure function of the answers. */
export function buildPlan(answers: CompleteAnswers): Plan {
  const result = planResult(answers);
  const ctx = planContext(answers, result);
  let number = 0;
  const phases: PlanPhase[] = [];
  for (const phase of phaseRules) {
    const steps = stepRules
      .filter((rule) => rule.phase === phase.id && conditionMet(rule.when, ctx))
      .map((rule): PlanStep => ({
        id: rule.id,
        phase: rule.phase,
        number: ++number,
        title: text(rule.title, ctx),
        what: text(rule.what, ctx),
        why: text(rule.why, ctx),
        anchor: typeof rule.anchor === "string" ? rule.anchor : rule.anchor(ctx),
        because: because(rule.when, ctx),
      }));
    if (steps.length > 0)
      phases.push({ id: phase.id, title: text(phase.title, ctx), summary: text(phase.summary, ctx), steps });
  }
  return {
    answers,
    query: encodeAnswers(answers),
    result,
    outcome: result.outcome,
    phases,
    steps: phases.flatMap((p) => p.steps),
  };
}
