/**
 * The decision model v2 (shared/decision-model.md as of 1 December 2026), restated for the tests
 * independently of the engine's own predicates, so a wrong rule in the engine cannot agree with
 * itself. Kept frozen: the v2 link upgrade is tested against it (v3's table is spec-v3.ts).
 */
import { answerValues, type Answers, type CompleteAnswers, type Need, type QuestionId } from "../answers";
import { allCoreAnswerSets } from "../enumerate";
import type { OptionId, OutcomeId } from "../outcomes";
import { questions } from "../questions";

const needOrder = answerValues.needs;

export function specBlockers(a: Answers): Record<OptionId, string[]> {
  const needs = needOrder.filter((n) => n !== "none" && a.needs?.includes(n));
  return {
    "cloud-sync": [
      ...(a.directory !== "ad" ? ["no-ad"] : []),
      ...(a["in-ad"] === "must-not" ? ["must-stay-out-of-ad"] : []),
      ...(a["largest-domain"] === "over-150k" ? ["domain-over-150k"] : []),
      ...needs,
    ],
    "connect-sync": [
      ...(a.directory === "none" ? ["no-directory"] : []),
      ...(a.directory === "ad" && a["in-ad"] === "must-not" ? ["must-stay-out-of-ad"] : []),
      ...(a.forests === "several-disconnected" ? ["disconnected-forests"] : []),
    ],
    "graph-connector": [
      ...(a["in-ad"] === "already" ? ["provisions-into-ad"] : []),
      ...(a.licenses === "none" ? ["no-p1-p2"] : []),
      ...(a["mail-objects"] === "yes" ? ["mail-objects"] : []),
    ],
  };
}

export function specOutcome(a: Answers): OutcomeId {
  const blockers = specBlockers(a);
  const first = (...options: OptionId[]) => options.find((o) => blockers[o].length === 0) ?? "no-clean-fit";
  if (a.directory === "ldap") return "connect-sync";
  if (a.directory === "ad" && a["in-ad"] === "already") return first("cloud-sync", "connect-sync");
  if (a.directory === "ad" && a["in-ad"] === "can-add") return first("cloud-sync", "connect-sync", "graph-connector");
  return first("graph-connector");
}

/** Rule 4: beside an LDAP recommendation, the Graph connector when it fits. */
export function specAlternative(a: Answers): OptionId | undefined {
  return a.directory === "ldap" && a.licenses !== "none" && a["mail-objects"] !== "yes" ? "graph-connector" : undefined;
}

/** The caveat table, row by row in its order: [id, raised]. */
export function specCaveatTable(a: Answers, outcome: OutcomeId): [string, boolean][] {
  const rec = outcome;
  const graphShown = rec === "graph-connector" || specAlternative(a) === "graph-connector";
  const syncs = rec === "cloud-sync" || rec === "connect-sync";
  const keepsMim = rec === "graph-connector" || (syncs && a["only-sync"] !== "yes");
  const bigDomain = a["largest-domain"] === "100k-150k" || a["largest-domain"] === "over-150k";
  return [
    ["upgrade-engine", a.engine === "fim-2010-r2" || a.engine === "mim-2016-pre-sp2"],
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
    ["remove-old-connector", true],
  ];
}

export const specCaveats = (a: Answers, outcome: OutcomeId): string[] =>
  specCaveatTable(a, outcome)
    .filter(([, raised]) => raised)
    .map(([id]) => id);

/** Every single-answer change, built here rather than by the engine: [question, new value]. */
export function singleChanges(a: CompleteAnswers): [QuestionId, unknown][] {
  const changes: [QuestionId, unknown][] = [];
  for (const q of questions) {
    const current = a[q.id];
    if (current === undefined) continue;
    if (q.id !== "needs") {
      for (const v of answerValues[q.id]) if (v !== current) changes.push([q.id, v]);
      continue;
    }
    const needs = current as readonly Need[];
    const offered = needOrder.filter(
      (n) =>
        n !== "none" &&
        (a.forests !== "one" || (n !== "same-person-several-forests" && n !== "cross-forest-references")),
    );
    for (const n of offered) {
      const without = needs.filter((x) => x !== n && x !== "none");
      const next = needs.includes(n) ? without : [...without, n];
      changes.push(["needs", next.length === 0 ? ["none"] : needOrder.filter((x) => next.includes(x))]);
    }
  }
  return changes;
}

/** v2's engine values (v3 added mim-2016-sp3). */
export const v2Engines = ["fim-2010-r2", "mim-2016-pre-sp2", "mim-2016-sp2"] as const;

/**
 * Every complete v2 answer set (342,414): v3's core sets (engine and federation left out, as v3
 * added the one and extended the other) with each of v2's three engines, in v2's key order.
 */
export function* allV2AnswerSets(): Generator<Answers> {
  for (const core of allCoreAnswerSets()) {
    for (const engine of v2Engines) {
      const v2: Record<string, unknown> = {};
      for (const [id, value] of Object.entries(core)) {
        if (id === "federation") continue;
        v2[id] = id === "engine" ? engine : value;
      }
      yield v2 as Answers;
    }
  }
}

/** A v2 share link's query for a v2 answer set, as v2's encoder wrote it. */
export function v2Query(a: Answers): string {
  return [
    "v=2",
    ...Object.entries(a).map(([id, value]) => `${id}=${Array.isArray(value) ? value.join(",") : String(value)}`),
  ].join("&");
}
