/** The general steps of the "prepare" phase, in plan order: inventory, backups, flows, licences, the source directory. */
import type { GuideAnchor } from "../../../../shared/guide-anchors";
import type { StepRule } from "../plan-types";
import { byOption, engineName, isLdap } from "./step-helpers";

/** The way to SP3 from each engine the upgrade step is for, as Microsoft's upgrade pages document it. */
const sp3Path = {
  "fim-2010-r2":
    "SP3's upgrade starts from SP2's latest build, so from FIM the way Microsoft documents goes through SP2: FIM 2010 R2 SP1 (build 4.1.3419.0; an older FIM build goes there first) moves to MIM 2016 SP2 by a full installation on the existing databases, with the Synchronization Service encryption keys exported first; then the SP2 hotfix to build 4.6.673.0, then SP3 in place.",
  "mim-2016-pre-sp2":
    "Apply the MIM 2016 SP2 hotfix up to build 4.6.673.0 (or install SP2 on the existing databases), then SP3 in place.",
  "mim-2016-sp2":
    "If the Synchronization Service is older than SP2's latest build, 4.6.673.0, bring it there first, then apply the SP3 update in place; an all-in-one server, with every MIM component on it, gets a new SP3 installation instead.",
  "mim-2016-sp3": "",
} as const;

