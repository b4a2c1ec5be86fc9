import type { GuideAnchor } from "../../shared/guide-anchors";
import type { Answers } from "./answers";
import { caveatIds, caveatTitles, raisedCaveatIds, type CaveatContext, type CaveatId } from "./caveat-conditions";

export { caveatIds, type CaveatContext, type CaveatId } from "./caveat-conditions";

export interface Caveat {
  readonly id: CaveatId;
  readonly title: string;
  readonly text: string;
  readonly anchor: GuideAnchor;
}

export interface CaveatRule {
  readonly id: CaveatId;
  readonly text: (ctx: CaveatContext) => string;
  readonly anchor: (ctx: CaveatContext) => GuideAnchor;
}

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

/** Each caveat's wording and guide section; when it is raised is in caveat-conditions.ts. */
const rules: { readonly [C in CaveatId]: Omit<CaveatRule, "id"> } = {
  "upgrade-engine": {
    text: ({ answers, outcome }) =>
      `Your sync engine, ${answers.engine === "fim-2010-r2" ? "FIM 2010 R2" : "MIM 2016 before Service Pack 2"}, is older than MIM 2016 Service Pack 2 (build 4.6.34.0), the build Microsoft supports until 9 January 2029. ` +
      (outcome === "graph-connector"
        ? "Upgrade first: the Graph connector requires SP2."
        : "Plan the upgrade alongside this migration."),
    anchor: () => "lifecycle#upgrade-to-sp2",
  },
  "add-ad-provisioning": {
    text: (ctx) =>
      `The users and groups are not in AD yet: add AD provisioning for them to the FIM/MIM AD management agent, so that ${engineName(ctx)} can bring them from AD into Entra ID.`,
    anchor: ({ outcome }) => (outcome === "connect-sync" ? "connect-sync#data-flow" : "cloud-sync#data-flow"),
  },
  "retire-sync-engine": {
    text: (ctx) =>
      ctx.outcome === "cloud-sync"
        ? "FIM/MIM only copies these objects from AD to Entra ID, which cloud sync does on its own: once the migration is done, the sync engine may no longer be needed."
        : "FIM/MIM only copies these objects from AD to Entra ID, which Connect Sync does on its own: once the migration is done, the sync engine may no longer be needed. Microsoft says this of cloud sync; for Connect Sync it is our inference from the same reasoning.",
    anchor: ({ outcome }) =>
      outcome === "connect-sync" ? "connect-sync#after-migration" : "cloud-sync#after-migration",
  },
  "extend-existing-connect": {
    text: () =>
      "A tenant may have only one active Connect Sync server (staging servers excepted): bring these users and groups into the server you already run rather than installing a second one.",
    anchor: () => "connect-sync#one-active-server-per-tenant",
  },
  "exclusive-scopes": {
    text: () =>
      "Cloud sync can run beside your Connect Sync server only if every object is in the scope of exactly one of them. Moving a user from a cloud-sync-scoped OU to a Connect-scoped OU deletes and recreates it.",
    anchor: () => "cloud-sync#coexistence-with-connect-sync",
  },
  "full-sql-server": {
    text: () =>
      "Connect Sync's default SQL Server Express LocalDB is limited to 10 GB, about 100,000 objects in the whole database: every forest or LDAP source in scope plus what the server already syncs. Install it with a full SQL Server; that instance cannot be shared with the MIM Sync database.",
    anchor: () => "connect-sync#sql-database-size",
  },
  "count-objects": {
    text: () =>
      "You are not sure how many objects one Connect Sync server would hold. Count them across every forest or LDAP source in scope, plus what an existing Connect Sync server already syncs: from about 100,000 objects, the default SQL Server Express LocalDB (10 GB) is too small and you need a full SQL Server.",
    anchor: () => "connect-sync#sql-database-size",
  },
  "ldap-limited-support": {
    text: () =>
      "Connect Sync reads a non-AD directory with the Generic LDAP connector against an LDAP v3 server. Microsoft calls this an advanced configuration under limited support, and delta import works only with the directories it lists.",
    anchor: () => "connect-sync#ldap-source",
  },
  "confirm-licenses": {
    text: ({ outcome }) =>
      "The Graph connector is for Microsoft Entra ID P1 or P2 customers: confirm the users in scope are licensed before relying on it" +
      (outcome === "graph-connector"
        ? ", because without P1 or P2 no option fits as answered."
        : ", because without P1 or P2 it is no alternative."),
    anchor: () => "graph-connector#licensing",
  },
  "confirm-mail-objects": {
    text: () =>
      "Microsoft Graph treats organisational contacts, distribution groups and mail-enabled security groups as read-only, so the Graph connector cannot create or update them. Check the old connector's export flows for these object types: if any are in scope, the Graph connector cannot serve them.",
    anchor: () => "graph-connector#mail-objects",
  },
  "strategic-direction": {
    text: () =>
      "Microsoft names cloud sync as its strategic direction for syncing from on-premises directories, so choosing Connect Sync today may mean a second migration later.",
    anchor: () => "connect-sync#strategic-direction",
  },
  partner: {
    text: (ctx) => partnerReasons(ctx).join(" "),
    anchor: () => "overview#work-with-a-partner",
  },
  "pilot-disjoint-scopes": {
    text: () =>
      "Move a small set of users first, and scope the old connector and the new engine to disjoint sets so that they never export the same objects.",
    anchor: () => "overview#pilot-with-disjoint-scopes",
  },
  "match-existing-objects": {
    text: (ctx) =>
      `The users and groups the old connector created are already in Entra ID with an ImmutableId, so ${engineName(ctx)} takes each one over only by a hard match: its source anchor must equal that ImmutableId. ` +
      "A soft match on the user principal name or primary SMTP address is refused for an object that has an ImmutableId (InvalidSoftMatch), which leaves a duplicate or a quarantined address; groups that are not mail-enabled cannot be soft matched at all. " +
      (ctx.outcome === "cloud-sync"
        ? "Cloud sync's anchor is ms-DS-ConsistencyGuid if set, else objectGUID, and cannot be changed. "
        : ctx.answers.directory === "ldap"
          ? "From an LDAP directory, Connect Sync's anchor is whatever its inbound sync rules make it: choose an attribute whose value gives each object's current ImmutableId (our inference: Microsoft documents the anchor for AD only). "
          : "Connect Sync's anchor is ms-DS-ConsistencyGuid for users and objectGUID for other object types. ") +
      (ctx.answers.directory === "ldap"
        ? "Compare every ImmutableId with the anchor the new engine will compute before the first sync."
        : "Compare every ImmutableId with the anchor the new engine will compute, and where they differ write ms-DS-ConsistencyGuid through MIM's AD management agent before the first sync."),
    anchor: () => "migrate-safely#match-existing-objects",
  },
  "graph-existing-objects": {
    text: () =>
      "The objects the old connector created count as synced from on-premises, and Microsoft Graph refuses changes to their synced attributes. Before the Graph connector manages them, convert their source of authority to the cloud (a preview: test it on a few objects first) or recreate them, which gives them new object ids. This is our inference from Microsoft's rule for objects that Connect Sync created.",
    anchor: () => "graph-connector#existing-objects",
  },
  "graph-no-overlap": {
    text: () =>
      "The users and groups the Graph connector manages must never be in the scope of Connect Sync or cloud sync, and it cannot change objects those engines created.",
    anchor: () => "graph-connector#no-overlap-with-connect",
  },
  "mim-support-ends": {
    text: () =>
      "This route keeps MIM 2016 running, and Microsoft supports it only until 9 January 2029, about 25 months from December 2026. Plan what replaces it, for example API-driven inbound provisioning for users who come from an HR system.",
    anchor: () => "lifecycle#plan-beyond-mim",
  },
  "connect-version": {
    text: () =>
      "Connect Sync servers older than build 2.5.79.0 stopped syncing on 30 September 2026, and each build retires 12 months after its successor ships, so 2.5.79.0 is no target either: check the build of the server you run and upgrade it to the latest one.",
    anchor: () => "connect-sync#version-deadline",
  },
  "remove-old-connector": {
    text: () =>
      "The FIM Connector for Microsoft Entra ID has been unable to connect since April 2024: remove it from the sync engine once the new path works. Check the metaverse deletion rules first: deleting a management agent can delete metaverse objects, which can deprovision their AD accounts, and the new sync engine then deletes those users from Entra ID.",
    anchor: () => "remove-old-connector#deletion-rules",
  },
};

export const caveatRules: readonly CaveatRule[] = caveatIds.map((id) => ({ id, ...rules[id] }));

/** The caveats raised for these answers and decision, in the spec's order. */
export function caveatsFor(answers: Answers, decision: Omit<CaveatContext, "answers">): Caveat[] {
  const ctx: CaveatContext = { answers, outcome: decision.outcome, alternative: decision.alternative };
  return raisedCaveatIds(answers, decision).map((id) => ({
    id,
    title: caveatTitles[id],
    text: rules[id].text(ctx),
    anchor: rules[id].anchor(ctx),
  }));
}
