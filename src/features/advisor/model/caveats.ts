import type { GuideAnchor } from "../../../shared/guide-anchors";
import type { Answers } from "./answers";
import type { OptionId, OutcomeId } from "./outcomes";

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
  "remove-old-connector",
] as const;
export type CaveatId = (typeof caveatIds)[number];

export interface Caveat {
  readonly id: CaveatId;
  readonly title: string;
  readonly text: string;
  readonly anchor: GuideAnchor;
}

/** What a caveat is judged on: the answers and the recommendation (with its alternative). */
export interface CaveatContext {
  readonly answers: Answers;
  readonly outcome: OutcomeId;
  /** The Graph connector shown beside an LDAP recommendation (decision model rule 4). */
  readonly alternative?: OptionId;
}

export interface CaveatRule {
  readonly id: CaveatId;
  readonly title: string;
  readonly applies: (ctx: CaveatContext) => boolean;
  readonly text: (ctx: CaveatContext) => string;
  readonly anchor: (ctx: CaveatContext) => GuideAnchor;
}

const syncsFromDirectory = ({ outcome }: CaveatContext) => outcome === "cloud-sync" || outcome === "connect-sync";
/** The spec's "Graph shown": recommended, or the alternative beside an LDAP recommendation. */
const graphShown = ({ outcome, alternative }: CaveatContext) =>
  outcome === "graph-connector" || alternative === "graph-connector";
/** The spec's "keeps MIM": the FIM/MIM sync engine still has work once the migration is done. */
const keepsMim = (ctx: CaveatContext) =>
  ctx.outcome === "graph-connector" || (syncsFromDirectory(ctx) && ctx.answers["only-sync"] !== "yes");
const bigDomain = ({ answers }: CaveatContext) =>
  answers["largest-domain"] === "100k-150k" || answers["largest-domain"] === "over-150k";
const engineName = ({ outcome }: CaveatContext) => (outcome === "connect-sync" ? "Connect Sync" : "cloud sync");

const partnerReasons = ({ answers, outcome }: CaveatContext): string[] => [
  ...(answers.environment === "production"
    ? ["Microsoft recommends working with a partner when you change synchronization technology in production."]
    : []),
  ...(answers.environment === "production" && answers.directory === "ldap"
    ? [
        "For a non-AD LDAP source, which Connect Sync supports only in a limited way, Microsoft's LDAP guidance names a partner such as Microsoft Consulting Services for production.",
      ]
    : []),
  ...(outcome === "no-clean-fit"
    ? ["No option fits as answered: a partner can help you weigh the blockers and plan the change that removes one."]
    : []),
];

