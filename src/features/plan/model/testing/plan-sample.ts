/**
 * A representative sample of complete answer sets for the plan's tests (not used by the site).
 *
 * Building a plan for each of the 1,826,208 complete answer sets would take over a minute, so the
 * plan tests walk a sample: one answer set for every distinct combination of the outcome, the
 * caveat set and every answer except `needs` and `forests`, plus, for plans with no clean fit, one
 * for every distinct set of blockers. The sample is drawn from the core sets (engine and federation
 * fixed: see core/decision/enumerate.ts), and each pick is then taken with every engine and
 * federation answer, so no combination of those two with the rest is missed.
 * `needs` and `forests` reach a plan only through the outcome, the caveats and the blockers,
 * and the blockers are read only by the steps of plans with no clean fit: a test in
 * build-plan.test.ts checks both claims, so a step that starts reading more fails it.
 */
import { questionIds, type CompleteAnswers, type QuestionId } from "../../../../core/decision/answers";
import { allCoreAnswerSets, freeCombinations, withFreeAnswers } from "../../../../core/decision/enumerate";
import { planResult } from "../build-plan";
import type { PlanDecision } from "../plan-types";

/** The answers the sample key leaves out: they reach a plan through the decision only. */
export const decidedOnly: readonly QuestionId[] = ["needs", "forests"];

export interface PlanSample {
  /** One entry per distinct plan input, in walk order. */
  readonly sets: readonly { readonly answers: CompleteAnswers; readonly result: PlanDecision }[];
  /** How many complete answer sets were walked to pick them. */
  readonly walked: number;
}

let cache: PlanSample | undefined;

export function planSample(): PlanSample {
  if (cache) return cache;
  const keyed = questionIds.filter((id) => !decidedOnly.includes(id));
  const picked = new Map<string, { answers: CompleteAnswers; result: PlanDecision }>();
  const all = allCoreAnswerSets();
  const keyOf = (answers: CompleteAnswers, result: PlanDecision) =>
    `${result.outcome}|${result.caveats.map((c) => c.id).join()}|${keyed.map((id) => String(answers[id])).join()}`;
  // Cores that agree on everything the key reads but the free answers: one pick each, then every pair.
  const cores = new Map<string, CompleteAnswers>();
  const noCleanFit: CompleteAnswers[] = [];
  for (const core of all) {
    const result = planResult(core);
    const key = keyOf(core, result);
    if (!cores.has(key)) cores.set(key, core);
    if (result.outcome === "no-clean-fit") noCleanFit.push(core);
  }
  const expanded = [...cores.values()].flatMap((core) => freeCombinations.map((pair) => withFreeAnswers(core, pair)));
  for (const answers of [...expanded, ...noCleanFit]) {
    const result = planResult(answers);
    const key = keyOf(answers, result);
    if (!picked.has(key)) picked.set(key, { answers, result });
    if (result.outcome === "no-clean-fit") {
      const blockers = `blockers|${Object.entries(result.blockers)
        .map(([option, list]) => `${option}:${list.map((b) => b.id).join("+")}`)
        .join()}`;
      if (!picked.has(blockers)) picked.set(blockers, { answers, result });
    }
  }
  cache = { sets: [...picked.values()], walked: all.length * freeCombinations.length };
  return cache;
}
