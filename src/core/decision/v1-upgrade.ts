import type { Answers, QuestionId } from "./answers";
import { conditionStatus } from "./conditions";
import { getQuestion } from "./questions";

/**
 * Answers made under v1 of the decision model (share links with `v=1`, answers saved in a browser
 * before 1 December 2026), brought to v2. Small on purpose: every page's first load reads saved
 * answers, and result pages decode links. What changed for them is in upgrade-report.ts.
 */

/** The questions v2 added, in the graph's order. */
export const questionsAddedInV2 = ["total-objects", "mail-objects"] as const satisfies readonly QuestionId[];
type AddedQuestion = (typeof questionsAddedInV2)[number];

export function isAddedInV2(name: string): name is AddedQuestion {
  return (questionsAddedInV2 as readonly string[]).includes(name);
}

/** A largest domain of 100,000 objects or more (v1 keyed the SQL caveat on it). */
export const bigDomain = (a: Answers) => a["largest-domain"] === "100k-150k" || a["largest-domain"] === "over-150k";

/**
 * The spec's "Upgrading v1 links": for each v2 question asked given the v1 answers,
 * `total-objects` is at least the largest domain (100k-or-more for a domain of 100,000 or more,
 * else unsure) and `mail-objects` is unsure. Works on raw link values too: it only compares them.
 */
export function v2Additions(answers: Answers): { readonly [Q in AddedQuestion]?: string } {
  const added: { [Q in AddedQuestion]?: string } = {};
  if (conditionStatus(getQuestion("total-objects").when, answers) === "yes")
    added["total-objects"] = bigDomain(answers) ? "100k-or-more" : "unsure";
  if (conditionStatus(getQuestion("mail-objects").when, answers) === "yes") added["mail-objects"] = "unsure";
  return added;
}

/** v1 answers with v2's additions; answers that already hold v2 questions are not v1 answers and are returned as they are. */
export function upgradeV1Answers(answers: Answers): Answers {
  if (questionsAddedInV2.some((id) => answers[id] !== undefined)) return answers;
  return { ...answers, ...v2Additions(answers) } as Answers;
}
