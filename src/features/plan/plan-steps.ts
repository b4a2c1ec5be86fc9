/**
 * The migration plan as data: its phases and every step any plan can hold, each with the
 * condition under which it applies. Facts come from shared/reference/facts.md through the
 * guide; each step's `why` states one and `anchor` is the guide section that holds it.
 * Step ids are a public contract (saved progress, exported tickets): reword freely, never rename.
 */
import type { GuideAnchor } from "../../shared/guide-anchors";
import { outcomes, type Blocker, type OptionId } from "../advisor/model";
import type { PhaseRule, PlanContext, StepRule } from "./build-plan";

type ByOption<T> = { readonly [O in OptionId]: T } & { readonly none: T };

/** Picks the variant for the recommended option (`none` when no option fits). */
function byOption<T>(ctx: PlanContext, variants: ByOption<T>): T {
  return variants[ctx.option ?? "none"];
}

const isLdap = (ctx: PlanContext) => ctx.answers.directory === "ldap";
const engineName = (ctx: PlanContext) =>
  ctx.answers.engine === "fim-2010-r2" ? "FIM 2010 R2" : "MIM 2016 before Service Pack 2";

/** "Cloud sync: a; b. Connect Sync: c." for every option with blockers. */
function perOption(ctx: PlanContext, part: (blocker: Blocker) => string): string {
  return (["cloud-sync", "connect-sync", "graph-connector"] as const)
    .map((option) => {
      const blockers: readonly Blocker[] = ctx.result.blockers[option];
      return blockers.length === 0 ? "" : `${outcomes[option].shortName}: ${blockers.map(part).join("; ")}.`;
    })
    .filter(Boolean)
    .join(" ");
}

const matchingFact =
  "An engine takes an existing Entra object over only if its source anchor gives the object's ImmutableId; failing that, soft match compares only the user principal name and the primary SMTP address (our inference).";

export const phaseRules: readonly PhaseRule[] = [
  {
    id: "resolve",
    title: "Resolve the collision",
    summary:
      "As answered, no replacement fits. Settle which requirement can change before you build anything; the preparation below applies whichever option you then choose.",
  },
  {
    id: "prepare",
    title: "Prepare",
    summary: "Inventory, backups, licences and prerequisites, before anything changes.",
  },
  {
    id: "pilot",
    title: "Pilot",
    summary: "A small set of objects moves first, in a scope that no other engine exports.",
  },
  {
    id: "cut-over",
    title: "Cut over",
    summary: "Widen the scope in batches until the new engine serves every object, then stop the old connector.",
  },
  {
    id: "remove-old-connector",
    title: "Remove the old connector",
    summary: "Deletion rules first: deleting a management agent is a metaverse event.",
  },
  {
    id: "sync-engine",
    title: (ctx) =>
      ctx.caveats.has("retire-sync-engine") ? "Retire the FIM/MIM sync engine" : "Keep the FIM/MIM sync engine",
    summary: (ctx) =>
      ctx.caveats.has("retire-sync-engine")
        ? "Cloud sync now does the engine's only job."
        : "What FIM/MIM still does for you, and how to keep it supported.",
  },
  {
    id: "validate",
    title: "Validate and sign off",
    summary: "Check the result against the inventory and close the change.",
  },
];

const resolve: StepRule[] = [
  {
    id: "resolve-collision",
    phase: "resolve",
    when: { outcomes: ["no-clean-fit"] },
    title: "Confirm the requirements that rule each option out",
    what: (ctx) =>
      `Check each of these against your directory and your plans, not against an estimate. ${perOption(ctx, (b) => b.title)}`,
    why: "There is no way to keep the old connector: it has been unable to connect to Entra ID since April 2024, so one of the three replacements has to be made to fit.",
    anchor: "overview#no-way-to-keep-it",
  },
  {
    id: "resolve-engage-partner",
    phase: "resolve",
    when: { outcomes: ["no-clean-fit"] },
    title: "Engage a partner before you choose",
    what: "Bring your inventory and this plan to a partner and decide together which requirement can change.",
    why: "Microsoft recommends working with a partner when you change synchronization technology in production; with no clean fit, someone has to weigh the blockers against each other.",
    anchor: "overview#work-with-a-partner",
  },
  {
    id: "resolve-choose-option",
    phase: "resolve",
    when: { outcomes: ["no-clean-fit"] },
    title: "Decide what changes, then make a new plan",
    what: (ctx) =>
      `What would unblock each option: ${perOption(ctx, (b) => b.unblock.replace(/\.$/, ""))} Once an answer changes, run the advisor again: the plan for the option that then fits replaces this one.`,
    why: "Microsoft's order of preference is cloud sync, then Connect Sync, then MIM with the Graph connector, which is only for users and groups not provisioned into an on-premises directory and needs Entra ID P1 or P2.",
    anchor: "overview#how-to-choose",
  },
];

