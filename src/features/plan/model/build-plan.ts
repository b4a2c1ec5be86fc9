import {
  caveatsFor,
  clauseHolds,
  decide,
  getQuestion,
  optionLabel,
  type CaveatId,
  type Clause,
  type CompleteAnswers,
  type SingleQuestionId,
} from "../../../core/decision";
import { encodeAnswers } from "../../../core/share";
import type { Plan, PlanContext, PlanPhase, PlanDecision, PlanStep, StepCondition, PlanText } from "./plan-types";
import { phaseRules, stepRules } from "./steps";

export { phaseIds } from "./plan-types";
export type {
  PhaseId,
  PhaseRule,
  Plan,
  PlanContext,
  PlanPhase,
  PlanDecision,
  PlanStep,
  StepCondition,
  StepRule,
  PlanText,
} from "./plan-types";

const text = (value: PlanText, ctx: PlanContext) => (typeof value === "string" ? value : value(ctx));

export function conditionMet(condition: StepCondition, ctx: PlanContext): boolean {
  if (condition.outcomes && !condition.outcomes.includes(ctx.outcome)) return false;
  if (condition.caveats && !condition.caveats.every((id) => ctx.caveats.has(id))) return false;
  if (condition.notCaveats && condition.notCaveats.some((id) => ctx.caveats.has(id))) return false;
  return condition.answers === undefined || clauseHolds(condition.answers, ctx.answers);
}

/**
 * The answers that raise each caveat, for the "included because" line: each question, with
 * the values that raise it. A caveat raised by one of several answers names only the ones
 * that hold (a production environment raises "partner"; a non-production one does not).
 */
const caveatAnswers: { readonly [C in CaveatId]: Clause } = {
  "upgrade-engine": { engine: ["fim-2010-r2", "mim-2016-pre-sp2", "mim-2016-sp2"] },
  "add-ad-provisioning": { "in-ad": ["can-add"] },
  "retire-sync-engine": { "only-sync": ["yes"] },
  "extend-existing-connect": { "existing-connect": ["yes"] },
  "exclusive-scopes": { "existing-connect": ["yes"] },
  "full-sql-server": { "largest-domain": ["100k-150k", "over-150k"], "total-objects": ["100k-or-more"] },
  "count-objects": { "total-objects": ["unsure"] },
  "ldap-limited-support": { directory: ["ldap"] },
  "confirm-licenses": { licenses: ["unsure"] },
  "confirm-mail-objects": { "mail-objects": ["unsure"] },
  "strategic-direction": {},
  partner: { directory: ["ldap"], environment: ["production"] },
  "pilot-disjoint-scopes": {},
  "match-existing-objects": {},
  "graph-existing-objects": {},
  "graph-no-overlap": {},
  "mim-support-ends": { "only-sync": ["no"] },
  "connect-version": { "existing-connect": ["yes"] },
  "federation-claim": { federation: ["adfs", "other-idp"] },
  "confirm-federation": { federation: ["unsure"] },
  "graph-federated-users": { federation: ["adfs"] },
  "remove-old-connector": {},
};

type Matched = readonly (readonly [SingleQuestionId, readonly string[]])[];
const entries = (clause: Clause) => Object.entries(clause) as unknown as Matched;

/** The answers a conditional step depends on, in words; undefined for steps every plan of its outcome has. */
function because(condition: StepCondition, ctx: PlanContext): string | undefined {
  const named = new Map<SingleQuestionId, readonly string[]>();
  for (const [id, values] of [
    ...entries(condition.answers ?? {}),
    ...(condition.caveats ?? []).flatMap((id) => entries(caveatAnswers[id])),
  ]) {
    named.set(id, [...(named.get(id) ?? []), ...values]);
  }
  const parts = [...named]
    .filter(([id, values]) => {
      const value = ctx.answers[id];
      return value !== undefined && values.includes(value);
    })
    .map(([id]) => `${getQuestion(id).shortLabel}: ${optionLabel(id, String(ctx.answers[id]))}`);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

export function planResult(answers: CompleteAnswers): PlanDecision {
  const decision = decide(answers);
  const { outcome, recommended, blockers } = decision;
  return { outcome, recommended, blockers, caveats: caveatsFor(answers, decision) };
}

export function planContext(answers: CompleteAnswers, result: PlanDecision = planResult(answers)): PlanContext {
  return {
    answers,
    result,
    outcome: result.outcome,
    option: result.recommended,
    caveats: new Set(result.caveats.map((c) => c.id)),
  };
}

/** The phases and steps that apply in this context, numbered across the plan. */
export function planPhases(ctx: PlanContext): PlanPhase[] {
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
        ...(rule.showsMatchCheck ? { showsMatchCheck: rule.showsMatchCheck } : {}),
        ...(rule.showsPendingExports ? { showsPendingExports: rule.showsPendingExports } : {}),
      }));
    if (steps.length > 0)
      phases.push({ id: phase.id, title: text(phase.title, ctx), summary: text(phase.summary, ctx), steps });
  }
  return phases;
}

/** The migration plan for a complete answer set: a pure function of the answers. */
export function buildPlan(answers: CompleteAnswers): Plan {
  const result = planResult(answers);
  const phases = planPhases(planContext(answers, result));
  return {
    answers,
    query: encodeAnswers(answers),
    result,
    outcome: result.outcome,
    phases,
    steps: phases.flatMap((p) => p.steps),
  };
}
