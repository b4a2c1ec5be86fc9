import type { Answers, CompleteAnswers, QuestionId } from "./answers";
import { raisedCaveatIds, type CaveatContext, type CaveatId } from "./caveat-conditions";
import { conditionStatus } from "./conditions";
import { decideOutcome } from "./decide-outcome";
import { isComplete } from "./flow";
import { getQuestion } from "./questions";

/**
 * Answers made under v1 of the decision model (share links with `v=1`, answers saved in a browser
 * before 1 December 2026) and what v2 changed for them. v1's caveat rules are kept here, frozen,
 * so the notice on an upgraded link can say exactly which caveats came and went.
 */

/** The questions v2 added, in the graph's order. */
export const questionsAddedInV2 = ["total-objects", "mail-objects"] as const satisfies readonly QuestionId[];
type AddedQuestion = (typeof questionsAddedInV2)[number];

export function isAddedInV2(name: string): name is AddedQuestion {
  return (questionsAddedInV2 as readonly string[]).includes(name);
}

const bigDomain = (a: Answers) => a["largest-domain"] === "100k-150k" || a["largest-domain"] === "over-150k";

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

type V1CaveatId = Exclude<
  CaveatId,
  | "count-objects"
  | "confirm-mail-objects"
  | "match-existing-objects"
  | "graph-existing-objects"
  | "graph-no-overlap"
  | "mim-support-ends"
  | "connect-version"
>;

/** v1's caveat table, frozen (its order was v2's order less the new rows). */
const v1CaveatConditions: { readonly [C in V1CaveatId]: (ctx: CaveatContext) => boolean } = {
  "upgrade-engine": ({ answers }) => answers.engine === "fim-2010-r2" || answers.engine === "mim-2016-pre-sp2",
  "add-ad-provisioning": ({ answers, outcome }) =>
    (outcome === "cloud-sync" || outcome === "connect-sync") && answers["in-ad"] === "can-add",
  "retire-sync-engine": ({ answers, outcome }) => outcome === "cloud-sync" && answers["only-sync"] === "yes",
  "extend-existing-connect": ({ answers, outcome }) =>
    outcome === "connect-sync" && answers["existing-connect"] === "yes",
  "exclusive-scopes": ({ answers, outcome }) => outcome === "cloud-sync" && answers["existing-connect"] === "yes",
  "full-sql-server": ({ answers, outcome }) => outcome === "connect-sync" && bigDomain(answers),
  "ldap-limited-support": ({ answers, outcome }) => outcome === "connect-sync" && answers.directory === "ldap",
  "confirm-licenses": ({ answers, outcome }) => outcome === "graph-connector" && answers.licenses === "unsure",
  "strategic-direction": ({ outcome }) => outcome === "connect-sync",
  partner: ({ answers, outcome }) =>
    answers.environment === "production" || answers.directory === "ldap" || outcome === "no-clean-fit",
  "pilot-disjoint-scopes": ({ outcome }) => outcome !== "no-clean-fit",
  "remove-old-connector": () => true,
};

/** The caveats v1 raised for these answers and outcome. */
export function v1CaveatIds(answers: Answers, outcome: CaveatContext["outcome"]): V1CaveatId[] {
  return (Object.keys(v1CaveatConditions) as V1CaveatId[]).filter((id) => v1CaveatConditions[id]({ answers, outcome }));
}

/** What changed for one v1 answer set, for the notice above its result. */
export interface UpgradeReport {
  readonly fromVersion: 1;
  /** The questions v2 asks that the link did not answer, with the answer assumed for each. */
  readonly added: readonly { readonly questionId: AddedQuestion; readonly value: string }[];
  /** Caveats v2 raises that v1 did not, and the reverse, in the spec's order. */
  readonly caveatsAdded: readonly CaveatId[];
  readonly caveatsRemoved: readonly CaveatId[];
}

/**
 * Compares v1's advice for a link's answers with v2's for the upgraded answers. The outcome is
 * the same under both (the tests check it for every v1 answer set), so v1's caveats are judged
 * on v2's outcome.
 */
export function v1UpgradeReport(upgraded: CompleteAnswers): UpgradeReport {
  const decision = decideOutcome(upgraded);
  const before = new Set<CaveatId>(v1CaveatIds(upgraded, decision.outcome));
  const after = raisedCaveatIds(upgraded, decision);
  const afterSet = new Set(after);
  return {
    fromVersion: 1,
    added: questionsAddedInV2.flatMap((questionId) => {
      const value = upgraded[questionId];
      return value === undefined ? [] : [{ questionId, value }];
    }),
    caveatsAdded: after.filter((id) => !before.has(id)),
    caveatsRemoved: [...before].filter((id) => !afterSet.has(id)),
  };
}

/** Saved answers from v1: a finished set gains v2's defaults; one still in progress is left for the new questions to be asked. */
export function upgradeSavedV1Answers(answers: Answers): Answers {
  const upgraded = upgradeV1Answers(answers);
  return isComplete(upgraded) ? upgraded : answers;
}