const prepare: StepRule[] = [
  {
    id: "prepare-inventory",
    phase: "prepare",
    when: {},
    title: "Inventory what the old connector managed",
    what: "Export the ImmutableId, user principal name, primary SMTP address and object id of every user, group and contact the old management agent exported to Entra ID. Count the objects in scope per domain and the members of your largest groups: these figures are the baseline for every later check.",
    why: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "Cloud sync supports up to 150,000 objects per AD domain and groups of up to 50,000 members, and never matches one person across forests: the inventory confirms your answers hold.",
        "connect-sync":
          "Connect Sync's default SQL Server Express LocalDB holds 10 GB, about 100,000 objects, and the server's RAM and disk are sized by object count: the inventory sizes the server.",
        "graph-connector":
          "The Graph connector is only for users and groups that are not provisioned into an on-premises directory: the inventory shows that none of yours is.",
        none: "Whichever option you choose must take over the objects already in Entra ID rather than duplicate them, and the counts decide which limits you meet, such as cloud sync's 150,000 objects per domain.",
      }),
    anchor: (ctx) =>
      byOption<GuideAnchor>(ctx, {
        "cloud-sync": "cloud-sync#migration-steps",
        "connect-sync": "connect-sync#prerequisites",
        "graph-connector": "graph-connector#migration-steps",
        none: "overview#source-anchor-matching",
      }),
  },
  {
    id: "prepare-back-up-sync-database",
    phase: "prepare",
    when: {},
    title: "Back up the FIM/MIM sync database",
    what: "Take a full SQL Server backup of the Synchronization Service database, check that it restores, and keep it until the migration is signed off.",
    why: "Deleting the old management agent later triggers the metaverse object deletion rules, which can deprovision objects in other connected systems; a restore is the way back (community checklist).",
    anchor: "remove-old-connector#checklist",
  },
  {
    id: "prepare-export-old-connector",
    phase: "prepare",
    when: {},
    title: "Export the old connector's configuration",
    what: "In Synchronization Service Manager, export the old management agent's configuration to a file and attach it to the change record. Treat the file as sensitive.",
    why: "“Delete Connector and connector space” removes the agent's configuration along with its objects; the export keeps its attribute flows and run profiles on record, and lets you rebuild the agent to investigate.",
    anchor: "remove-old-connector#connector-space",
  },
  {
    id: "prepare-upgrade-engine",
    phase: "prepare",
    when: { caveats: ["upgrade-engine"] },
    title: "Upgrade the sync engine to MIM 2016 SP2",
    what: (ctx) =>
      `Move the sync engine from ${engineName(ctx)} to MIM 2016 Service Pack 2 (build 4.6.34.0)${ctx.option === "graph-connector" ? " before you install the Graph connector" : ""}. If the Synchronization Service runs on Windows Server 2008 R2, 2012 or 2012 R2, plan a newer Windows Server as well: the service on those is deprecated.` +
      (ctx.caveats.has("retire-sync-engine")
        ? " If you will retire the engine after the migration, weigh the upgrade against running the current build until then."
        : ""),
    why: (ctx) =>
      ctx.option === "graph-connector"
        ? "The Graph connector requires MIM 2016 SP2; FIM 2010 R2 and earlier MIM 2016 builds cannot run it."
        : "MIM 2016 SP2 is the build to aim for: MIM 2016 is in extended support until 9 January 2029.",
    anchor: "lifecycle#upgrade-to-sp2",
  },
  {
    id: "prepare-licences",
    phase: "prepare",
    when: {},
    title: (ctx) =>
      ctx.option === "graph-connector"
        ? "Confirm Entra ID P1 or P2 for the users in scope"
        : "Confirm licences and the tenant's object quota",
    what: (ctx) =>
      byOption(ctx, {
        "graph-connector": `Check that every user the Graph connector will manage has Microsoft Entra ID P1 or P2${ctx.answers.licenses === "unsure" ? ". You answered “Not sure”: settle it before you rely on this option, because without P1 or P2 no option fits as answered" : ""}. MIM 2016 itself is included with P1 or P2.`,
        "cloud-sync":
          "Confirm with your licensing contact: no Microsoft page we cite states a licence requirement for cloud sync itself, and Connect Health needs Entra ID P1. Check the tenant's object quota against your inventory.",
        "connect-sync":
          "Connect Sync itself is free; Connect Health needs Entra ID P1. Check the tenant's object quota against your inventory.",
        none: "Record which users in scope have Microsoft Entra ID P1 or P2, and check the tenant's object quota against your inventory: both decide what the options can do.",
      }),
    why: (ctx) =>
      ctx.option === "graph-connector"
        ? "The Graph connector is offered to Entra ID P1 or P2 customers; without P1 or P2, MIM needs a client access licence for each user it manages beyond synchronization."
        : "A tenant holds 50,000 objects by default and 300,000 once a domain is verified; more than 500,000 objects needs a paid licence.",
    anchor: (ctx) => (ctx.option === "graph-connector" ? "graph-connector#licensing" : "prerequisites#licences"),
  },
  {
    id: "prepare-partner",
    phase: "prepare",
    when: { outcomes: ["cloud-sync", "connect-sync", "graph-connector"], caveats: ["partner"] },
    title: "Book a partner for the change",
    what: "Agree the scope and the change windows with a partner before the pilot, and share this plan and your inventory with them.",
    why: (ctx) => ctx.result.caveats.find((c) => c.id === "partner")?.text ?? "",
    anchor: "overview#work-with-a-partner",
  },
  {
    id: "prepare-check-ad-coverage",
    phase: "prepare",
    when: { outcomes: ["cloud-sync", "connect-sync"], answers: { "in-ad": ["already"] } },
    title: "Check that AD holds every object the old connector exported",
    what: "Compare the inventory with Active Directory: every user and group must exist in the forests in scope, with UPN and mail equal to the values in the tenant.",
    why: (ctx) =>
      `${ctx.option === "connect-sync" ? "Connect Sync" : "Cloud sync"} brings into Entra ID only what is in AD: FIM/MIM's AD management agent provisions the objects there, and the new tool reads them from AD.`,
    anchor: (ctx) => (ctx.option === "connect-sync" ? "connect-sync#data-flow" : "cloud-sync#data-flow"),
  },
  {
    id: "prepare-add-ad-provisioning",
    phase: "prepare",
    when: { caveats: ["add-ad-provisioning"] },
    title: "Add AD provisioning for these users and groups in MIM",
    what: "Extend the AD management agent's provisioning so that every user and group the old connector exported to Entra ID is created in AD, with the pilot objects in their own OU and UPN and mail equal to the values in the tenant.",
    why: (ctx) =>
      `These users and groups are not in AD yet, and ${ctx.option === "connect-sync" ? "Connect Sync" : "cloud sync"} brings into Entra ID only what AD holds.`,
    anchor: (ctx) => (ctx.option === "connect-sync" ? "connect-sync#data-flow" : "cloud-sync#data-flow"),
  },
  {
    id: "prepare-ldap-provisioning",
    phase: "prepare",
    when: { outcomes: ["connect-sync"], answers: { directory: ["ldap"] } },
    title: "Make sure the LDAP directory holds every object the old connector exported",
    what: "Compare the inventory with the LDAP directory. Where objects are missing, have MIM provision them there with its Generic LDAP connector, with the pilot objects in one container and UPN and mail equal to the values in the tenant.",
    why: "Connect Sync brings into Entra ID only what the on-premises directory holds: MIM provisions into the LDAP directory, and Connect Sync reads it from there.",
    anchor: "connect-sync#data-flow",
  },
  {
    id: "prepare-ldap-connector",
    phase: "prepare",
    when: { outcomes: ["connect-sync"], answers: { directory: ["ldap"] } },
    title: "Check the directory against the Generic LDAP connector",
    what: "Confirm the directory is an LDAP v3 server (RFC 4510), check whether it is one of the directories for which the Generic LDAP connector supports delta import, and rule out Oracle Internet Directory, which the connector does not support.",
    why: "Microsoft calls a non-AD LDAP source for Connect Sync an advanced configuration with limited support, and recommends a partner such as Microsoft Consulting Services for it.",
    anchor: "connect-sync#ldap-source",
  },
  {
    id: "prepare-cloud-sync-agents",
    phase: "prepare",
    when: { outcomes: ["cloud-sync"] },
    title: "Prepare the cloud sync agent servers",
    what: "Build three domain-joined servers with Windows Server 2016 or later and the full GUI, at least 4 GB RAM and .NET Framework 4.7.1 or later. Enable TLS 1.2 before installing, open outbound TCP 443 (and 80 for certificate revocation lists), and confirm the AD schema holds msDS-ExternalDirectoryObjectId. Have a Domain Admin or Enterprise Admin at hand so the installer can create the gMSA provAgentgMSA$, and a Hybrid Identity Administrator to register the agents.",
    why: "Microsoft recommends three active agents for high availability and classes the agent server as a Tier 0 server; the agent upgrades itself, and automatic upgrade cannot be turned off.",
    anchor: "cloud-sync#prerequisites",
  },
  {
    id: "prepare-exclusive-scopes",
    phase: "prepare",
    when: { caveats: ["exclusive-scopes"] },
    title: "Split the scopes between Connect Sync and cloud sync",
    what: "List which OUs or groups your existing Connect Sync server keeps and which cloud sync takes, so that no object is in both scopes, now or later.",
    why: "Cloud sync and Connect Sync may read the same domain only with mutually exclusive scopes, and moving a user from a cloud-sync-scoped OU to a Connect-scoped OU deletes the user and creates it again.",
    anchor: "cloud-sync#coexistence-with-connect-sync",
  },
  {
    id: "prepare-connect-sync-server",
    phase: "prepare",
    when: { outcomes: ["connect-sync"], notCaveats: ["extend-existing-connect"] },
    title: "Build the Connect Sync server",
    what: (ctx) =>
      `Install a domain-joined server with Windows Server 2016, 2019 or 2022 (2022 recommended; 2025 is not supported) and the full GUI, that can reach ${isLdap(ctx) ? "the LDAP directory" : "every forest in scope"}. Size it from the object count (6 GB RAM below 50,000 objects, 16 GB up to 100,000, 32 GB above) and install version 2.5.79.0 or later.`,
    why: "Every Connect Sync server had to run 2.5.79.0 or later by 30 September 2026 or stop syncing, and a tenant may have only one active Connect Sync server, staging servers excepted.",
    anchor: "connect-sync#prerequisites",
  },
  {
    id: "prepare-extend-existing-connect",
    phase: "prepare",
    when: { caveats: ["extend-existing-connect"] },
    title: "Check your existing Connect Sync server before extending it",
    what: "Confirm that the server runs version 2.5.79.0 or later on Windows Server 2016, 2019 or 2022, that it can reach every forest in scope, and that its database and hardware have room for the added objects. Add these users and groups to it rather than installing a second server.",
    why: "A tenant may have only one active Connect Sync server (staging servers excepted), and a server older than 2.5.79.0 stopped syncing after 30 September 2026.",
    anchor: "connect-sync#one-active-server-per-tenant",
  },
  {
    id: "prepare-full-sql-server",
    phase: "prepare",
    when: { caveats: ["full-sql-server"] },
    title: "Provide a full SQL Server instance for Connect Sync",
    what: "Install Connect Sync with a full SQL Server instance of its own, not the MIM Sync instance and not Azure SQL, on a server with 32 GB RAM and at least 300 GB of disk.",
    why: "Connect Sync's default SQL Server 2019 Express LocalDB is limited to 10 GB, about 100,000 objects; each sync engine needs its own SQL instance, and Azure SQL is not supported.",
    anchor: "connect-sync#sql-database-size",
  },
  {
    id: "prepare-graph-no-overlap",
    phase: "prepare",
    when: { outcomes: ["graph-connector"] },
    title: "Confirm that no other sync tool manages these objects",
    what: "Check that none of the users and groups in scope is provisioned into AD or an LDAP directory, or is in the scope of Connect Sync or cloud sync.",
    why: "The Graph connector must not overlap or conflict with Connect Sync, cannot change objects that Connect Sync created, and gives no password or device writeback for the objects MIM creates.",
    anchor: "graph-connector#no-overlap-with-connect",
  },
  {
    id: "prepare-graph-app-registration",
    phase: "prepare",
    when: { outcomes: ["graph-connector"] },
    title: "Register the app the Graph connector signs in as",
    what: "Create one app registration per Graph connector management agent, with a client secret of the maximum duration (record its expiry date), the Microsoft Graph application permission Application.Read.All plus User.ReadWrite.All and Group.ReadWrite.All (or Directory.ReadWrite.All) for the objects MIM exports, and admin consent.",
    why: "The connector authenticates with a client secret (certificate authentication is not documented), Application.Read.All is mandatory, and one app registration serves one management agent.",
    anchor: "graph-connector#prerequisites",
  },
  {
    id: "prepare-graph-install",
    phase: "prepare",
    when: { outcomes: ["graph-connector"] },
    title: "Install the Graph connector on the MIM Sync server",
    what: "Install .NET Framework 4.6.2 or later and the connector (the latest build Microsoft lists is 1.1.2057.0), then restart the Synchronization Service in a maintenance window.",
    why: "The connector requires MIM 2016 SP2 and .NET Framework 4.6.2 or later, and the Synchronization Service must be restarted after it is installed.",
    anchor: "prerequisites#graph-connector",
  },
  {
    id: "prepare-source-anchor",
    phase: "prepare",
    when: {},
    title: "Decide how existing Entra objects will be matched",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "Read the ImmutableId of the objects the old connector created. Cloud sync uses ms-DS-ConsistencyGuid as the source anchor when it is set, otherwise objectGUID: to keep each existing Entra object, have MIM write ms-DS-ConsistencyGuid with the value behind its ImmutableId, or rely on soft match.",
        "connect-sync":
          "Read the ImmutableId of the objects the old connector created and find which attribute your Connect Sync uses as source anchor; make sure the pilot objects carry values that give their current ImmutableId, or rely on soft match. Check whether soft matching or hard-match takeover is blocked in the tenant.",
        "graph-connector":
          "Plan MIM join rules, for example on UPN or mail, so that each Entra object the Graph connector imports joins the metaverse object the old connector managed.",
        none: "Read the ImmutableId, UPN and primary SMTP address of the objects the old connector created: whichever option you choose must match them rather than create copies.",
      }),
    why: (ctx) =>
      byOption(ctx, {
        "cloud-sync": `${matchingFact} Cloud sync's source anchor cannot be changed, and cloud sync never writes ms-DS-ConsistencyGuid back.`,
        "connect-sync": `${matchingFact} Community sources say the old connector often filled it from objectGUID, but that was set per deployment.`,
        "graph-connector":
          "The Graph connector's anchor and DN are the Entra object id, not ImmutableId: existing objects are taken over by joining them in MIM.",
        none: matchingFact,
      }),
    anchor: "overview#source-anchor-matching",
  },
];