export const prepareSteps: readonly StepRule[] = [
  {
    id: "prepare-inventory",
    phase: "prepare",
    when: {},
    title: "Inventory what the old connector managed",
    what: (ctx) =>
      `Export the ImmutableId, user principal name, primary SMTP address and object id of every user, group and contact the old management agent exported to Entra ID. Count the objects in scope per ${isLdap(ctx) ? "container" : "domain"}${ctx.option === "connect-sync" ? ", and in all, adding what an existing Connect Sync server already syncs," : ""} and the members of your largest groups: these figures are the baseline for every later check.`,
    why: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "Cloud sync supports up to 150,000 objects per AD domain and groups of up to 50,000 members, and never matches one person across forests: the inventory confirms your answers hold.",
        "connect-sync":
          "Connect Sync's default SQL Server Express LocalDB holds 10 GB, about 100,000 objects in the whole database, and the server's RAM and disk are sized by object count: the inventory sizes the server.",
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
    title: "Back up the FIM/MIM sync database, its configuration and its encryption key",
    what: "Take a full SQL Server backup of the Synchronization Service database (FIMSynchronizationService by default), export the server configuration (Synchronization Service Manager: File → Export Server Configuration) and the encryption key set (miiskmu.exe /e <file> /u:<domain>\\<sync service account> *, from the Synchronization Service's Bin folder). Prove that the backup restores on a test server with the key, and keep all three, secured, until the migration is signed off.",
    why: "Deleting the old management agent later triggers the metaverse object deletion rules, which can deprovision objects in other connected systems; a restore is the way back (community checklist). A database restored without its encryption key loses the passwords every management agent uses to connect and those of objects pending provisioning (FIM 2010 technical library: back up the Synchronization Service and its encryption key).",
    anchor: "remove-old-connector#checklist",
  },
  {
    id: "prepare-change-windows",
    phase: "prepare",
    when: {},
    title: "Agree the change windows, the approvers and who may call a rollback",
    what: "Book a change for each of these: the pilot, every cut-over batch and the removal of the old agent. For each, name the approvers (identity owner, the owners of Exchange and of the applications that rely on these groups), the window, the engineer who may stop the new engine and call a rollback without asking first, and how users hear about it.",
    why: "Every later step changes production identities, and some cannot be undone: a synced security or distribution group that leaves a sync engine's scope is deleted from Entra ID for good. The windows and the rollback authority are our practice, not a Microsoft requirement.",
    anchor: "migrate-safely#rollback",
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
    id: "prepare-carry-flows-over",
    phase: "prepare",
    when: {},
    title: "Map the old connector's flows to the new engine",
    what: (ctx) =>
      "From the exported configuration, list every export attribute flow of the old management agent and every rules-extension method it calls. " +
      byOption(ctx, {
        "cloud-sync":
          "Map each to a cloud sync attribute mapping (direct, constant or expression), extension attributes 1–15 or a directory extension; logic that cloud sync cannot express (it has no advanced sync rules) stays in MIM, which writes the result to AD for cloud sync to carry.",
        "connect-sync":
          "Map each to a Connect Sync sync rule of your own, rewriting rules-extension code as sync rule expressions, and leave the out-of-box rules unedited.",
        "graph-connector":
          "Map each to an outbound flow of the Graph connector's management agent, and rewrite rules-extension code written for the old agent's fixed schema against the Graph connector's attribute names.",
        none: "Note, for each, what it writes and where its value comes from: whichever option you choose has to write the same values.",
      }),
    why: "The old connector's flows and extension code decide what each Entra attribute holds today. At its first export the new engine writes what its own rules compute, so a flow left out changes these objects silently.",
    anchor: "migrate-safely#carry-flows-over",
  },
  {
    id: "prepare-upgrade-engine",
    phase: "prepare",
    when: { caveats: ["upgrade-engine"] },
    title: "Upgrade the sync engine to MIM 2016 SP3",
    what: (ctx) =>
      `Move the sync engine from ${engineName(ctx)} to the latest MIM 2016 Service Pack 3${ctx.option === "graph-connector" && ctx.answers.engine !== "mim-2016-sp2" ? ", and install the Graph connector only once it runs at least SP2" : ""}. ` +
      sp3Path[ctx.answers.engine] +
      " Every MIM server needs Windows Server 2019 or 2022 first; back up the MIM databases and the Synchronization Service encryption keys, and if you use the MIM Portal, plan its new deployment on SharePoint Server Subscription Edition." +
      (ctx.caveats.has("retire-sync-engine")
        ? " If you will retire the engine after the migration, weigh the upgrade against running the current build until then."
        : ""),
    why: (ctx) =>
      "Microsoft recommends the latest SP3 to anyone on FIM, MIM 2016 SP2 or earlier, and MIM 2016 is supported until 9 January 2029. SP3 upgrades in place only from SP2's latest build, 4.6.673.0, its patches cannot be rolled back by uninstalling (restore the backups instead), and its MIM Portal cannot be upgraded in place. " +
      (ctx.answers.engine === "mim-2016-sp2" ? "" : "FIM 2010 R2 and MIM 2016 builds before SP2 are out of support. ") +
      (ctx.option === "graph-connector" ? "The Graph connector requires at least MIM 2016 SP2. " : "") +
      "Sources differ on Windows Server 2025: Microsoft's news page says SP3 installs on it, its SP2-to-SP3 upgrade page says it is not yet supported.",
    anchor: "lifecycle#upgrade-to-sp3",
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
    id: "prepare-mail-attributes-in-ad",
    phase: "prepare",
    when: { outcomes: ["cloud-sync", "connect-sync"], answers: { directory: ["ad"] } },
    title: "Put the mail attributes in AD",
    what: "Where these users and groups have Exchange Online mail, make sure their mail attributes (mail, proxyAddresses and any Exchange attribute the old connector exported) are held in AD, written by MIM's AD management agent if MIM is where they come from.",
    why: (ctx) =>
      `${ctx.option === "connect-sync" ? "Connect Sync" : "Cloud sync"} reads mail attributes only from AD, and from then on recipients are managed on-premises: a value the old connector sent from the metaverse but AD lacks could be cleared or replaced at the first export.`,
    anchor: "migrate-safely#exchange-hybrid",
  },
  {
    id: "prepare-writeback-and-mim",
    phase: "prepare",
    when: { outcomes: ["cloud-sync", "connect-sync"], answers: { directory: ["ad"] } },
    title: "Stop MIM's AD exports from undoing what the new engine writes back",
    what: (ctx) =>
      `Before you enable any writeback, list what ${ctx.option === "connect-sync" ? "Connect Sync" : "cloud sync"} will write to AD: ${ctx.option === "connect-sync" ? "ms-DS-ConsistencyGuid for every user that lacks it, and, with Exchange hybrid deployment, the Exchange Online attributes including proxyAddresses" : "with Exchange hybrid writeback, msDS-ExternalDirectoryObjectId, an X500 address in proxyAddresses, msExchArchiveStatus, msExchBlockedSendersHash, msExchSafeRecipientsHash, msExchSafeSendersHash, msExchUCVoiceMailSettings and msExchUserHoldPolicies"}. For each one that MIM's AD management agent also exports, change the flow so that it merges with the written-back value or leaves it alone, and make MIM write ms-DS-ConsistencyGuid only where it is empty, never over a value an engine has exported. Check the pending exports of MIM's AD agent before its next export.`,
    why: (ctx) =>
      `${ctx.option === "connect-sync" ? "Connect Sync writes ms-DS-ConsistencyGuid back to AD (plan-connect-design-concepts) and its Exchange hybrid feature writes Exchange Online attributes back (custom installation page)" : "Cloud sync's Exchange hybrid writeback writes these attributes to AD (“Exchange hybrid writeback with cloud sync”)"}. If MIM's AD agent exports the same attribute authoritatively, its next export removes or replaces the written-back value, and a changed ms-DS-ConsistencyGuid breaks the match. That MIM overwrites them is our inference from the writeback attribute tables, not a Microsoft statement.`,
    anchor: "migrate-safely#writeback-and-mim",
  },
  {
    id: "prepare-ad-recycle-bin",
    phase: "prepare",
    when: { outcomes: ["cloud-sync", "connect-sync"], answers: { directory: ["ad"] } },
    title: "Enable the AD Recycle Bin in every forest in scope",
    what: "Before the pilot, check Get-ADOptionalFeature 'Recycle Bin Feature' in each forest and, where it is off, enable it (Enable-ADOptionalFeature 'Recycle Bin Feature' -Scope ForestOrConfigurationSet -Target <forest>, which needs the Windows Server 2008 R2 forest functional level; it cannot be turned off again, so approve it as a change). Write into the rollback plan that a deleted AD user or group is restored with Restore-ADObject, never recreated.",
    why: "A user restored from the AD Recycle Bin keeps its objectGUID and ms-DS-ConsistencyGuid, so its source anchor is unchanged and the sync restores the soft-deleted Entra user; a recreated AD object has a new anchor and becomes a new Entra user (Microsoft Learn: “Microsoft Entra Connect Sync: Enable AD recycle bin”, 04/09/2025). A restored security or distribution group comes back as a new Entra group with a new object id, because the old one was deleted for good (our inference from the hard delete).",
    anchor: "migrate-safely#rollback",
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
    why: "Microsoft calls a non-AD LDAP source for Connect Sync an advanced configuration with limited support, and recommends a partner such as Microsoft Consulting Services for it in production.",
    anchor: "connect-sync#ldap-source",
  },
];
