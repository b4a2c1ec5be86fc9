// What the whole walk reaches, from the decision alone (cheap enough for every answer set).
import { describe, expect, it } from "vitest";
import { blockerRules } from "./blockers";
import { caveatIds } from "./caveats";
import { raisedCaveatIds } from "./caveat-conditions";
import { allCoreAnswerSets, freeCombinations, withFreeAnswers } from "./enumerate";
import { optionIds, outcomeIds } from "./outcomes";
import { decide } from "./decide";
import { specV3CaveatTable } from "./testing/spec-v3";

describe("the complete answer sets together", () => {
  it("list caveats in the order of the spec's table", () => {
    expect([...caveatIds]).toEqual(specV3CaveatTable({}, "no-clean-fit").map(([id]) => id));
  });

  it("reach every outcome, blocker and caveat", () => {
    const seen = new Set<string>();
    allCoreAnswerSets().forEach((core, i) => {
      const a = withFreeAnswers(core, freeCombinations[i % freeCombinations.length]!);
      const d = decide(a);
      seen.add(`outcome:${d.outcome}`);
      for (const id of raisedCaveatIds(a, d)) seen.add(`caveat:${id}`);
      for (const o of optionIds) for (const b of d.blockers[o]) seen.add(`blocker:${o}:${b.id}`);
    });
    const expected = [
      ...outcomeIds.map((o) => `outcome:${o}`),
      ...caveatIds.map((c) => `caveat:${c}`),
      ...optionIds.flatMap((o) => blockerRules[o].map((r) => `blocker:${o}:${r.blocker.id}`)),
    ];
    expect(expected.filter((x) => !seen.has(x))).toEqual([]);
    expect(expected.length).toBe(4 + 22 + 10 + 3 + 3);
  });
});
