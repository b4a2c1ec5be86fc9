import type { Answers } from "./answers";
import { isComplete } from "./flow";
import { upgradeV1Answers } from "./v1-upgrade";

/**
 * Answers made under v2 of the decision model (share links with `v=2`, answers saved in a browser
 * between 1 and 3 December 2026), brought to v3. Small on purpose, like v1-upgrade.ts: result
 * pages decode links in their first load. What changed for them is in upgrade-report.ts.
 */

/** The questions v3 added, in the graph's order. */
export const questionsAddedInV3 = ["federation"] as const;
type AddedQuestion = (typeof questionsAddedInV3)[number];

export function isAddedInV3(name: string): name is AddedQuestion {
  return (questionsAddedInV3 as readonly string[]).includes(name);
}

/** The engine value v3 added: a v2 link never carried it. */
export const engineAddedInV3 = "mim-2016-sp3";

/**
 * The spec's "Upgrading v2 links": every answer is kept and `federation`, asked always, is taken
 * as `unsure`. Works on raw link values too: it only adds.
 */
export function v3Additions(): { readonly [Q in AddedQuestion]: string } {
  return { federation: "unsure" };
}

/** v2 answers with v3's addition; answers that already answer `federation` are not v2 answers and are returned as they are. */
export function upgradeV2Answers(answers: Answers): Answers {
  if (questionsAddedInV3.some((id) => answers[id] !== undefined)) return answers;
  return { ...answers, ...v3Additions() } as Answers;
}

/**
 * Saved answers from an older version (v1: before 1 December 2026; v2: before 3 December 2026),
 * upgraded one version at a time as links are. A finished set gains the answers assumed for the
 * questions added since; a set still in progress is left as it was, for those questions to be asked.
 */
export function upgradeSavedAnswers(answers: Answers, fromVersion: number): Answers {
  const v2 = fromVersion < 2 ? upgradeV1Answers(answers) : answers;
  const v3 = fromVersion < 3 ? upgradeV2Answers(v2) : v2;
  return isComplete(v3) ? v3 : answers;
}