const pilot: StepRule[] = [
  {
    id: "pilot-disjoint-scopes",
    phase: "pilot",
    when: {},
    title: "Scope a pilot that no other engine exports",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync": `Create a cloud sync configuration scoped to one pilot OU, or a pilot group (first level only), and take the same objects out of the old management agent's export${ctx.answers["existing-connect"] === "yes" ? " and out of Connect Sync's scope" : ""}.`,
        "connect-sync": `Add the ${isLdap(ctx) ? "LDAP directory" : "directory"} to Connect Sync filtered to the pilot ${isLdap(ctx) ? "container" : "OU"} only, and take the same objects out of the old management agent's export.`,
        "graph-connector":
          "Give MIM's outbound flows to the Graph connector for a small pilot set only, and take that set out of the old management agent's export.",
        none: "Scope the chosen option to one pilot OU or group, and take the same objects out of the old management agent's export.",
      }),
    why: "Two engines must never export the same object. The old connector cannot reach Entra ID since April 2024, but its provisioning rules and pending exports still exist in the sync engine.",
    anchor: "overview#pilot-with-disjoint-scopes",
  },
  {
    id: "pilot-provision-on-demand",
    phase: "pilot",
    when: { outcomes: ["cloud-sync"] },
    title: "Provision two or three pilot users on demand",
    what: "Before enabling the configuration, use on-demand provisioning for two or three pilot users and check that each joined its existing Entra object.",
    why: "On-demand provisioning exists in cloud sync only; once a configuration is enabled, it syncs its whole scope every 2 minutes.",
    anchor: "cloud-sync#migration-steps",
  },
  {
    id: "pilot-staging-mode",
    phase: "pilot",
    when: { outcomes: ["connect-sync"] },
    title: "Read the pending exports before anything is written",
    what: (ctx) =>
      `${ctx.caveats.has("extend-existing-connect") ? "On a staging server beside your active one" : "With the server in staging mode"}, import and synchronize the pilot scope and read the pending exports to Entra ID: objects that already exist there must show as updates, not as new adds.`,
    why: "A staging server is a supported Connect Sync topology and writes nothing; a pending add for an object that already exists in Entra ID means the match failed (our inference).",
    anchor: "connect-sync#migration-steps",
  },
  {
    id: "pilot-ldap-import",
    phase: "pilot",
    when: { outcomes: ["connect-sync"], answers: { directory: ["ldap"] } },
    title: "Import the pilot container with the Generic LDAP connector",
    what: "Create the Generic LDAP connector on the Connect Sync server for the pilot container, run a full import and then a delta import, and compare the counts with the directory.",
    why: "The Generic LDAP connector supports full import and export on any RFC 4510 server, but delta import only on the directories Microsoft lists: without it, every run is a full import.",
    anchor: "connect-sync#ldap-source",
  },
  {
    id: "pilot-graph-import-join",
    phase: "pilot",
    when: { outcomes: ["graph-connector"] },
    title: "Create the Graph agent, run a full import and join",
    what: "Create the management agent with the object types and attributes you need, run a full import, and let the join rules join the imported Entra objects to the metaverse objects the old connector managed; project nothing. Leave out query filters if you want delta imports.",
    why: "Query filters work only on full import and break delta import, and each import page or export requests an access token valid for 1 hour.",
    anchor: "graph-connector#limits",
  },
  {
    id: "pilot-verify-matching",
    phase: "pilot",
    when: {},
    title: "Verify that each pilot object was taken over, not duplicated",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "Enable the pilot configuration, then check each pilot object: same object id and ImmutableId as before, no second account with its UPN, and sign-in, mail and (if you use it) password hash sync working.",
        "connect-sync":
          "Export the pilot, then check each pilot object: same object id and ImmutableId as before, no second account with its UPN, and sign-in and mail working.",
        "graph-connector":
          "Export for the pilot set and run a delta import, then check each pilot object: the changes arrived, its object id is unchanged, and no duplicate was created.",
        none: "Run the pilot, then check each pilot object: same object id and ImmutableId as before, no second account with its UPN, and sign-in and mail working.",
      }),
    why: (ctx) =>
      ctx.option === "graph-connector"
        ? "The Graph connector writes to the object it joined by Entra object id; an object projected instead of joined would be created a second time (our inference)."
        : `${matchingFact} If neither matches, the engine does not take the existing object over.`,
    anchor: "overview#source-anchor-matching",
  },
];

