import { describe, expect, it } from "vitest";
import { decide, evaluate, isComplete, outcomeIds, optionIds, type Answers, type CompleteAnswers } from "../decision";
import { questionsAddedInV2 } from "../decision/v1-upgrade";
import { questionsAddedInV3 } from "../decision/v2-upgrade";
import { upgradeReport } from "../decision/upgrade-report";
import { v1Query } from "../decision/testing/spec-v1";
import { decodeShare } from "./decode";
import { encodeAnswers } from "./encode";
import v1 from "./fixtures/v1.json";
import v2 from "./fixtures/v2.json";
import v3 from "./fixtures/v3.json";

const without = (answers: object, ids: readonly string[]) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

describe("links shared with version 1", () => {
  it("cover every outcome", () => {
    expect(new Set(v1.map((f) => f.outcome))).toEqual(new Set(outcomeIds));
  });

  it.each(v1)(
    "still read as the same answers, with only the questions added since, and the same outcome: $name",
    (fixture) => {
      const result = decodeShare(fixture.query);
      expect(result).toMatchObject({ ok: true, version: 1 });
      if (!result.ok) return;
      expect(without(result.answers, [...questionsAddedInV2, ...questionsAddedInV3])).toEqual(fixture.answers);
      expect(result.answers.federation).toBe("unsure");
      expect(decide(result.answers).outcome).toBe(fixture.outcome);
      expect(isComplete(result.answers)).toBe(true);
      if (fixture.canonical) expect(v1Query(fixture.answers as Answers)).toBe(fixture.query);
    },
  );
});

describe("links shared with version 2", () => {
  it("cover every outcome", () => {
    expect(new Set(v2.map((f) => f.outcome))).toEqual(new Set(outcomeIds));
  });

  it.each(v2)(
    "read as their answers with federation taken as unsure, the same outcome and blockers, and v2's caveats changed exactly as the notice says: $name",
    (fixture) => {
      const result = decodeShare(fixture.query);
      expect(result).toEqual({ ok: true, version: 2, answers: { ...fixture.answers, federation: "unsure" } });
      if (!result.ok) return;
      const r = evaluate(result.answers);
      expect(r.outcome).toBe(fixture.outcome);
      for (const o of optionIds)
        expect(r.options[o].blockers.map((b) => b.id)).toEqual(fixture.blockers[o as keyof typeof fixture.blockers]);
      const report = upgradeReport(result.answers, 2);
      const today = r.caveats.map((c) => c.id);
      expect(today.filter((id) => !fixture.caveats.includes(id))).toEqual(report.caveatsAdded);
      expect(fixture.caveats.filter((id) => !today.includes(id as (typeof today)[number]))).toEqual(
        report.caveatsRemoved,
      );
      expect(report.added).toEqual([{ questionId: "federation", value: "unsure" }]);
    },
  );
});

describe("links shared with version 3", () => {
  it("cover every outcome and every caveat v3 added", () => {
    expect(new Set(v3.map((f) => f.outcome))).toEqual(new Set(outcomeIds));
    const raised = new Set(v3.flatMap((f) => f.caveats));
    for (const id of ["upgrade-engine", "federation-claim", "confirm-federation", "graph-federated-users"])
      expect(raised).toContain(id);
  });

  it.each(v3)("read as their answers, with the spec's outcome, caveats and blockers: $name", (fixture) => {
    const result = decodeShare(fixture.query);
    expect(result).toEqual({ ok: true, version: 3, answers: fixture.answers });
    if (!result.ok) return;
    const r = evaluate(result.answers);
    expect(r.outcome).toBe(fixture.outcome);
    expect(r.caveats.map((c) => c.id)).toEqual(fixture.caveats);
    for (const o of optionIds)
      expect(r.options[o].blockers.map((b) => b.id)).toEqual(fixture.blockers[o as keyof typeof fixture.blockers]);
    if (fixture.canonical) expect(encodeAnswers(result.answers as CompleteAnswers)).toBe(fixture.query);
  });
});
