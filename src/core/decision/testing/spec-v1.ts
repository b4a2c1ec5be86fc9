/**
 * Version 1 of the decision model, restated for the upgrade tests: its answer sets and its
 * caveat table, as they were released (shared/decision-model.md before 1 December 2026).
 */
import type { Answers } from "../answers";
import { allV2AnswerSets } from "./spec-v2";
import type { OutcomeId } from "../outcomes";

/** v1's caveat table: [id, raised]. */
export function specV1CaveatTable(a: Answers, outcome: OutcomeId): [string, boolean][] {
  const rec = outcome;
  return [
    ["upgrade-engine", a.engine === "fim-2010-r2" || a.engine === "mim-2016-pre-sp2"],
    ["add-ad-provisioning", (rec === "cloud-sync" || rec === "connect-sync") && a["in-ad"] === "can-add"],
    ["retire-sync-engine", rec === "cloud-sync" && a["only-sync"] === "yes"],
    ["extend-existing-connect", rec === "connect-sync" && a["existing-connect"] === "yes"],
    ["exclusive-scopes", rec === "cloud-sync" && a["existing-connect"] === "yes"],
    [
      "full-sql-server",
      rec === "connect-sync" && (a["largest-domain"] === "100k-150k" || a["largest-domain"] === "over-150k"),
    ],
    ["ldap-limited-support", rec === "connect-sync" && a.directory === "ldap"],
    ["confirm-licenses", rec === "graph-connector" && a.licenses === "unsure"],
    ["strategic-direction", rec === "connect-sync"],
    ["partner", a.environment === "production" || a.directory === "ldap" || outcome === "no-clean-fit"],
    ["pilot-disjoint-scopes", outcome !== "no-clean-fit"],
    ["remove-old-connector", true],
  ];
}

export const specV1Caveats = (a: Answers, outcome: OutcomeId): string[] =>
  specV1CaveatTable(a, outcome)
    .filter(([, raised]) => raised)
    .map(([id]) => id);

const v1Questions = [
  "engine",
  "directory",
  "in-ad",
  "forests",
  "largest-domain",
  "needs",
  "only-sync",
  "existing-connect",
  "licenses",
  "environment",
] as const;

/**
 * Every complete v1 answer set: v2's sets without the questions v2 added and without the need v2
 * added (v1's graph is v2's less those), each once.
 */
export function allV1AnswerSets(): Answers[] {
  const seen = new Set<string>();
  const sets: Answers[] = [];
  for (const a of allV2AnswerSets()) {
    if (a.needs?.includes("device-writeback")) continue;
    const v1: Record<string, unknown> = {};
    for (const id of v1Questions) if (a[id] !== undefined) v1[id] = a[id];
    const key = JSON.stringify(v1);
    if (seen.has(key)) continue;
    seen.add(key);
    sets.push(v1 as Answers);
  }
  return sets;
}

/** A v1 share link's query for a v1 answer set, as v1's encoder wrote it. */
export function v1Query(a: Answers): string {
  return [
    "v=1",
    ...v1Questions.flatMap((id) => {
      const value = a[id];
      if (value === undefined) return [];
      return [`${id}=${Array.isArray(value) ? value.join(",") : value}`];
    }),
  ].join("&");
}
