/** Small helpers the step modules share. */
import { outcomes, type Blocker, type OptionId } from "../../advisor/model";
import type { PlanContext } from "../plan-types";

export type ByOption<T> = { readonly [O in OptionId]: T } & { readonly none: T };

/** Picks the variant for the recommended option (`none` when no option fits). */
export function byOption<T>(ctx: PlanContext, variants: ByOption<T>): T {
  return variants[ctx.option ?? "none"];
}

export const isLdap = (ctx: PlanContext) => ctx.answers.directory === "ldap";

export const engineName = (ctx: PlanContext) =>
  ctx.answers.engine === "fim-2010-r2" ? "FIM 2010 R2" : "MIM 2016 before Service Pack 2";

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

export const matchingFact =
  "An engine takes an existing Entra object over only if its source anchor gives the object's ImmutableId; failing that, soft match compares only the user principal name and the primary SMTP address (our inference).";