const cutOver: StepRule[] = [
  {
    id: "cutover-widen-scope",
    phase: "cut-over",
    when: {},
    title: "Widen the scope in batches",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "Add OUs to the cloud sync configuration one at a time, taking each OU out of the old agent's export first, and compare per-OU counts in AD and Entra ID.",
        "connect-sync": `Widen the Connect Sync filter ${isLdap(ctx) ? "container by container" : "OU by OU"}, taking each out of the old agent's export first, and compare the counts after each batch.`,
        "graph-connector":
          "Extend the Graph agent's outbound scope in batches, taking each batch out of the old agent's export first, and compare the counts after each batch.",
        none: "Widen the new engine's scope in batches, taking each batch out of the old agent's export first, and compare the counts after each batch.",
      }),
    why: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "A cloud sync scoping configuration is limited to 4 MB, about 50 separate OUs or groups, and group scoping is meant for pilots: widen by OU.",
        "connect-sync": isLdap(ctx)
          ? "The old agent and Connect Sync must never export the same object, so each batch leaves the old agent's export before it enters Connect Sync's filter."
          : "Connect Sync supports one connector per AD domain, not several, so widen the filter on that connector rather than adding another one.",
        "graph-connector":
          "The Graph connector must never touch objects that Connect Sync or cloud sync manage, and no object may be exported by both the old agent and the Graph agent.",
        none: "Two engines must never export the same object, so each batch leaves the old agent's export before the new engine takes it.",
      }),
    anchor: (ctx) =>
      byOption<GuideAnchor>(ctx, {
        "cloud-sync": "cloud-sync#migration-steps",
        "connect-sync": "connect-sync#migration-steps",
        "graph-connector": "graph-connector#migration-steps",
        none: "overview#pilot-with-disjoint-scopes",
      }),
  },
  {
    id: "cutover-disable-old-exports",
    phase: "cut-over",
    when: {},
    title: "Disable every export from the old connector",
    what: "Turn off the old management agent's exports for good and confirm it holds no pending exports.",
    why: "From here the new engine alone writes these objects. The old agent cannot connect (since April 2024), but its provisioning rules and pending exports remain until it is removed.",
    anchor: "overview#pilot-with-disjoint-scopes",
  },
  {
    id: "cutover-confirm-complete",
    phase: "cut-over",
    when: {},
    title: "Confirm every object now comes from the new engine",
    what: "Compare the inventory with Entra ID: every object the old connector managed is in the new engine's scope and matched, with no duplicates. Record the result: it is the gate for removing the old connector.",
    why: "Microsoft's one instruction for the old connector is to remove it after you have moved to the new option, not before.",
    anchor: "remove-old-connector#before-you-start",
  },
];

