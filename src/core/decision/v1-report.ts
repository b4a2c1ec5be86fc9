import type { Answers, CompleteAnswers } from "./answers";
import { raisedCaveatIds, type CaveatContext, type CaveatId } from "./caveat-conditions";
import { decideOutcome } from "./decide-outcome";
import { bigDomain, questionsAddedInV2 } from "./v1-upgrade";

/**
 * What v2 changed for an answer set made under v1. v1's caveat rules are kept here, frozen, so
 * the notice on an upgraded link can say exactly which caveats came and went.
 */

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
  readonly added: readonly { readonly questionId: (typeof questionsAddedInV2)[number]; readonly value: string }[];
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
