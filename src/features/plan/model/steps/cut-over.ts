/** The steps of the "cut-over" phase, in plan order. */
import type { GuideAnchor } from "../../../../shared/guide-anchors";
import type { StepRule } from "../plan-types";
import { byOption, deletedObjectsFact, isLdap } from "./step-helpers";

export const cutOverSteps: readonly StepRule[] = [
  {
    id: "cutover-rollback",
    phase: "cut-over",
    when: {},
    title: "Prepare the way back before each batch",
    what: (ctx) =>
      `Before each batch, record the new engine's scope and back up ${ctx.option === "connect-sync" ? "the Connect Sync database and configuration and " : ""}the FIM/MIM sync database. If a batch goes wrong, pause the new engine first (${ctx.option === "cloud-sync" ? "disable the configuration" : ctx.option === "connect-sync" ? "Set-ADSyncScheduler -SyncCycleEnabled $false" : ctx.option === "graph-connector" ? "disable the Graph agent's export run profile" : "without changing its scope"}), then undo what the batch did: restore deleted users from Entra ID's deleted items within 30 days${ctx.option === "graph-connector" ? "" : " (if BlockCloudObjectTakeoverThroughHardMatchEnabled is on, turn it off only for the re-match and back on afterwards)"}, recreate any deleted security or distribution group from the inventory (a new object id: reassign its licences, roles, apps and memberships), ${ctx.option === "graph-connector" ? "restore the sync database if the fault came through MIM, and read the Graph agent's pending exports for deletions before it exports again" : `${isLdap(ctx) ? "" : "restore deleted AD objects with the AD Recycle Bin, "}restore the sync database if the fault came through MIM, and never put the previous scope back over groups, because each object leaving it is deleted from Entra ID`}.`,
    why: (ctx) =>
      `There is no going back to the old connector: it has been unable to connect since April 2024, so re-enabling its run profiles would do nothing. Rolling back a cut-over means restoring the new engine's scope and the metaverse as they were before the batch. ${deletedObjectsFact}${ctx.option === "graph-connector" ? "" : " A user restored from deleted items and brought back into scope fails with InvalidHardMatch while BlockCloudObjectTakeoverThroughHardMatchEnabled is on (tshoot-connect-sync-errors, 04/09/2025)."}`,
    anchor: "migrate-safely#rollback",
  },
  {
    id: "cutover-widen-scope",
    phase: "cut-over",
    when: {},
    title: "Widen the scope in batches",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "Add OUs to the cloud sync configuration one at a time, taking each OU out of the old agent's export first. After saving each scope change, select Restart sync, watch the provisioning logs and the accidental-deletion status, and compare per-OU counts in AD and Entra ID.",
        "connect-sync": `Widen the Connect Sync filter ${isLdap(ctx) ? "container by container" : "OU by OU"}, taking each out of the old agent's export first. For each batch: disable the scheduler (Set-ADSyncScheduler -SyncCycleEnabled $false), change the filter${isLdap(ctx) ? "" : " in the wizard (Domain and OU filtering)"}, run a full import and a full synchronization, read the pending exports with csexport as in the pilot, and only then enable the scheduler again; compare the counts after each batch.`,
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
          : "Connect Sync reads each forest through one AD connector, with the forest's domains inside it, and does not support several connectors to the same domain: widen the filter on that connector rather than adding another one.",
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
    showsPendingExports: true,
  },
  {
    id: "cutover-disable-old-exports",
    phase: "cut-over",
    when: {},
    title: "Disable every export from the old connector",
    what: "Take every export run profile of the old management agent out of the schedules and scripts for good, and confirm in its connector space (Search Connector Space, Pending Export) that it holds no pending exports.",
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