const removal: StepRule[] = [
  {
    id: "remove-deletion-rules",
    phase: "remove-old-connector",
    when: {},
    title: "Check the metaverse deletion rules and attribute recall",
    what: "For every object type the old agent projected or joined: if its deletion rule names the old agent, take the agent out of the rule; if it deletes on the last connector, count the objects whose only connector is the old agent and confirm none must survive. Find the metaverse attributes the old agent contributed and the systems that read them.",
    why: "Deleting a management agent triggers the metaverse deletion rules, and a metaverse deletion can deprovision the object in every other connected system, Active Directory included.",
    anchor: "remove-old-connector#deletion-rules",
  },
  {
    id: "remove-schedules-and-portal",
    phase: "remove-old-connector",
    when: {},
    title: "Take the old agent out of schedules, scripts and the Portal",
    what: "Remove every call to its run profiles from Task Scheduler jobs and scripts, pause the other agents' schedules for the change, and, if you run the FIM/MIM Service and Portal, remove the sync rules, workflows and management policy rules that target it.",
    why: "A call to a deleted agent fails, and a script that stops at the first error skips every agent after it (our inference).",
    anchor: "remove-old-connector#run-profiles-and-schedules",
  },
  {
    id: "remove-fresh-backup",
    phase: "remove-old-connector",
    when: {},
    title: "Back up the sync database again, just before the deletion",
    what: "In the change window, after the deletion rules are changed, take a new full backup of the Synchronization Service database.",
    why: "If the pending exports look wrong after the deletion, you restore this backup instead of exporting (community checklist).",
    anchor: "remove-old-connector#checklist",
  },
  {
    id: "remove-delete-connector-space",
    phase: "remove-old-connector",
    when: {},
    title: "Delete the old agent's connector space",
    what: "In Synchronization Service Manager, choose “Delete connector space only”; delete the connector itself in a later change, once nothing unexpected has happened.",
    why: "“Delete connector space only” keeps the agent's configuration, while “Delete Connector and connector space” removes both; either way every object is re-evaluated, which can take a long time on a large connector space.",
    anchor: "remove-old-connector#connector-space",
  },
  {
    id: "remove-inspect-pending-exports",
    phase: "remove-old-connector",
    when: {},
    title: "Re-import, synchronize and inspect pending exports before any export",
    what: "Run import and synchronization on the remaining management agents, then read the pending exports of every one of them before you run any export. Stop and restore the backup if you find deletions or attribute changes you did not expect.",
    why: "A metaverse deletion or a recalled attribute reaches another system only at that agent's next export: the pending exports show it before it happens.",
    anchor: "remove-old-connector#checklist",
  },
  {
    id: "remove-restore-settings",
    phase: "remove-old-connector",
    when: {},
    title: "Restore the settings you changed for the removal",
    what: "Put back the deletion rules, schedules and anything else you changed for the removal, and resume the other agents' schedules.",
    why: "The changes were made only for the removal; left in place, they change how the sync engine handles every later deletion (our inference).",
    anchor: "remove-old-connector#checklist",
  },
  {
    id: "remove-global-admin-account",
    phase: "remove-old-connector",
    when: {},
    title: "Retire the Global Administrator account the old connector used",
    what: "Check the account's recent sign-ins, then remove its Global Administrator role, disable it, delete it after an agreed observation period, and remove its password from vaults and runbooks.",
    why: "The old connector signed in to Entra ID with a Global Administrator account. It has been unable to connect since April 2024, so any recent sign-in means something else uses the account.",
    anchor: "remove-old-connector#global-administrator-account",
  },
];

