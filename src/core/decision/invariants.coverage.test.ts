// What the whole walk reaches, from the decision alone (cheap enough for every answer set).
import { describe, expect, it } from "vitest";
import { blockerRules } from "./blockers";
import { caveatIds, caveatsFor } from "./caveats";
import { allCompleteAnswerSets } from "./enumerate";
import { optionIds, outcomeIds } from "./outcomes";
import { decide } from "./decide";
import { specCaveatTable } from "./testing/spec-v2";

describe("the complete answer sets together", () => {
  it("number 342,414, as the decision model says", () => {
    expect(allCompleteAnswerSets()).toHaveLength(342_414);
  });

  it("list caveats in the order of the spec's table", () => {
    expect([...caveatIds]).toEqual(specCaveatTable({}, "no-clean-fit").map(([id]) => id));
  });

  it("reach every outcome, blocker and caveat", () => {
    const seen = new Set<string>();
    for (const a of allCompleteAnswerSets()) {
      const d = decide(a);
      seen.add(`outcome:${d.outcome}`);
      for (const c of caveatsFor(a, d)) seen.add(`caveat:${c.id}`);
      for (const o of optionIds) for (const b of d.blockers[o]) seen.add(`blocker:${o}:${b.id}`);
    }
    const expected = [
      ...outcomeIds.map((o) => `outcome:${o}`),
      ...caveatIds.map((c) => `caveat:${c}`),
      ...optionIds.flatMap((o) => blockerRules[o].map((r) => `blocker:${o}:${r.blocker.id}`)),
    ];
    expect(expected.filter((x) => !seen.has(x))).toEqual([]);
    expect(expected.length).toBe(4 + 19 + 10 + 3 + 3);
  });
});
