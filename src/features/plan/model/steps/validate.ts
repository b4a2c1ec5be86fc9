/** The steps of the "validate" phase, in plan order. */
import type { GuideAnchor } from "../../../../shared/guide-anchors";
import type { StepRule } from "../plan-types";
import { byOption, deletedObjectsFact } from "./step-helpers";

export const validateSteps: readonly StepRule[] = [
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
    what: "Search Entra ID for users and groups created since the pilot began that share a UPN or mail address with an existing object, and read the sync errors for duplicate attributes: a quarantined UPN or proxy address marks a duplicate.",
    why: "A duplicate is the sign of a failed match: the new engine's source anchor did not equal the existing object's ImmutableId, Entra refused a soft match because the object had one (InvalidSoftMatch), and the engine created a second object beside it.",
    anchor: "migrate-safely#match-existing-objects",
  },
  {
    id: "validate-other-systems",
    phase: "validate",
    when: {},
    title: "Check the other connected systems",
    what: "Confirm from the run history and each system's own logs that AD and every other system connected to FIM/MIM lost no objects or attribute values during the removal. In Entra ID, check that deleted items hold none of the users in scope and that every group in the inventory still exists with the same object id: a deleted synced group never appears in deleted items, so an empty list proves nothing for groups.",
    why: `The old connector can no longer connect, but its removal can still reach Entra ID one hop removed: a metaverse deletion can deprovision an AD account or group, and the new engine then deletes the Entra object. ${deletedObjectsFact}`,
    anchor: "remove-old-connector#before-you-start",
  },
  {
    id: "validate-sign-off",
    phase: "validate",
    when: {},
    title: "Sign off the change",
    what: "Record the counts, the removal and any remaining risks in the change record with this plan, keep the exported configuration, the backups and the encryption key export until sign-off, then close the change and destroy or archive the key export under your retention rules.",
    why: "The exported configuration is kept until the change is signed off in case the agent has to be rebuilt to investigate.",
    anchor: "remove-old-connector#run-profiles-and-schedules",
  },
];
