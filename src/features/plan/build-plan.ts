import {
  caveatsFor,
  decide,
  getQuestion,
  optionLabel,
  type CaveatId,
  type CompleteAnswers,
  type QuestionId,
  type SingleQuestionId,
} from "../advisor/model";
import { encodeAnswers } from "../share";
import type { Plan, PlanContext, PlanPhase, PlanResult, PlanStep, StepCondition, Text } from "./plan-types";
import { phaseRules, stepRules } from "./steps";

export { phaseIds } from "./plan-types";
export type {
  PhaseId,
  PhaseRule,
  Plan,
  PlanContext,
  PlanPhase,
  PlanResult,
  PlanStep,
  StepCondition,
  StepRule,
  Text,
} from "./plan-types";

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
