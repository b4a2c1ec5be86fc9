/**
 * The decision model v3 (shared/decision-model.md, 3 December 2026), restated for the tests
 * independently of the engine's own predicates, so a wrong rule in the engine cannot agree with
 * itself. v3 left the blockers, the outcome and the alternative as v2 had them (spec-v2.ts, kept
 * frozen for the v2 upgrade tests, restates them); it changed the caveat table.
 */
import type { Answers } from "../answers";
import type { OutcomeId } from "../outcomes";
import { specAlternative } from "./spec-v2";

export { singleChanges, specAlternative, specBlockers, specOutcome } from "./spec-v2";

/** The caveat table, row by row in its order: [id, raised]. */
export function specV3CaveatTable(a: Answers, outcome: OutcomeId): [string, boolean][] {
  const rec = outcome;
  const graphShown = rec === "graph-connector" || specAlternative(a) === "graph-connector";
  const syncs = rec === "cloud-sync" || rec === "connect-sync";
  const keepsMim = rec === "graph-connector" || (syncs && a["only-sync"] !== "yes");
  const bigDomain = a["largest-domain"] === "100k-150k" || a["largest-domain"] === "over-150k";
  return [
    ["upgrade-engine", a.engine !== "mim-2016-sp3"],
    ["add-ad-provisioning", syncs && a["in-ad"] === "can-add"],
    ["retire-sync-engine", syncs && a["only-sync"] === "yes"],
    ["extend-existing-connect", rec === "connect-sync" && a["existing-connect"] === "yes"],
    ["exclusive-scopes", rec === "cloud-sync" && a["existing-connect"] === "yes"],
    ["full-sql-server", rec === "connect-sync" && (a["total-objects"] === "100k-or-more" || bigDomain)],
    ["count-objects", rec === "connect-sync" && a["total-objects"] === "unsure" && !bigDomain],
    ["ldap-limited-support", rec === "connect-sync" && a.directory === "ldap"],
    ["confirm-licenses", graphShown && a.licenses === "unsure"],
    ["confirm-mail-objects", graphShown && a["mail-objects"] === "unsure"],
    ["strategic-direction", rec === "connect-sync"],
    ["partner", a.environment === "production" || outcome === "no-clean-fit"],
    ["pilot-disjoint-scopes", outcome !== "no-clean-fit"],
    ["match-existing-objects", syncs],
    ["graph-existing-objects", rec === "graph-connector"],
    ["graph-no-overlap", rec === "graph-connector"],
    ["mim-support-ends", keepsMim],
    ["connect-version", a["existing-connect"] === "yes"],
    ["federation-claim", syncs && (a.federation === "adfs" || a.federation === "other-idp")],
    ["confirm-federation", outcome !== "no-clean-fit" && a.federation === "unsure"],
    ["graph-federated-users", graphShown && a.federation === "adfs"],
    ["remove-old-connector", true],
  ];
}

export const specV3Caveats = (a: Answers, outcome: OutcomeId): string[] =>
  specV3CaveatTable(a, outcome)
    .filter(([, raised]) => raised)
    .map(([id]) => id);

/** The spec's "Upgrading v2 links": every v2 answer kept, federation taken as unsure. */
export const specV2ToV3 = (v2: Answers): Answers => ({ ...v2, federation: "unsure" });
