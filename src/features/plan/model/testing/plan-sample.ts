/**
 * A representative sample of complete answer sets for the plan's tests (not used by the site).
 *
 * Building a plan for each of the 342,414 complete answer sets takes about 13 s, and a test
 * file that holds them all much longer, so the plan tests walk a sample: one answer set for
 * every distinct combination of the outcome, the caveat set and every answer except `needs`
 * and `forests`, plus, for plans with no clean fit, one for every distinct set of blockers.
 * `needs` and `forests` reach a plan only through the outcome, the caveats and the blockers,
 * and the blockers are read only by the steps of plans with no clean fit: a test in
 * build-plan.test.ts checks both claims, so a step that starts reading more fails it.
 */
import { questionIds, type CompleteAnswers, type QuestionId } from "../../../../core/decision/answers";
import { allCompleteAnswerSets } from "../../../../core/decision/enumerate";
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
  const all = allCompleteAnswerSets();
  for (const answers of all) {
    const result = planResult(answers);
    const caveats = result.caveats.map((c) => c.id).join();
    const key = `${result.outcome}|${caveats}|${keyed.map((id) => String(answers[id])).join()}`;
    if (!picked.has(key)) picked.set(key, { answers, result });
    if (result.outcome === "no-clean-fit") {
      const blockers = `blockers|${Object.entries(result.blockers)
        .map(([option, list]) => `${option}:${list.map((b) => b.id).join("+")}`)
        .join()}`;
      if (!picked.has(blockers)) picked.set(blockers, { answers, result });
    }
  }
  cache = { sets: [...picked.values()], walked: all.length };
  return cache;
}
