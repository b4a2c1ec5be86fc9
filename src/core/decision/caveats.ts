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

const engineLabels = {
  "fim-2010-r2": "FIM 2010 R2",
  "mim-2016-pre-sp2": "MIM 2016 before Service Pack 2",
  "mim-2016-sp2": "MIM 2016 Service Pack 2",
  "mim-2016-sp3": "MIM 2016 Service Pack 3",
} as const;

/** The way to SP3 from each engine, as Microsoft's upgrade pages document it. */
const pathToSp3 = {
  "fim-2010-r2":
    "FIM 2010 R2 is out of support. Microsoft documents the way from FIM to MIM 2016 SP2 (from FIM 2010 R2 SP1, build 4.1.3419.0; older FIM builds go to that first) and, separately, the in-place upgrade to SP3 from SP2's latest build: so FIM first to SP2 4.6.673.0, then to SP3 (our reading of the two pages).",
  "mim-2016-pre-sp2":
    "MIM 2016 before SP2 is out of support. SP3 upgrades in place only from SP2's latest build, 4.6.673.0: bring the engine to that build first.",
  "mim-2016-sp2":
    "The Synchronization Service upgrades to SP3 in place from SP2's latest build, 4.6.673.0 (an earlier SP2 build goes to 4.6.673.0 first).",
  "mim-2016-sp3": "",
} as const;

function upgradeEngineText({ answers, outcome }: CaveatContext): string {
  const engine = answers.engine ?? "mim-2016-sp2";
  return [
    `Your sync engine is ${engineLabels[engine]}, and Microsoft recommends the latest MIM 2016 Service Pack 3 to anyone on FIM, MIM 2016 SP2 or earlier (“Microsoft Identity Manager 2016 news and updates”).`,
    pathToSp3[engine],
    "MIM 2016 is supported until 9 January 2029. SP3 needs Windows Server 2019 or 2022 on every MIM server, and a MIM Portal, if you use one, needs a new deployment on SharePoint Server Subscription Edition: it cannot be upgraded in place.",
    "Sources differ on Windows Server 2025: the news page says SP3 installs on it, the SP2-to-SP3 upgrade page says it is not yet supported.",
    outcome === "graph-connector"
      ? engine === "mim-2016-sp2"
        ? "The Graph connector already runs on SP2, its minimum; plan SP3 alongside this migration."
        : "The Graph connector needs at least SP2: upgrade before you install it."
      : "Plan the upgrade alongside this migration.",
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");
}

/** Each caveat's wording and guide section; when it is raised is in caveat-conditions.ts. */
const rules: { readonly [C in CaveatId]: Omit<CaveatRule, "id"> } = {
  "upgrade-engine": {
    text: upgradeEngineText,
    anchor: () => "lifecycle#upgrade-to-sp3",
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
      "A tenant may have only one active Connect Sync server (staging servers excepted): bring these users and groups into the server you already run rather than installing a second one. " +
      "Its source anchor was chosen when it was installed, so read it first, in the Connect wizard's “View or export current configuration” task, before anything writes ms-DS-ConsistencyGuid. " +
      "A server installed with build 1.1.486.0 or older, upgraded from DirSync, or whose installation found ms-DS-ConsistencyGuid already in use anchors on objectGUID: there, writing ms-DS-ConsistencyGuid changes nothing, and each user of the old connector whose ImmutableId is not base64(objectGUID) cannot be hard matched by this server. " +
      "Sources differ on changing it: Microsoft's design-concepts page says the anchor is set only at installation (changing it means a reinstall), and the same page describes a “Configure Source Anchor” task (1.1.552.0 and later) that moves an objectGUID server to ms-DS-ConsistencyGuid while no object has that attribute set.",
    anchor: () => "connect-sync#read-existing-anchor",
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
      "A soft match on the user principal name or primary SMTP address is refused for an object that has an ImmutableId (InvalidSoftMatch), which leaves a duplicate or a quarantined address; groups that are not mail-enabled are never soft matched. " +
      "For a hard match of groups, sources differ: Microsoft's cloud sync pilot tutorial hard-matches groups through ms-DS-ConsistencyGuid, while its page on existing tenants describes hard match for users only, so test one security group before you rely on it. " +
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
  "federation-claim": {
    text: (ctx) =>
      `Federated sign-in depends on the ImmutableID claim that ${ctx.answers.federation === "adfs" ? "AD FS" : "your identity provider"} issues, which must carry the same value as each user's source anchor: if it does not, users cannot sign in once ${engineName(ctx)} exports a different anchor. ` +
      `Before the pilot, check the claim rule against the anchor ${engineName(ctx)} will export. ` +
      (ctx.answers.federation === "adfs"
        ? "Where the Connect Sync wizard manages AD FS it rewrites the claim rules to its own anchor attribute: never let it do so unreviewed. Where AD FS is managed outside it, update the rule by hand."
        : "Microsoft leaves another provider's rule to you: update it by hand."),
    anchor: () => "migrate-safely#federated-sign-in",
  },
  "confirm-federation": {
    text: () =>
      "You are not sure how these users sign in. Find out before the pilot: Get-MgDomain (Microsoft Graph PowerShell) shows each domain's AuthenticationType, Managed or Federated. A federated domain needs its ImmutableID claim checked against the new anchor, and users federated with AD FS cannot have their source of authority moved to the cloud.",
    anchor: () => "migrate-safely#federated-sign-in",
  },
  "graph-federated-users": {
    text: () =>
      "Moving a user's source of authority to the cloud (“Transfer user source of authority to the cloud”, a preview) is not supported for users federated with AD FS, nor for users with password dependencies. The Graph connector can then take over the old connector's federated users only by recreating them, which gives them new object ids and means reassigning their licences and group memberships, or after their domain is moved to managed authentication.",
    anchor: () => "graph-connector#federated-users",
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
