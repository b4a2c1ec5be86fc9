import { describe, expect, it } from "vitest";
import { questionIds, type Answers } from "../decision/answers";
import { decideOutcome } from "../decision/decide-outcome";
import { upgradeReport } from "../decision/upgrade-report";
import { upgradeSavedAnswers } from "../decision/v2-upgrade";
import { allV2AnswerSets, specCaveats as specV2Caveats, specOutcome, v2Query } from "../decision/testing/spec-v2";
import { specV2ToV3, specV3Caveats } from "../decision/testing/spec-v3";
import { decodeShare } from "./decode";

const key = (value: unknown) => JSON.stringify(value);
/** The answers in the graph's order, as a decoded link holds them. */
const inGraphOrder = (a: Answers) =>
  Object.fromEntries(questionIds.filter((id) => a[id] !== undefined).map((id) => [id, a[id]]));

describe("every v2 answer set, opened from its v2 link", () => {
  it("numbers 342,414, decodes to its own answers with federation taken as unsure, keeps its v2 outcome, and reports exactly what changed", () => {
    let count = 0;
    const failures: string[] = [];
    for (const v2 of allV2AnswerSets()) {
      count++;
      const problem = ((): string | undefined => {
        const decoded = decodeShare(v2Query(v2));
        if (!decoded.ok) return `does not decode: ${decoded.problems.map((p) => p.kind).join()}`;
        if (decoded.version !== 2) return `version ${decoded.version}`;
        const expected = specV2ToV3(v2);
        if (key(decoded.answers) !== key(inGraphOrder(expected))) return "answers differ";
        const v2Outcome = specOutcome(v2);
        const outcome = decideOutcome(decoded.answers).outcome;
        if (outcome !== v2Outcome) return `outcome ${outcome}, v2 gave ${v2Outcome}`;
        const before = specV2Caveats(v2, v2Outcome);
        const after = specV3Caveats(expected, v2Outcome);
        const report = upgradeReport(decoded.answers, 2);
        if (key(report.caveatsAdded) !== key(after.filter((id) => !before.includes(id))))
          return `added ${report.caveatsAdded.join()}`;
        if (key(report.caveatsRemoved) !== key(before.filter((id) => !after.includes(id))))
          return `removed ${report.caveatsRemoved.join()}`;
        if (key(report.added) !== key([{ questionId: "federation", value: "unsure" }])) return "assumed answers differ";
        return undefined;
      })();
      if (problem !== undefined && failures.length < 5) failures.push(`${problem} for ${v2Query(v2)}`);
    }
    expect(count).toBe(342_414);
    expect(failures).toEqual([]);
  }, 120_000);

  it("is upgraded the same way when saved in a browser, while a set still in progress is left to be asked", () => {
    let n = 0;
    for (const v2 of allV2AnswerSets()) {
      if (n++ % 101 !== 0) continue;
      expect(upgradeSavedAnswers(v2, 2)).toEqual(specV2ToV3(v2));
    }
    const inProgress: Answers = { engine: "mim-2016-sp2", directory: "ad", "in-ad": "already", forests: "one" };
    expect(upgradeSavedAnswers(inProgress, 2)).toEqual(inProgress);
  });

  it("never carries the engine value or the question v3 added", () => {
    const v2 = allV2AnswerSets().next().value!;
    const withSp3 = v2Query(v2).replace(/engine=[^&]+/, "engine=mim-2016-sp3");
    expect(decodeShare(withSp3)).toMatchObject({
      ok: false,
      problems: [{ kind: "missing-answer", questionId: "engine" }],
    });
    expect(decodeShare(`${v2Query(v2)}&federation=adfs`)).toEqual(decodeShare(v2Query(v2)));
  });
});