const rules: { readonly [C in CaveatId]: Omit<CaveatRule, "id"> } = {
  "upgrade-engine": {
    title: "Upgrade the sync engine to MIM 2016 SP2",
    applies: ({ answers }) => answers.engine === "fim-2010-r2" || answers.engine === "mim-2016-pre-sp2",
    text: ({ answers, outcome }) =>
      `Your sync engine, ${answers.engine === "fim-2010-r2" ? "FIM 2010 R2" : "MIM 2016 before Service Pack 2"}, is older than MIM 2016 Service Pack 2 (build 4.6.34.0), the build Microsoft supports until 9 January 2029. ` +
      (outcome === "graph-connector"
        ? "Upgrade first: the Graph connector requires SP2."
        : "Plan the upgrade alongside this migration."),
    anchor: () => "lifecycle#upgrade-to-sp2",
  },
  "add-ad-provisioning": {
    title: "Provision these users into AD first",
    applies: (ctx) => syncsFromDirectory(ctx) && ctx.answers["in-ad"] === "can-add",
    text: (ctx) =>
      `The users and groups are not in AD yet: add AD provisioning for them to the FIM/MIM AD management agent, so that ${engineName(ctx)} can bring them from AD into Entra ID.`,
    anchor: ({ outcome }) => (outcome === "connect-sync" ? "connect-sync#data-flow" : "cloud-sync#data-flow"),
  },
  "retire-sync-engine": {
    title: "You may no longer need the FIM/MIM sync engine",
    applies: (ctx) => syncsFromDirectory(ctx) && ctx.answers["only-sync"] === "yes",
    text: (ctx) =>
      ctx.outcome === "cloud-sync"
        ? "FIM/MIM only copies these objects from AD to Entra ID, which cloud sync does on its own: once the migration is done, the sync engine may no longer be needed."
        : "FIM/MIM only copies these objects from AD to Entra ID, which Connect Sync does on its own: once the migration is done, the sync engine may no longer be needed. Microsoft says this of cloud sync; for Connect Sync it is our inference from the same reasoning.",
    anchor: ({ outcome }) => (outcome === "connect-sync" ? "connect-sync#after-migration" : "cloud-sync#after-migration"),
  },
  "extend-existing-connect": {
    title: "Extend your existing Connect Sync server",
    applies: ({ answers, outcome }) => outcome === "connect-sync" && answers["existing-connect"] === "yes",
    text: () =>
      "A tenant may have only one active Connect Sync server (staging servers excepted): bring these users and groups into the server you already run rather than installing a second one.",
    anchor: () => "connect-sync#one-active-server-per-tenant",
  },
  "exclusive-scopes": {
    title: "Keep cloud sync and Connect Sync scopes apart",
    applies: ({ answers, outcome }) => outcome === "cloud-sync" && answers["existing-connect"] === "yes",
    text: () =>
      "Cloud sync can run beside your Connect Sync server only if every object is in the scope of exactly one of them. Moving a user from a cloud-sync-scoped OU to a Connect-scoped OU deletes and recreates it.",
    anchor: () => "cloud-sync#coexistence-with-connect-sync",
  },
  "full-sql-server": {
    title: "Plan for a full SQL Server",
    applies: (ctx) =>
      ctx.outcome === "connect-sync" && (ctx.answers["total-objects"] === "100k-or-more" || bigDomain(ctx)),
    text: () =>
      "Connect Sync's default SQL Server Express LocalDB is limited to 10 GB, about 100,000 objects in the whole database: every forest or LDAP source in scope plus what the server already syncs. Install it with a full SQL Server; that instance cannot be shared with the MIM Sync database.",
    anchor: () => "connect-sync#sql-database-size",
  },
  "count-objects": {
    title: "Count every object before you choose LocalDB",
    applies: (ctx) => ctx.outcome === "connect-sync" && ctx.answers["total-objects"] === "unsure" && !bigDomain(ctx),
    text: () =>
      "You are not sure how many objects one Connect Sync server would hold. Count them across every forest or LDAP source in scope, plus what an existing Connect Sync server already syncs: from about 100,000 objects, the default SQL Server Express LocalDB (10 GB) is too small and you need a full SQL Server.",
    anchor: () => "connect-sync#sql-database-size",
  },
  "ldap-limited-support": {
    title: "An LDAP source means advanced setup and limited support",
    applies: ({ answers, outcome }) => outcome === "connect-sync" && answers.directory === "ldap",
    text: () =>
      "Connect Sync reads a non-AD directory with the Generic LDAP connector against an LDAP v3 server. Microsoft calls this an advanced configuration under limited support, and delta import works only with the directories it lists.",
    anchor: () => "connect-sync#ldap-source",
  },
  "confirm-licenses": {
    title: "Confirm Entra ID P1 or P2 licensing",
    applies: (ctx) => graphShown(ctx) && ctx.answers.licenses === "unsure",
    text: ({ outcome }) =>
      "The Graph connector is for Microsoft Entra ID P1 or P2 customers: confirm the users in scope are licensed before relying on it" +
      (outcome === "graph-connector"
        ? ", because without P1 or P2 no option fits as answered."
        : ", because without P1 or P2 it is no alternative."),
    anchor: () => "graph-connector#licensing",
  },
  "confirm-mail-objects": {
    title: "Check for contacts and mail-enabled groups",
    applies: (ctx) => graphShown(ctx) && ctx.answers["mail-objects"] === "unsure",
    text: () =>
      "Microsoft Graph treats organisational contacts, distribution groups and mail-enabled security groups as read-only, so the Graph connector cannot create or update them. Check the old connector's export flows for these object types: if any are in scope, the Graph connector cannot serve them.",
    anchor: () => "graph-connector#mail-objects",
  },
  "strategic-direction": {
    title: "Expect to revisit: cloud sync is Microsoft's direction",
    applies: ({ outcome }) => outcome === "connect-sync",
    text: () =>
      "Microsoft names cloud sync as its strategic direction for syncing from on-premises directories, so choosing Connect Sync today may mean a second migration later.",
    anchor: () => "connect-sync#strategic-direction",
  },
  partner: {
    title: "Work with a partner",
    applies: ({ answers, outcome }) => answers.environment === "production" || outcome === "no-clean-fit",
    text: (ctx) => partnerReasons(ctx).join(" "),
    anchor: () => "overview#work-with-a-partner",
  },
  "pilot-disjoint-scopes": {
    title: "Pilot first, with disjoint scopes",
    applies: ({ outcome }) => outcome !== "no-clean-fit",
    text: () =>
      "Move a small set of users first, and scope the old connector and the new engine to disjoint sets so that they never export the same objects.",
    anchor: () => "overview#pilot-with-disjoint-scopes",
  },
  "match-existing-objects": {
    title: "Take the existing objects over by hard match only",
    applies: syncsFromDirectory,
    text: (ctx) =>
      `The users and groups the old connector created are already in Entra ID with an ImmutableId, so ${engineName(ctx)} takes each one over only by a hard match: its source anchor must equal that ImmutableId. ` +
      "A soft match on the user principal name or primary SMTP address is refused for an object that has an ImmutableId (InvalidSoftMatch), which leaves a duplicate or a quarantined address; groups that are not mail-enabled cannot be soft matched at all. " +
      (ctx.outcome === "cloud-sync"
        ? "Cloud sync's anchor is ms-DS-ConsistencyGuid if set, else objectGUID, and cannot be changed. "
        : "Connect Sync's anchor is ms-DS-ConsistencyGuid for users and objectGUID for other object types. ") +
      "Compare every ImmutableId with the anchor the new engine will compute, and where they differ write ms-DS-ConsistencyGuid through MIM's AD management agent before the first sync.",
    anchor: () => "migrate-safely#match-existing-objects",
  },
  "graph-existing-objects": {
    title: "Plan how the Graph connector takes over the existing objects",
    applies: ({ outcome }) => outcome === "graph-connector",
    text: () =>
      "The objects the old connector created count as synced from on-premises, and Microsoft Graph refuses changes to their synced attributes. Before the Graph connector manages them, convert their source of authority to the cloud (a preview: test it on a few objects first) or recreate them, which gives them new object ids. This is our inference from Microsoft's rule for objects that Connect Sync created.",
    anchor: () => "graph-connector#existing-objects",
  },
  "graph-no-overlap": {
    title: "Keep the Graph connector's objects out of every sync engine's scope",
    applies: ({ outcome }) => outcome === "graph-connector",
    text: () =>
      "The users and groups the Graph connector manages must never be in the scope of Connect Sync or cloud sync, and it cannot change objects those engines created.",
    anchor: () => "graph-connector#no-overlap-with-connect",
  },
  "mim-support-ends": {
    title: "Plan for MIM's end of support",
    applies: keepsMim,
    text: () =>
      "This route keeps MIM 2016 running, and Microsoft supports it only until 9 January 2029, about 25 months from December 2026. Plan what replaces it, for example API-driven inbound provisioning for users who come from an HR system.",
    anchor: () => "lifecycle#plan-beyond-mim",
  },
  "connect-version": {
    title: "Check your Connect Sync server's build",
    applies: ({ answers }) => answers["existing-connect"] === "yes",
    text: () =>
      "Connect Sync servers older than build 2.5.79.0 stopped syncing on 30 September 2026, and each build retires 12 months after its successor ships, so 2.5.79.0 is no target either: check the build of the server you run and upgrade it to the latest one.",
    anchor: () => "connect-sync#version-deadline",
  },
  "remove-old-connector": {
    title: "Remove the old connector when you are done",
    applies: () => true,
    text: () =>
      "The FIM Connector for Microsoft Entra ID has been unable to connect since April 2024: remove it from the sync engine once the new path works. Check the metaverse deletion rules first: deleting a management agent can delete metaverse objects, which can deprovision their AD accounts, and the new sync engine then deletes those users from Entra ID.",
    anchor: () => "remove-old-connector#deletion-rules",
  },
};

export const caveatRules: readonly CaveatRule[] = caveatIds.map((id) => ({ id, ...rules[id] }));

/** The caveats raised for these answers and decision, in the spec's order. */
export function caveatsFor(answers: Answers, decision: Omit<CaveatContext, "answers">): Caveat[] {
  const ctx: CaveatContext = { answers, outcome: decision.outcome, alternative: decision.alternative };
  return caveatRules
    .filter((r) => r.applies(ctx))
    .map((r) => ({ id: r.id, title: r.title, text: r.text(ctx), anchor: r.anchor(ctx) }));
}