const syncEngine: StepRule[] = [
  {
    id: "engine-retire",
    phase: "sync-engine",
    when: { caveats: ["retire-sync-engine"] },
    title: "Retire the FIM/MIM sync engine",
    what: "Once the validation below passes, confirm that the engine runs no other management agents or schedules, keep a final database backup for your retention period, and decommission the server and its SQL Server database.",
    why: "FIM/MIM only copied these objects from AD to Entra ID, which cloud sync does on its own: it reads the forests directly.",
    anchor: "cloud-sync#after-migration",
  },
  {
    id: "engine-keep",
    phase: "sync-engine",
    when: { notCaveats: ["retire-sync-engine"] },
    title: "Keep the FIM/MIM sync engine supported",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "MIM keeps provisioning these users and groups into AD through the AD management agent: it is now the first hop of the flow. Keep it on MIM 2016 SP2 and plan what replaces it before its support ends.",
        "connect-sync": `MIM keeps provisioning into ${isLdap(ctx) ? "the LDAP directory" : "AD"} and Connect Sync carries the objects on, so you now run two sync engines, each with its own SQL Server instance. Keep MIM on MIM 2016 SP2 and plan what replaces it before its support ends.`,
        "graph-connector":
          "MIM now writes to Entra ID itself, through the Graph connector. Keep it on MIM 2016 SP2 and plan what replaces it before its support ends.",
        none: "What FIM/MIM does next depends on the option you choose: with cloud sync it may be retired if it does nothing else; with Connect Sync or the Graph connector it stays.",
      }),
    why: "MIM 2016 mainstream support ended on 12 January 2021; extended support runs to 9 January 2029.",
    anchor: "lifecycle#mim-2016-support",
  },
  {
    id: "engine-connect-sync-upgrades",
    phase: "sync-engine",
    when: { outcomes: ["connect-sync"] },
    title: "Schedule Connect Sync upgrades",
    what: "Add Connect Sync to the patch calendar with an owner, and upgrade before the build you run retires.",
    why: "Each Connect Sync 2.x build retires 12 months after its replacement ships, and servers older than 2.5.79.0 stopped syncing after 30 September 2026.",
    anchor: "connect-sync#version-deadline",
  },
  {
    id: "engine-revisit-cloud-sync",
    phase: "sync-engine",
    when: { caveats: ["strategic-direction"] },
    title: "Put a cloud sync review on the roadmap",
    what: "Record which requirement ruled cloud sync out and recheck it as cloud sync's limits change; when it no longer applies, plan the move to cloud sync.",
    why: "Microsoft names cloud sync as its strategic direction, so choosing Connect Sync today may mean a second migration later.",
    anchor: "connect-sync#strategic-direction",
  },
  {
    id: "engine-renew-client-secret",
    phase: "sync-engine",
    when: { outcomes: ["graph-connector"] },
    title: "Schedule the client secret's renewal",
    what: "Put the secret's expiry date in the operations calendar with an owner, and renew the secret and update the management agent before it expires.",
    why: "Client-secret authentication is the only method the Graph connector documents, so an expired secret stops every import and export (our inference).",
    anchor: "graph-connector#after-migration",
  },
];

