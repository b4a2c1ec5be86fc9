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
  "The objects the old connector created carry an ImmutableId, and an engine takes such an object over only by a hard match: its source anchor must equal that ImmutableId. Entra refuses a soft match, on the user principal name or the primary SMTP address, for an object that has an ImmutableId (InvalidSoftMatch); with duplicate-attribute resiliency the new object is created beside the old one and its UPN and proxy addresses are quarantined. Groups that are not mail-enabled are never soft matched; for a hard match of groups sources differ (Microsoft's cloud sync pilot tutorial hard-matches groups through ms-DS-ConsistencyGuid, its page on existing tenants describes hard match for users only), so test one security group first. Users with an admin role are never matched.";

/** The anchor each engine computes (plan-connect-design-concepts, cloud sync topologies). */
export const anchorFact = (ctx: PlanContext) =>
  ctx.option !== "connect-sync"
    ? "Cloud sync's source anchor is ms-DS-ConsistencyGuid if it is set, otherwise objectGUID; it cannot be changed, and cloud sync never writes ms-DS-ConsistencyGuid back."
    : isLdap(ctx)
      ? "For AD, Connect Sync's source anchor is ms-DS-ConsistencyGuid for users and objectGUID for other object types; for an LDAP source it is whatever the Generic LDAP connector's inbound sync rule maps to sourceAnchor, which Microsoft does not prescribe (our inference)."
      : "Connect Sync's source anchor is ms-DS-ConsistencyGuid for users and objectGUID for other object types.";
