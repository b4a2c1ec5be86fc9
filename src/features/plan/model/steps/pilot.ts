/** The steps of the "pilot" phase, in plan order. */
import type { StepRule } from "../plan-types";
import { byOption, isLdap } from "./step-helpers";

export const pilotSteps: readonly StepRule[] = [
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
    why: "Two engines must never export the same object. The old connector has been unable to reach Entra ID since April 2024, but its provisioning rules and pending exports still exist in the sync engine.",
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
          "Before the pilot exports anything, record the configuration's scope. To stop without deleting, disable the cloud sync configuration; to back out, shrink its scope back to what you recorded, knowing that each object leaving the scope is deleted from Entra ID (soft-deleted, restorable for 30 days).",
        "connect-sync": `Before the pilot exports anything, export the Connect Sync configuration and back up its database. To stop without deleting, ${ctx.caveats.has("extend-existing-connect") ? "disable the server's sync scheduler, which pauses everything the server syncs, not only the pilot" : "switch the server to staging mode or disable its sync scheduler"}; to back out, shrink the filter back, knowing that each object leaving it is deleted from Entra ID (soft-deleted, restorable for 30 days).`,
        "graph-connector":
          "Before the pilot exports anything, back up the MIM sync database. To stop, disable the Graph agent's export run profile; to back out, restore the database and undo the pilot's outbound flows.",
        none: "Before the pilot exports anything, record the new engine's scope and back up its database and the FIM/MIM sync database, and agree how to pause the new engine without deleting anything.",
      }),
    why: (ctx) =>
      "There is no going back to the old connector: it has been unable to connect since April 2024. " +
      (ctx.option === "graph-connector"
        ? "Backing out means restoring the MIM sync database and the outbound flows as they were before the pilot."
        : "Backing out means shrinking the new engine's scope and restoring the sync database, and an object that leaves a sync engine's scope is deleted from Entra ID."),
    anchor: "migrate-safely#rollback",
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
        : "Only a hard match takes an existing object over: its source anchor must equal the object's ImmutableId. A pilot object that was not hard matched shows up as a second account with a quarantined UPN or proxy address.",
    anchor: (ctx) =>
      ctx.option === "graph-connector" ? "overview#source-anchor-matching" : "migrate-safely#match-existing-objects",
  },
];
