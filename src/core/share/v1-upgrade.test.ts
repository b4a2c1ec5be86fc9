import { describe, expect, it } from "vitest";
import { decodeShare } from "./decode";
import type { Answers, CompleteAnswers } from "../decision/answers";
import { raisedCaveatIds } from "../decision/caveat-conditions";
import { decideOutcome } from "../decision/decide-outcome";
import { upgradeReport } from "../decision/upgrade-report";
import { upgradeSavedAnswers } from "../decision/v2-upgrade";
import { allV1AnswerSets, specV1Caveats, v1Query } from "../decision/testing/spec-v1";
import { specOutcome } from "../decision/testing/spec-v2";

/** The spec's "Upgrading v1 links", restated (v1 → v2 → v3): what v2 and v3 assume for the questions they added. */
function expectedAdditions(a: Answers): Answers {
  const adSynced = a.directory === "ad" && (a["in-ad"] === "already" || a["in-ad"] === "can-add");
  const graphConsidered =
    a.directory === "ldap" || a.directory === "none" || a["in-ad"] === "can-add" || a["in-ad"] === "must-not";
  const big = a["largest-domain"] === "100k-150k" || a["largest-domain"] === "over-150k";
  return {
    ...(adSynced || a.directory === "ldap" ? { "total-objects": big ? "100k-or-more" : "unsure" } : {}),
    federation: "unsure",
    ...(graphConsidered ? { "mail-objects": "unsure" } : {}),
  };
}

/** Equal as answer sets, whatever the order of their keys. */
const sameAnswers = (a: object, b: object) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

describe("every v1 answer set, opened from its v1 link", () => {
  const v1Sets = allV1AnswerSets();

  it("numbers 25,974, as v1 of the decision model had", () => {
    expect(v1Sets).toHaveLength(25_974);
  });

  it("decodes to its own answers plus the spec's assumptions, keeps its v1 outcome, and reports exactly what changed", () => {
    const failures: string[] = [];
    for (const v1 of v1Sets) {
      const decoded = decodeShare(v1Query(v1));
      const expected = { ...v1, ...expectedAdditions(v1) };
      const problem = (() => {
        if (!decoded.ok) return `does not decode: ${decoded.problems.map((p) => p.kind).join()}`;
        if (decoded.version !== 1) return `version ${decoded.version}`;
        if (!sameAnswers(decoded.answers, expected)) return "answers differ";
        const v1Outcome = specOutcome(v1);
        const outcome = decideOutcome(decoded.answers).outcome;
        if (outcome !== v1Outcome) return `outcome ${outcome}, v1 gave ${v1Outcome}`;
        const before = specV1Caveats(v1, v1Outcome);
        const after: string[] = raisedCaveatIds(decoded.answers, decideOutcome(decoded.answers));
        const report = upgradeReport(decoded.answers, 1);
        const added = after.filter((id) => !before.includes(id));
        const removed = before.filter((id) => !after.includes(id));
        if (JSON.stringify(report.caveatsAdded) !== JSON.stringify(added)) return `added ${report.caveatsAdded.join()}`;
        if (JSON.stringify(report.caveatsRemoved) !== JSON.stringify(removed))
          return `removed ${report.caveatsRemoved.join()}`;
        const assumed: object = Object.fromEntries(report.added.map((x) => [x.questionId, x.value]));
        if (!sameAnswers(assumed, expectedAdditions(v1))) return "assumed answers differ";
        return undefined;
      })();
      if (problem !== undefined && failures.length < 5) failures.push(`${problem} for ${v1Query(v1)}`);
    }
    expect(failures).toEqual([]);
  });

  it("is upgraded the same way when saved in a browser, while a set still in progress is left to be asked", () => {
    for (const v1 of v1Sets.slice(0, 2000))
      expect(upgradeSavedAnswers(v1, 1)).toEqual({ ...v1, ...expectedAdditions(v1) });
    const inProgress: Answers = { engine: "mim-2016-sp2", directory: "ad", "in-ad": "already", forests: "one" };
    expect(upgradeSavedAnswers(inProgress, 1)).toEqual(inProgress);
  });
});

describe("a v1 answer set in a link that says v=2 or v=3", () => {
  it("is read as written, so it lacks the questions added since and is not trusted", () => {
    const v1 = allV1AnswerSets()[0]! as CompleteAnswers;
    for (const version of ["v=2", "v=3"]) expect(decodeShare(v1Query(v1).replace("v=1", version)).ok).toBe(false);
  });
});
