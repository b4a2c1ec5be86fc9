import { describe, expect, it } from "vitest";
import { decide, isComplete, outcomeIds } from "../advisor/model";
import { decodeShare } from "./decode";
import { encodeAnswers } from "./encode";
import v1 from "./fixtures/v1.json";

describe("links shared with version 1", () => {
  it("cover every outcome", () => {
    expect(new Set(v1.map((f) => f.outcome))).toEqual(new Set(outcomeIds));
  });

  it.each(v1)("still read as the same answers and outcome: $name", (fixture) => {
    const result = decodeShare(fixture.query);
    expect(result).toEqual({ ok: true, version: 1, answers: fixture.answers });
    if (!result.ok) return;
    expect(decide(result.answers).outcome).toBe(fixture.outcome);
    expect(isComplete(result.answers)).toBe(true);
    if (fixture.canonical) expect(encodeAnswers(result.answers)).toBe(fixture.query);
  });
});