const validate: StepRule[] = [
  {
    id: "validate-counts",
    phase: "validate",
    when: {},
    title: "Compare counts and group memberships with the inventory",
    what: "Compare object counts per OU or container, and the memberships of your largest groups, between the source, the sync engine and Entra ID, against the inventory from the first phase.",
    why: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "Cloud sync syncs groups of up to 50,000 members and up to 150,000 objects per domain: a shortfall against either limit shows here.",
        "connect-sync":
          "Connect Sync syncs groups of up to 250,000 members; a count that differs from the inventory means an object was filtered out or not matched.",
        "graph-connector":
          "The Graph connector's query filters work only on full import: compare the counts of a full import with the inventory.",
        none: "Whichever option you choose, a count that differs from the inventory means an object was filtered out or not matched.",
      }),
    anchor: (ctx) =>
      byOption<GuideAnchor>(ctx, {
        "cloud-sync": "cloud-sync#group-size",
        "connect-sync": "connect-sync#migration-steps",
        "graph-connector": "graph-connector#limits",
        none: "overview#source-anchor-matching",
      }),
  },
  {
    id: "validate-no-duplicates",
    phase: "validate",
    when: {},
    title: "Look for duplicates across the whole scope",
    what: "Search Entra ID for users and groups created since the pilot began that share a UPN or mail address with an existing object.",
    why: "A duplicate is the sign of a failed match: the source anchor did not give the existing object's ImmutableId and soft match, which compares only UPN and primary SMTP address, found nothing (our inference).",
    anchor: "overview#source-anchor-matching",
  },
  {
    id: "validate-other-systems",
    phase: "validate",
    when: {},
    title: "Check the other connected systems",
    what: "Confirm from the run history and each system's own logs that AD and every other system connected to FIM/MIM lost no objects or attribute values during the removal.",
    why: "Removing the old connector cannot send deletions to Entra ID, because it can no longer connect; the objects at risk are those in your other connected systems (our inference).",
    anchor: "remove-old-connector#before-you-start",
  },
  {
    id: "validate-sign-off",
    phase: "validate",
    when: {},
    title: "Sign off the change",
    what: "Record the counts, the removal and any remaining risks in the change record with this plan, keep the exported configuration and the backups until sign-off, then close the change.",
    why: "The exported configuration is kept until the change is signed off in case the agent has to be rebuilt to investigate.",
    anchor: "remove-old-connector#run-profiles-and-schedules",
  },
];

/** Every step any plan can hold, in plan order within each phase. */
export const stepRules: readonly StepRule[] = [
  ...resolve,
  ...prepare,
  ...pilot,
  ...cutOver,
  ...removal,
  ...syncEngine,
  ...validate,
];
