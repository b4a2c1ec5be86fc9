import type { GuideAnchor } from "../../../shared/guide-anchors";
import type { Answers } from "./answers";
import type { OutcomeId } from "./outcomes";

/** Caveat ids in the order the result lists them (the spec's table order). */
export const caveatIds = [
  "upgrade-engine",
  "add-ad-provisioning",
  "retire-sync-engine",
  "extend-existing-connect",
  "exclusive-scopes",
  "full-sql-server",
  "ldap-limited-support",
  "confirm-licenses",
  "strategic-direction",
  "partner",
  "pilot-disjoint-scopes",
  "remove-old-connector",
] as const;
export type CaveatId = (typeof caveatIds)[number];

export interface Caveat {
  readonly id: CaveatId;
  readonly title: string;
  readonly text: string;
  readonly anchor: GuideAnchor;
}

type Context = { readonly answers: Answers; readonly outcome: OutcomeId };

export interface CaveatRule {
  readonly id: CaveatId;
  readonly title: string;
  readonly applies: (ctx: Context) => boolean;
  readonly text: (ctx: Context) => string;
  readonly anchor: (ctx: Context) => GuideAnchor;
}

const partnerReasons = ({ answers, outcome }: Context): string[] => [
  ...(answers.environment === "production"
    ? ["Microsoft recommends working with a partner when you change synchronization technology in production."]
    : []),
  ...(answers.directory === "ldap"
    ? [
        "Connect Sync supports a non-AD LDAP source only in a limited way, and for it Microsoft recommends a partner such as Microsoft Consulting Services in production.",
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
    applies: ({ answers, outcome }) =>
      (outcome === "cloud-sync" || outcome === "connect-sync") && answers["in-ad"] === "can-add",
    text: ({ outcome }) =>
      `The users and groups are not in AD yet: add AD provisioning for them to the FIM/MIM AD management agent, so that ${outcome === "connect-sync" ? "Connect Sync" : "cloud sync"} can bring them from AD into Entra ID.`,
    anchor: ({ outcome }) => (outcome === "connect-sync" ? "connect-sync#data-flow" : "cloud-sync#data-flow"),
  },
  "retire-sync-engine": {
    title: "You may no longer need the FIM/MIM sync engine",
    applies: ({ answers, outcome }) => outcome === "cloud-sync" && answers["only-sync"] === "yes",
    text: () =>
      "FIM/MIM only copies these objects from AD to Entra ID, which cloud sync does on its own: once the migration is done, the sync engine may no longer be needed.",
    anchor: () => "cloud-sync#after-migration",
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
    applies: ({ answers, outcome }) =>
      outcome === "connect-sync" &&
      (answers["largest-domain"] === "100k-150k" || answers["largest-domain"] === "over-150k"),
    text: () =>
      "Connect Sync's default SQL Server Express LocalDB is limited to 10 GB, about 100,000 objects, so install it with a full SQL Server; that instance cannot be shared with the MIM Sync database.",
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
    applies: ({ answers, outcome }) => outcome === "graph-connector" && answers.licenses === "unsure",
    text: () =>
      "The Graph connector is for Microsoft Entra ID P1 or P2 customers: confirm the users in scope are licensed before relying on it, because without P1 or P2 no option fits as answered.",
    anchor: () => "graph-connector#licensing",
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
    applies: ({ answers, outcome }) =>
      answers.environment === "production" || answers.directory === "ldap" || outcome === "no-clean-fit",
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
  "remove-old-connector": {
    title: "Remove the old connector when you are done",
    applies: () => true,
    text: () =>
      "The FIM Connector for Microsoft Entra ID has been unable to connect since April 2024: remove it from the sync engine once the new path works. Check the metaverse deletion rules first, because deleting a management agent can delete metaverse objects and deprovision them from other connected systems.",
    anchor: () => "remove-old-connector#deletion-rules",
  },
};

export const caveatRules: readonly CaveatRule[] = caveatIds.map((id) => ({ id, ...rules[id] }));

/** The caveats raised for these answers and outcome, in the spec's order. */
export function caveatsFor(answers: Answers, outcome: OutcomeId): Caveat[] {
  const ctx = { answers, outcome };
  return caveatRules
    .filter((r) => r.applies(ctx))
    .map((r) => ({ id: r.id, title: r.title, text: r.text(ctx), anchor: r.anchor(ctx) }));
}
