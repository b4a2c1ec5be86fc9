/** The steps of the "prepare" phase, in plan order. */
import type { GuideAnchor } from "../../../shared/guide-anchors";
import type { StepRule } from "../plan-types";
import { byOption, engineName, isLdap, matchingFact } from "./step-helpers";

export const prepareSteps: readonly StepRule[] = [
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
