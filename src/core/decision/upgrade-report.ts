import { questionIds, type Answers, type CompleteAnswers, type QuestionId } from "./answers";
import { raisedCaveatIds, type CaveatContext, type CaveatId } from "./caveat-conditions";
import { decideOutcome } from "./decide-outcome";
import { bigDomain, questionsAddedInV2 } from "./v1-upgrade";
import { questionsAddedInV3 } from "./v2-upgrade";

/**
 * What today's advice changed for an answer set made under an older version (v1 or v2). The
 * caveat tables of v1 and v2 are kept here, frozen, so the notice on an upgraded link can say
 * exactly which caveats came and went.
 */

type Ctx = CaveatContext;
const syncs = ({ outcome }: Ctx) => outcome === "cloud-sync" || outcome === "connect-sync";
const fimOrPreSp2 = (a: Answers) => a.engine === "fim-2010-r2" || a.engine === "mim-2016-pre-sp2";

type V1CaveatId = Exclude<
  CaveatId,
  | "count-objects"
  | "confirm-mail-objects"
  | "match-existing-objects"
  | "graph-existing-objects"
  | "graph-no-overlap"
  | "mim-support-ends"
  | "connect-version"
  | V2OnlyAbsent
>;
/** The caveats v3 added: neither v1 nor v2 had them. */
type V2OnlyAbsent = "federation-claim" | "confirm-federation" | "graph-federated-users";
type V2CaveatId = Exclude<CaveatId, V2OnlyAbsent>;

/** v1's caveat table, frozen (its order was v2's order less the new rows). */
const v1CaveatConditions: { readonly [C in V1CaveatId]: (ctx: Ctx) => boolean } = {
  "upgrade-engine": ({ answers }) => fimOrPreSp2(answers),
  "add-ad-provisioning": (ctx) => syncs(ctx) && ctx.answers["in-ad"] === "can-add",
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

const graphShown = ({ outcome, alternative }: Ctx) =>
  outcome === "graph-connector" || alternative === "graph-connector";

/** v2's caveat table (1 December 2026), frozen in its order. */
const v2CaveatConditions: { readonly [C in V2CaveatId]: (ctx: Ctx) => boolean } = {
  "upgrade-engine": ({ answers }) => fimOrPreSp2(answers),
  "add-ad-provisioning": (ctx) => syncs(ctx) && ctx.answers["in-ad"] === "can-add",
  "retire-sync-engine": (ctx) => syncs(ctx) && ctx.answers["only-sync"] === "yes",
  "extend-existing-connect": ({ answers, outcome }) =>
    outcome === "connect-sync" && answers["existing-connect"] === "yes",
  "exclusive-scopes": ({ answers, outcome }) => outcome === "cloud-sync" && answers["existing-connect"] === "yes",
  "full-sql-server": ({ answers, outcome }) =>
    outcome === "connect-sync" && (answers["total-objects"] === "100k-or-more" || bigDomain(answers)),
  "count-objects": ({ answers, outcome }) =>
    outcome === "connect-sync" && answers["total-objects"] === "unsure" && !bigDomain(answers),
  "ldap-limited-support": ({ answers, outcome }) => outcome === "connect-sync" && answers.directory === "ldap",
  "confirm-licenses": (ctx) => graphShown(ctx) && ctx.answers.licenses === "unsure",
  "confirm-mail-objects": (ctx) => graphShown(ctx) && ctx.answers["mail-objects"] === "unsure",
  "strategic-direction": ({ outcome }) => outcome === "connect-sync",
  partner: ({ answers, outcome }) => answers.environment === "production" || outcome === "no-clean-fit",
  "pilot-disjoint-scopes": ({ outcome }) => outcome !== "no-clean-fit",
  "match-existing-objects": syncs,
  "graph-existing-objects": ({ outcome }) => outcome === "graph-connector",
  "graph-no-overlap": ({ outcome }) => outcome === "graph-connector",
  "mim-support-ends": (ctx) => ctx.outcome === "graph-connector" || (syncs(ctx) && ctx.answers["only-sync"] !== "yes"),
  "connect-version": ({ answers }) => answers["existing-connect"] === "yes",
  "remove-old-connector": () => true,
};

const raised = <C extends string>(table: { readonly [K in C]: (ctx: Ctx) => boolean }, ctx: Ctx): C[] =>
  (Object.keys(table) as C[]).filter((id) => table[id](ctx));

/** The caveats v1 raised for these answers and outcome. */
export function v1CaveatIds(answers: Answers, outcome: Ctx["outcome"]): V1CaveatId[] {
  return raised(v1CaveatConditions, { answers, outcome });
}

/** The caveats v2 raised for these answers and decision. */
export function v2CaveatIds(answers: Answers, decision: Omit<Ctx, "answers">): V2CaveatId[] {
  return raised(v2CaveatConditions, { answers, ...decision });
}

/** The versions of the advice a link can have been made with before today's. */
export type OlderVersion = 1 | 2;

/** What changed for one answer set made under an older version, for the notice above its result. */
export interface UpgradeReport {
  readonly fromVersion: OlderVersion;
  /** The questions added since, which the link did not answer, with the answer assumed for each. */
  readonly added: readonly { readonly questionId: QuestionId; readonly value: string }[];
  /** Caveats raised today that the link's version did not raise, and the reverse, in the spec's order. */
  readonly caveatsAdded: readonly CaveatId[];
  readonly caveatsRemoved: readonly CaveatId[];
}

/**
 * Compares the advice of the link's version for its answers with today's advice for the upgraded
 * answers. The outcome is the same under every version (the tests check it for every v1 and v2
 * answer set), so the old caveats are judged on today's outcome.
 */
export function upgradeReport(upgraded: CompleteAnswers, fromVersion: OlderVersion): UpgradeReport {
  const decision = decideOutcome(upgraded);
  const before = new Set<CaveatId>(
    fromVersion === 1 ? v1CaveatIds(upgraded, decision.outcome) : v2CaveatIds(upgraded, decision),
  );
  const after = raisedCaveatIds(upgraded, decision);
  const afterSet = new Set(after);
  const since: readonly string[] =
    fromVersion === 1 ? [...questionsAddedInV2, ...questionsAddedInV3] : questionsAddedInV3;
  const addedSince = questionIds.filter((id) => since.includes(id));
  return {
    fromVersion,
    added: addedSince.flatMap((questionId) => {
      const value = upgraded[questionId];
      return typeof value === "string" ? [{ questionId, value }] : [];
    }),
    caveatsAdded: after.filter((id) => !before.has(id)),
    caveatsRemoved: [...before].filter((id) => !afterSet.has(id)),
  };
}
