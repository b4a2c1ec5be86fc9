import { describe, expect, it } from "vitest";
import { matchPlanHeadline, matchPlanSummary } from "./plan-summary";
import { blockingVerdicts, zeroCounts } from "./types";

const at = "2026-12-03T04:00:00.000Z";

describe("the plan's view of the match check", () => {
  it("is a go when no blocking verdict is above zero, whatever else needs doing", () => {
    const summary = matchPlanSummary({
      counts: { ...zeroCounts(), "stamp-needed": 40, "hard-match": 900 },
      target: "cloud-sync",
      checkedAt: at,
    });
    expect(summary.go).toBe(true);
    expect(matchPlanHeadline(summary)).toMatch(/^Go:/);
  });

  it("is a no-go while any of collision, ambiguous, cannot-match or no-ad-object is above zero, each with what to do", () => {
    for (const verdict of blockingVerdicts) {
      const summary = matchPlanSummary({
        counts: { ...zeroCounts(), [verdict]: 3 },
        target: "connect-sync-objectguid",
        checkedAt: at,
      });
      expect(summary.go).toBe(false);
      expect(summary.blocking.map((entry) => entry.verdict)).toEqual([verdict]);
      expect(summary.blocking[0]?.todo.length).toBeGreaterThan(40);
      expect(matchPlanHeadline(summary)).toMatch(/^No-go: .*3 /);
    }
  });

  it("is a no-go while groups or contacts have a blocking verdict, though every user is settled", () => {
    const summary = matchPlanSummary({
      counts: { ...zeroCounts(), "hard-match": 900 },
      target: "connect-sync-consistencyguid",
      checkedAt: at,
      objects: { group: { ...zeroCounts(), "cannot-match": 12 }, contact: zeroCounts() },
    });
    expect(summary.go).toBe(false);
    expect(summary.blocking).toEqual([]);
    expect(summary.objectBlocking.map((entry) => [entry.kind, entry.verdict, entry.count])).toEqual([
      ["group", "cannot-match", 12],
    ]);
    expect(matchPlanHeadline(summary)).toMatch(/^No-go: .*12 groups: cannot match/);
  });

  it("says whether groups and contacts were checked when it is a go", () => {
    const users = { counts: zeroCounts(), target: "cloud-sync" as const, checkedAt: at };
    expect(matchPlanHeadline(matchPlanSummary(users))).toContain("users only");
    expect(
      matchPlanHeadline(matchPlanSummary({ ...users, objects: { group: zeroCounts(), contact: zeroCounts() } })),
    ).toContain("groups and contacts included");
  });
});
