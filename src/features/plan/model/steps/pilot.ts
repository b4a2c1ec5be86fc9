/** The steps of the "pilot" phase, in plan order. */
import type { StepRule } from "../plan-types";
import { byOption, deletedObjectsFact, isLdap } from "./step-helpers";

export const pilotSteps: readonly StepRule[] = [
  {
    id: "pilot-connect-sync-install",
    phase: "pilot",
    when: { outcomes: ["connect-sync"] },
    title: (ctx) =>
      ctx.caveats.has("extend-existing-connect")
        ? "Install a staging server beside your active one, syncing nothing"
        : "Install Connect Sync in staging mode, syncing nothing",
    what: (ctx) =>
      `Run the installer with Customize, never express settings. ${
        isLdap(ctx)
          ? "Add the LDAP source afterwards with the Generic LDAP connector, in Synchronization Service Manager, scoped to the pilot container, with the inbound sync rule that maps your chosen attribute to sourceAnchor."
          : ctx.caveats.has("extend-existing-connect")
            ? "On Identifying users, choose a specific attribute: the same source anchor your active server uses (read it in that server's wizard, View or export current configuration); a second server must use the same one. On Domain and OU filtering, select what the active server syncs plus the pilot OU."
            : "On Identifying users, choose a specific attribute and select ms-DS-ConsistencyGuid yourself; do not let Entra ID manage the source anchor. If you give the wizard an existing AD DS connector account, grant it write access to ms-DS-ConsistencyGuid first (Set-ADSyncMsDsConsistencyGuidPermissions, ADSyncConfig module). On Domain and OU filtering, select the pilot OU only and do not sync new OUs automatically."
      } Leave Exchange hybrid deployment and the other writeback features off until the writeback step is done, and on Ready to configure tick Enable staging mode and untick Start the synchronization process when configuration completes.`,
    why: (ctx) =>
      `The source anchor can only be chosen at installation; changing it means uninstalling and reinstalling. ${
        isLdap(ctx)
          ? "For an LDAP source the anchor comes from the inbound sync rule, so it must be right before the first import is synchronized."
          : ctx.caveats.has("extend-existing-connect")
            ? "Another Connect Sync server for the tenant must use the same source anchor as the first (plan-connect-design-concepts, 11/06/2023); if the wizard refuses ms-DS-ConsistencyGuid because MIM has already written values, that page's /SkipLdapSearch switch is the documented way past, once you are sure only MIM writes it."
            : "Left to choose, the wizard finds the ms-DS-ConsistencyGuid values MIM has written, concludes another application uses the attribute and falls back to objectGUID, and Connect Sync would then anchor on values that match none of the old connector's ImmutableIds (plan-connect-design-concepts, 11/06/2023). If the wizard refuses ms-DS-ConsistencyGuid because values are set, that page's /SkipLdapSearch switch is the documented way past, once you are sure only MIM writes it."
      } A server in staging mode imports and synchronizes but exports nothing, runs no password hash sync and no password writeback, and with synchronization not started nothing runs until you start it (Microsoft Learn: “Microsoft Entra Connect: Staging server and disaster recovery”, 12/26/2024; “Custom installation of Microsoft Entra Connect”, 03/12/2025).`,
    anchor: "connect-sync#install-staging",
  },
  {
    id: "pilot-disjoint-scopes",
    phase: "pilot",
    when: {},
    title: "Scope a pilot that no other engine exports",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync": `Take the pilot objects out of the old management agent's export${ctx.answers["existing-connect"] === "yes" ? " and out of Connect Sync's scope" : ""} first. Then, in the Microsoft Entra admin center under Microsoft Entra Connect, Cloud sync, create the configuration (New configuration, AD to Microsoft Entra ID sync, with password hash sync as decided), scope it to one pilot OU, or a pilot group (first level only), and before anything else open Properties, Basics: tick Prevent accidental deletions, enter the threshold and the notification email you decided on, and save. Exclude the new ADToAADSyncServiceAccount from MFA and interactive Conditional Access now. Leave the configuration disabled.`,
        "connect-sync": `Confirm that ${ctx.caveats.has("extend-existing-connect") ? "the only change to Connect Sync's filter is the added" : "Connect Sync's filter holds the"} pilot ${isLdap(ctx) ? "container" : "OU"}${ctx.caveats.has("extend-existing-connect") ? "" : " only"}, and take the same objects out of the old management agent's export before the server leaves staging mode.`,
        "graph-connector":
          "Give MIM's outbound flows to the Graph connector for a small pilot set only, and take that set out of the old management agent's export.",
        none: "Scope the chosen option to one pilot OU or group, and take the same objects out of the old management agent's export.",
      }),
    why: (ctx) =>
      `Two engines must never export the same object. The old connector has been unable to reach Entra ID since April 2024, but its provisioning rules and pending exports still exist in the sync engine.${ctx.option === "cloud-sync" ? " Accidental deletion prevention protects only the syncs that run after it is set, and a configuration syncs nothing until it is enabled (Microsoft Learn: “Provision Active Directory to Microsoft Entra ID: Configuration”, 03/30/2026; “Microsoft Entra Cloud Sync accidental deletes”, 04/09/2025)." : ""}`,
    anchor: "overview#pilot-with-disjoint-scopes",
  },
  {
    id: "pilot-rollback",
    phase: "pilot",
    when: {},
    title: "Write down how to back out of the pilot",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "Before the pilot exports anything, record the configuration's scope. To stop, disable the cloud sync configuration: that deletes nothing. Never back out by shrinking the scope over groups: every pilot object leaving it is deleted from Entra ID, users only softly. A user restored from deleted items and brought back into scope fails with InvalidHardMatch while BlockCloudObjectTakeoverThroughHardMatchEnabled is on, so note who may turn it off for the re-match and back on afterwards; restore a deleted AD object with the AD Recycle Bin, never by recreating it.",
        "connect-sync": `Before the pilot exports anything, export the Connect Sync configuration (wizard: View or export current configuration) and back up its database. To stop without deleting, ${ctx.caveats.has("extend-existing-connect") ? "disable the server's sync scheduler (Set-ADSyncScheduler -SyncCycleEnabled $false), which pauses everything the server syncs, not only the pilot" : "switch the server back to staging mode or disable its sync scheduler (Set-ADSyncScheduler -SyncCycleEnabled $false)"}. Never back out by shrinking the filter over groups: every pilot object leaving it is deleted from Entra ID, users only softly. A user restored from deleted items and brought back into scope fails with InvalidHardMatch while BlockCloudObjectTakeoverThroughHardMatchEnabled is on, so note who may turn it off for the re-match and back on afterwards${isLdap(ctx) ? "" : "; restore a deleted AD object with the AD Recycle Bin, never by recreating it"}.`,
        "graph-connector":
          "Before the pilot exports anything, back up the MIM sync database. To stop, disable the Graph agent's export run profile; to back out, restore the database and undo the pilot's outbound flows.",
        none: "Before the pilot exports anything, record the new engine's scope and back up its database and the FIM/MIM sync database, and agree how to pause the new engine without deleting anything.",
      }),
    why: (ctx) =>
      "There is no going back to the old connector: it has been unable to connect since April 2024. " +
      (ctx.option === "graph-connector"
        ? "Backing out means restoring the MIM sync database and the outbound flows as they were before the pilot."
        : `Backing out means pausing the new engine and restoring the sync database, and an object that leaves a sync engine's scope is deleted from Entra ID. ${deletedObjectsFact} A restored user is re-matched only where hard match is allowed (tshoot-connect-sync-errors, InvalidHardMatch, 04/09/2025).`),
    anchor: "migrate-safely#rollback",
  },
  {
    id: "pilot-provision-on-demand",
    phase: "pilot",
    when: { outcomes: ["cloud-sync"] },
    title: "Provision a few pilot users and one pilot group on demand",
    what: "Before enabling the configuration, use Provision on demand for two or three pilot users and one pilot security group, and check that each joined its existing Entra object (same object id) instead of creating a new one. It writes for real: use pilot objects only.",
    why: "On-demand provisioning tests the configuration on one object before it is enabled; once enabled, a configuration syncs its whole scope every 2 minutes (Microsoft Learn: “Provision Active Directory to Microsoft Entra ID: Configuration”, 03/30/2026). Sources differ on whether groups hard match, so one group is tested first.",
    anchor: "cloud-sync#migration-steps",
  },
  {
    id: "pilot-staging-mode",
    phase: "pilot",
    when: { outcomes: ["connect-sync"] },
    title: "Read the pending exports before anything is written",
    what: (ctx) =>
      `${ctx.caveats.has("extend-existing-connect") ? "On the staging server" : "With the server still in staging mode"}, run a full import on each ${isLdap(ctx) ? "connector to the directory" : "AD connector"}, then on the Microsoft Entra ID connector, then a delta synchronization on each, in that order. From %ProgramFiles%\\Microsoft Azure AD Sync\\bin run csexport "<Entra connector name>" %temp%\\export.xml /f:x and CSExportAnalyzer %temp%\\export.xml > %temp%\\export.csv, and read every row: objects that already exist in Entra ID must show as updates, not adds, and there must be no deletes. To trace one object, Invoke-ADSyncSingleObjectSync -DistinguishedName <DN> -StagingMode, with the scheduler disabled first (Set-ADSyncScheduler -SyncCycleEnabled $false): it commits the synchronization but a staging server exports nothing.`,
    why: "A staging server imports and synchronizes but exports nothing, so its pending exports show what the server will write the moment it leaves staging mode (Microsoft Learn: “Microsoft Entra Connect: Staging server and disaster recovery”, Verify, 12/26/2024; “Microsoft Entra Connect Single Object Sync”, 12/06/2024). A pending add for an object that already exists in Entra ID means the match failed (our inference).",
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
    id: "pilot-leave-staging",
    phase: "pilot",
    when: { outcomes: ["connect-sync"] },
    title: "Leave staging mode only when the pending exports are what you expect",
    what: (ctx) =>
      `In the change window, with the export deletion threshold on and the configuration and database backed up, ${ctx.caveats.has("extend-existing-connect") ? "make the staging server's verified change on your active server and read its pending exports the same way before its next export; or, to swap roles, put the active server into staging mode first (wizard: Configure staging mode) and only then take the staging server out of it, so that there is never more than one active server" : "rerun the import, synchronization and csexport check, then open the wizard, Configure staging mode, untick Enable staging mode and tick Start the synchronization process"}. Watch the first export in Synchronization Service Manager and stop the scheduler (Set-ADSyncScheduler -SyncCycleEnabled $false) if it exports anything the check did not show.`,
    why: "Leaving staging mode starts exports, password hash sync and password writeback at once, and Microsoft asks for an initial sync cycle and a verified set of pending exports before a staging server becomes active; only one server may be active (Microsoft Learn: “Microsoft Entra Connect: Staging server and disaster recovery”, 12/26/2024).",
    anchor: "connect-sync#install-staging",
    showsPendingExports: true,
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
          "Once the server has left staging mode and exported the pilot, check each pilot object: same object id and ImmutableId as before, no second account with its UPN, and sign-in and mail working.",
        "graph-connector":
          "Export for the pilot set and run a delta import, then check each pilot object: the changes arrived, its object id is unchanged, and no duplicate was created.",
        none: "Run the pilot, then check each pilot object: same object id and ImmutableId as before, no second account with its UPN, and sign-in and mail working.",
      }),
    why: (ctx) =>
      ctx.option === "graph-connector"
        ? "The Graph connector writes to the object it joined by Entra object id; an object projected instead of joined would be created a second time (our inference)."
        : "Only a hard match takes an existing object over: its source anchor must equal the object's ImmutableId. A pilot object that was not hard matched shows up as a second account with a quarantined UPN or proxy address.",
    anchor: (ctx) =>
      ctx.option === "graph-connector" ? "overview#source-anchor-matching" : "migrate-safely#match-existing-objects",
  },
];
