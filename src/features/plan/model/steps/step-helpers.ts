/** Small helpers the step modules share. */
import { outcomes, type Blocker, type OptionId } from "../../../../core/decision";
import type { PlanContext } from "../plan-types";

export type ByOption<T> = { readonly [O in OptionId]: T } & { readonly none: T };

/** Picks the variant for the recommended option (`none` when no option fits). */
export function byOption<T>(ctx: PlanContext, variants: ByOption<T>): T {
  return variants[ctx.option ?? "none"];
}

export const isLdap = (ctx: PlanContext) => ctx.answers.directory === "ldap";

export const engineName = (ctx: PlanContext) =>
  ({
    "fim-2010-r2": "FIM 2010 R2",
    "mim-2016-pre-sp2": "MIM 2016 before Service Pack 2",
    "mim-2016-sp2": "MIM 2016 Service Pack 2",
    "mim-2016-sp3": "MIM 2016 Service Pack 3",
  })[ctx.answers.engine];

/** "Connect Sync" or "cloud sync", for the steps that only those two options have. */
export const syncEngineName = (ctx: PlanContext) => (ctx.option === "connect-sync" ? "Connect Sync" : "cloud sync");

/** "Cloud sync: a; b. Connect Sync: c." for every option with blockers. */
export function perOption(ctx: PlanContext, part: (blocker: Blocker) => string): string {
  return (["cloud-sync", "connect-sync", "graph-connector"] as const)
    .map((option) => {
      const blockers: readonly Blocker[] = ctx.result.blockers[option];
      return blockers.length === 0 ? "" : `${outcomes[option].shortName}: ${blockers.map(part).join("; ")}.`;
    })
    .filter(Boolean)
    .join(" ");
}

/**
 * How an engine takes over the objects the old connector created (review items 1 and 2:
 * never "or rely on soft match" for them; the soft-match rules are documented, not inferred).
 */
export const matchingFact =
  "The objects the old connector created carry an ImmutableId, and an engine takes such an object over only by a hard match: its source anchor must equal that ImmutableId. Entra refuses a soft match, on the user principal name or the primary SMTP address, for an object that has an ImmutableId (InvalidSoftMatch); with duplicate-attribute resiliency the new object is created beside the old one and its UPN and proxy addresses are quarantined. Soft match never applies to groups that are not mail-enabled; for a hard match of groups sources differ (the cloud sync pilot tutorial hard-matches groups through ms-DS-ConsistencyGuid, the existing-tenant page describes it for users), so test one security group first. Since July 2026 Entra also blocks a hard match onto a user who holds or is eligible for a privileged role.";

/** The anchor each engine computes (plan-connect-design-concepts, cloud sync topologies). */
export const anchorFact = (ctx: PlanContext) =>
  ctx.option !== "connect-sync"
    ? "Cloud sync's source anchor is ms-DS-ConsistencyGuid if it is set, otherwise objectGUID; it cannot be changed, and cloud sync never writes ms-DS-ConsistencyGuid back."
    : isLdap(ctx)
      ? "For AD, Connect Sync's source anchor is ms-DS-ConsistencyGuid for users and objectGUID for other object types; for an LDAP source it is whatever the Generic LDAP connector's inbound sync rule maps to sourceAnchor, which Microsoft does not prescribe (our inference)."
      : "Connect Sync's source anchor is ms-DS-ConsistencyGuid for users and objectGUID for other object types.";

/**
 * What a deletion in Entra ID means for each object type (procedure review item 1): only users
 * (and Microsoft 365 groups) are soft-deleted; synced security and distribution groups are not.
 */
export const deletedObjectsFact =
  "Entra ID soft-deletes a user for 30 days but deletes a synced security or distribution group for good, with its object id and every assignment made through it (cloud sync migration tutorial; the deleted-items restore reference: security groups cannot be restored).";

/** The short form, for a parenthesis after "deleted from Entra ID". */
export const deletedObjectsShort =
  "a user is soft-deleted and restorable for 30 days, a security or distribution group is deleted for good";
