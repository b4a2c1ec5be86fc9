/**
 * The "prepare" steps that protect the objects already in Entra ID, in plan order: how they
 * are matched, the ImmutableId comparison, orphans, deletion thresholds and passwords.
 */
import type { StepRule } from "../plan-types";
import { anchorFact, byOption, deletedObjectsShort, isLdap, matchingFact } from "./step-helpers";

export const prepareMatchingSteps: readonly StepRule[] = [
  {
    id: "prepare-source-anchor",
    phase: "prepare",
    when: {},
    title: "Decide how existing Entra objects will be matched",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "Plan a hard match for every object the old connector created: cloud sync uses ms-DS-ConsistencyGuid as the source anchor when it is set, otherwise objectGUID, and takes an existing Entra object over only where that anchor equals its ImmutableId. Soft match is no fallback for these objects: Entra refuses it for an object that has an ImmutableId.",
        "connect-sync": `Plan a hard match for every object the old connector created: ${isLdap(ctx) ? "choose the LDAP attribute the Generic LDAP connector's inbound sync rule maps to sourceAnchor, one that never changes and can carry each object's ImmutableId," : "find the source anchor your Connect Sync uses (ms-DS-ConsistencyGuid for users and objectGUID for other object types on a new server; read an existing server's configuration)"} and check whether hard-match takeover is blocked in the tenant. Soft match is no fallback for these objects: Entra refuses it for an object that has an ImmutableId.`,
        "graph-connector":
          "Plan MIM join rules, for example on UPN or mail, so that each Entra object the Graph connector imports joins the metaverse object the old connector managed.",
        none: "Read the ImmutableId of every object the old connector created: whichever option you choose must take each one over by a hard match on it, or, with the Graph connector, join it in MIM; a soft match on UPN or primary SMTP address is refused for these objects.",
      }),
    why: (ctx) =>
      byOption(ctx, {
        "cloud-sync": `${matchingFact} ${anchorFact(ctx)}`,
        "connect-sync": `${matchingFact} ${anchorFact(ctx)} Community sources say the old connector often filled the ImmutableId from objectGUID, but that was set per deployment.`,
        "graph-connector":
          "The Graph connector's anchor and DN are the Entra object id, not ImmutableId: existing objects are taken over by joining them in MIM.",
        none: matchingFact,
      }),
    anchor: (ctx) =>
      ctx.option === "graph-connector" ? "overview#source-anchor-matching" : "migrate-safely#match-existing-objects",
  },
  {
    id: "prepare-compare-immutableids",
    phase: "prepare",
    when: { caveats: ["match-existing-objects"] },
    title: "Compare each ImmutableId with the anchor the new engine will compute",
    what: (ctx) =>
      "Export the ImmutableId (onPremisesImmutableId, base64) of every object the old connector created. " +
      (isLdap(ctx)
        ? "For the LDAP object behind each, compute the anchor Connect Sync's inbound sync rule will give it, base64-encoded, and compare the two. Where they differ, have MIM's Generic LDAP management agent write the value behind the ImmutableId into the attribute the anchor comes from, before the first sync. "
        : `For the AD object behind each, compute the anchor the new engine will use, ${ctx.option === "connect-sync" ? "ms-DS-ConsistencyGuid for a user and objectGUID for a group or contact" : "ms-DS-ConsistencyGuid if it is set, otherwise objectGUID"}, base64-encoded, and compare the two. Where they differ, have MIM's AD management agent write ms-DS-ConsistencyGuid with the bytes behind the ImmutableId before the first sync${ctx.option === "connect-sync" ? "; that fixes users only, because Connect Sync anchors groups and contacts on objectGUID, which cannot be written, so a group or contact that differs goes on the orphans list" : ", finding out first what set any ms-DS-ConsistencyGuid that already holds another value"}. `) +
      "Try it on a few pilot objects first, and list separately the groups that are not mail-enabled and the users who hold an admin role.",
    why: "Only a hard match takes these objects over, and Entra refuses them a soft match (InvalidSoftMatch): the comparison finds, before anything is exported, every object that would otherwise be duplicated beside its old self.",
    anchor: "migrate-safely#match-existing-objects",
    showsMatchCheck: true,
  },
  {
    id: "prepare-orphaned-objects",
    phase: "prepare",
    when: {},
    title: "Decide what happens to objects nothing will match",
    what: (ctx) =>
      ctx.option === "graph-connector"
        ? `In Entra ID, list the users, groups and contacts with onPremisesSyncEnabled set and an onPremisesImmutableId that the Graph connector will not join and manage. For each, decide: take it over after all (convert its source of authority and join it), convert it to cloud-managed and leave it to your administrators, or delete it (${deletedObjectsShort}, so export a group's members and assignments before you delete it).`
        : `In Entra ID, list the users, groups and contacts with onPremisesSyncEnabled set and an onPremisesImmutableId that no object in the new engine's scope will match. For each, decide: match it (give the on-premises object an anchor equal to its ImmutableId), convert it to cloud-managed (a preview), or delete it (${deletedObjectsShort}, so export a group's members and assignments before you delete it).`,
    why: "Nothing has updated these objects since the old connector stopped connecting in April 2024: left alone they keep stale values, memberships and access, and stay read-only in Entra ID as directory-synced objects.",
    anchor: "migrate-safely#orphaned-objects",
  },
  {
    id: "prepare-deletion-thresholds",
    phase: "prepare",
    when: { outcomes: ["cloud-sync", "connect-sync"] },
    title: "Set deletion protection before the first full sync",
    what: (ctx) =>
      ctx.option === "connect-sync"
        ? `${ctx.caveats.has("extend-existing-connect") ? "Check that your server's export deletion threshold is on" : "Keep the export deletion threshold on"} (500 deletions by default) and lower it if a smaller number of deletions would already be a mistake in your tenant; agree who reviews an export it stops, and how.`
        : "Decide the accidental deletion prevention settings for the cloud sync configuration: the threshold, the notification address and who reviews a sync it stops, and how. The configuration does not exist yet: you set them in the pilot step that creates it, before you enable it.",
    why: (ctx) =>
      `A wrong scope or filter in the first full sync can delete thousands of Entra objects at once, and a synced security or distribution group it deletes cannot be restored. The threshold stops an export that would delete more than it allows, and it protects only the syncs that run after it is set. ${ctx.option === "connect-sync" ? "Connect Sync's threshold is on by default at 500 deletions per export and is changed with Enable-ADSyncExportDeletionThreshold -DeletionThreshold <n> (Microsoft Learn: “Connect Sync: Prevent accidental deletes”, and “Connect Sync: Configure filtering”, 04/09/2025)." : "Cloud sync's threshold protects groups but not their memberships, so set it for users as well (Microsoft Learn: “Microsoft Entra Cloud Sync accidental deletes”, 04/09/2025)."}`,
    anchor: "migrate-safely#accidental-delete-protection",
  },
  {
    id: "prepare-password-hash-sync",
    phase: "prepare",
    when: { outcomes: ["cloud-sync", "connect-sync"] },
    title: "Decide on password hash sync for these users",
    what: (ctx) =>
      `Find out how these users sign in today and decide whether ${ctx.option === "connect-sync" ? "Connect Sync" : "cloud sync"} syncs their password hashes${ctx.caveats.has("extend-existing-connect") ? "; if your existing server already has password hash sync on, it applies to them as soon as they are in scope" : ""}. If it will, tell the users before the pilot and include it in the pilot.`,
    why: "The old connector synced no passwords. With password hash sync on, a user's on-premises password becomes their cloud password, which changes how they sign in.",
    anchor: "migrate-safely#password-hash-sync",
  },
];
