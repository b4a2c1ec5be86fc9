import { describe, expect, it } from "vitest";
import { pendingFileLine, pendingPlanHeadline, pendingPlanSummary } from "./plan-summary";
import type { SavedGate, SavedPending } from "./pending-store";

const gates = (results: SavedGate["result"][]): SavedGate[] =>
  (["delete-threshold", "adds-should-match", "anchor-changes", "old-connector-deletes"] as const).map((id, index) => ({
    id,
    result: results[index]!,
    reason: `${id} reason`,
  }));

const saved = (results: SavedGate["result"][]): SavedPending => ({
  file: "pending-entra.xml",
  fileDate: "2026-12-02T21:00:00.000Z",
  checkedAt: "2026-12-03T06:00:00.000Z",
  deleteThreshold: 500,
  counts: [
    { objectType: "user", operation: "add", count: 1200 },
    { objectType: "user", operation: "delete", count: 2 },
    { objectType: "group", operation: "delete", count: 3 },
    { objectType: "group", operation: "delete-add", count: 1 },
  ],
  gates: gates(results),
});

describe("the plan's summary of the last pending exports read", () => {
  it("is a go only when every gate passes", () => {
    const summary = pendingPlanSummary(saved(["pass", "pass", "pass", "pass"]));
    expect(summary.verdict).toBe("go");
    expect(pendingPlanHeadline(summary)).toMatch(/^Go: every cut-over gate passed/);
  });

  it("is a no-go when any gate fails, naming the failed gates, even with others not judged", () => {
    const summary = pendingPlanSummary(saved(["fail", "unknown", "pass", "pass"]));
    expect(summary.verdict).toBe("no-go");
    expect(pendingPlanHeadline(summary)).toMatch(/^No-go: .*a gate \(deletes under the deletion threshold\)/);
  });

  it("is not decided, never a go, when a gate could not be judged", () => {
    const summary = pendingPlanSummary(saved(["pass", "unknown", "pass", "unknown"]));
    expect(summary.verdict).toBe("not-decided");
    expect(pendingPlanHeadline(summary)).toMatch(/^Not decided: 2 gates were not judged/);
  });

  it("adds up each operation over the object types and dates the file", () => {
    const summary = pendingPlanSummary(saved(["pass", "pass", "pass", "pass"]));
    expect(summary.totals).toEqual({ add: 1200, update: 0, delete: 5, deleteAdd: 1 });
    expect(pendingFileLine(summary)).toBe(
      "pending-entra.xml, dated 2 Dec 2026, 21:00 UTC: 1,200 adds, 0 updates, 5 deletes, 1 delete-add; deletion threshold 500.",
    );
  });
});
