import type { Answers } from "./answers";
import type { OptionId, OutcomeId } from "./outcomes";

// When each caveat is raised, and its title, apart from its wording (caveats.ts): a page that
// only lists which caveats changed (the notice on an upgraded link) needs no more than this.

/** Caveat ids in the order the result lists them (the spec's table order). */
export const caveatIds = [
  "upgrade-engine",
  "add-ad-provisioning",
  "retire-sync-engine",
  "extend-existing-connect",
  "exclusive-scopes",
  "full-sql-server",
  "count-objects",
  "ldap-limited-support",
  "confirm-licenses",
  "confirm-mail-objects",
  "strategic-direction",
  "partner",
  "pilot-disjoint-scopes",
  "match-existing-objects",
  "graph-existing-objects",
  "graph-no-overlap",
  "mim-support-ends",
  "connect-version",
  "federation-claim",
  "confirm-federation",
  "graph-federated-users",
  "remove-old-connector",
] as const;
export type CaveatId = (typeof caveatIds)[number];

/** What a caveat is judged on: the answers and the recommendation (with its alternative). */
export interface CaveatContext {
  readonly answers: Answers;
  readonly outcome: OutcomeId;
  /** The Graph connector shown beside an LDAP recommendation (decision model rule 4). */
  readonly alternative?: OptionId;
}

export const syncsFromDirectory = ({ outcome }: CaveatContext) =>
  outcome === "cloud-sync" || outcome === "connect-sync";
/** The spec's "Graph shown": recommended, or the alternative beside an LDAP recommendation. */
export const graphShown = ({ outcome, alternative }: CaveatContext) =>
  outcome === "graph-connector" || alternative === "graph-connector";
/** The spec's "keeps MIM": the FIM/MIM sync engine still has work once the migration is done. */
const keepsMim = (ctx: CaveatContext) =>
  ctx.outcome === "graph-connector" || (syncsFromDirectory(ctx) && ctx.answers["only-sync"] !== "yes");
const bigDomain = ({ answers }: CaveatContext) =>
  answers["largest-domain"] === "100k-150k" || answers["largest-domain"] === "over-150k";

/** Each caveat's condition: the spec's "raised when" column. */
export const caveatConditions: { readonly [C in CaveatId]: (ctx: CaveatContext) => boolean } = {
  // v3: SP2 too (Microsoft recommends the latest SP3 to anyone on FIM, SP2 or earlier).
  "upgrade-engine": ({ answers }) => answers.engine !== "mim-2016-sp3",
  "add-ad-provisioning": (ctx) => syncsFromDirectory(ctx) && ctx.answers["in-ad"] === "can-add",
  "retire-sync-engine": (ctx) => syncsFromDirectory(ctx) && ctx.answers["only-sync"] === "yes",
  "extend-existing-connect": ({ answers, outcome }) =>
    outcome === "connect-sync" && answers["existing-connect"] === "yes",
  "exclusive-scopes": ({ answers, outcome }) => outcome === "cloud-sync" && answers["existing-connect"] === "yes",
  "full-sql-server": (ctx) =>
    ctx.outcome === "connect-sync" && (ctx.answers["total-objects"] === "100k-or-more" || bigDomain(ctx)),
  "count-objects": (ctx) =>
    ctx.outcome === "connect-sync" && ctx.answers["total-objects"] === "unsure" && !bigDomain(ctx),
  "ldap-limited-support": ({ answers, outcome }) => outcome === "connect-sync" && answers.directory === "ldap",
  "confirm-licenses": (ctx) => graphShown(ctx) && ctx.answers.licenses === "unsure",
  "confirm-mail-objects": (ctx) => graphShown(ctx) && ctx.answers["mail-objects"] === "unsure",
  "strategic-direction": ({ outcome }) => outcome === "connect-sync",
  partner: ({ answers, outcome }) => answers.environment === "production" || outcome === "no-clean-fit",
  "pilot-disjoint-scopes": ({ outcome }) => outcome !== "no-clean-fit",
  "match-existing-objects": syncsFromDirectory,
  "graph-existing-objects": ({ outcome }) => outcome === "graph-connector",
  "graph-no-overlap": ({ outcome }) => outcome === "graph-connector",
  "mim-support-ends": keepsMim,
  "connect-version": ({ answers }) => answers["existing-connect"] === "yes",
  "federation-claim": (ctx) =>
    syncsFromDirectory(ctx) && (ctx.answers.federation === "adfs" || ctx.answers.federation === "other-idp"),
  "confirm-federation": ({ answers, outcome }) => outcome !== "no-clean-fit" && answers.federation === "unsure",
  "graph-federated-users": (ctx) => graphShown(ctx) && ctx.answers.federation === "adfs",
  "remove-old-connector": () => true,
};

/** Each caveat's title, as the result and the plan show it. */
export const caveatTitles: { readonly [C in CaveatId]: string } = {
  "upgrade-engine": "Upgrade the sync engine to MIM 2016 SP3",
  "add-ad-provisioning": "Provision these users into AD first",
  "retire-sync-engine": "You may no longer need the FIM/MIM sync engine",
  "extend-existing-connect": "Extend your existing Connect Sync server",
  "exclusive-scopes": "Keep cloud sync and Connect Sync scopes apart",
  "full-sql-server": "Plan for a full SQL Server",
  "count-objects": "Count every object before you choose LocalDB",
  "ldap-limited-support": "An LDAP source means advanced setup and limited support",
  "confirm-licenses": "Confirm Entra ID P1 or P2 licensing",
  "confirm-mail-objects": "Check for contacts and mail-enabled groups",
  "strategic-direction": "Expect to revisit: cloud sync is Microsoft's direction",
  partner: "Work with a partner",
  "pilot-disjoint-scopes": "Pilot first, with disjoint scopes",
  "match-existing-objects": "Take the existing objects over by hard match only",
  "graph-existing-objects": "Plan how the Graph connector takes over the existing objects",
  "graph-no-overlap": "Keep the Graph connector's objects out of every sync engine's scope",
  "mim-support-ends": "Plan for MIM's end of support",
  "connect-version": "Check your Connect Sync server's build",
  "federation-claim": "Keep federated sign-in's ImmutableID claim equal to the new anchor",
  "confirm-federation": "Find out how these users sign in before the pilot",
  "graph-federated-users": "AD FS users cannot move their source of authority to the cloud",
  "remove-old-connector": "Remove the old connector when you are done",
};

/** The ids of the caveats raised for these answers and decision, in the spec's order. */
export function raisedCaveatIds(answers: Answers, decision: Omit<CaveatContext, "answers">): CaveatId[] {
  const ctx: CaveatContext = { answers, outcome: decision.outcome, alternative: decision.alternative };
  return caveatIds.filter((id) => caveatConditions[id](ctx));
}
