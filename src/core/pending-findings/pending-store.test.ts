import { describe, expect, it } from "vitest";
import { restorePending } from "./pending-store";

const saved = {
  file: "pending-entra.xml",
  fileDate: "2026-12-02T21:00:00.000Z",
  checkedAt: "2026-12-03T06:00:00.000Z",
  connectorName: "contoso.onmicrosoft.com - AAD",
  deleteThreshold: 500,
  counts: [
    { objectType: "user", operation: "add", count: 3 },
    { objectType: "group", operation: "delete", count: 1 },
  ],
  gates: [
    { id: "delete-threshold", result: "pass", reason: "1 delete pending, within the threshold of 500." },
    { id: "adds-should-match", result: "unknown", reason: "The match check's files were not given." },
    { id: "anchor-changes", result: "fail", reason: "1 pending change to an object's anchor." },
    { id: "old-connector-deletes", result: "unknown", reason: "Cannot be told from this file alone." },
  ],
};

describe("the saved pending-exports result", () => {
  it("is restored when whole", () => {
    expect(restorePending(saved)).toEqual(saved);
  });

  it("is dropped when a count, a gate, the threshold or the time is wrong", () => {
    expect(
      restorePending({ ...saved, counts: [{ objectType: "user", operation: "rename", count: 1 }] }),
    ).toBeUndefined();
    expect(restorePending({ ...saved, counts: [{ objectType: "user", operation: "add", count: -1 }] })).toBeUndefined();
    expect(restorePending({ ...saved, gates: saved.gates.slice(1) })).toBeUndefined();
    expect(
      restorePending({ ...saved, gates: [{ ...saved.gates[0], result: "maybe" }, ...saved.gates.slice(1)] }),
    ).toBeUndefined();
    expect(restorePending({ ...saved, deleteThreshold: 2.5 })).toBeUndefined();
    expect(restorePending({ ...saved, checkedAt: "yesterday" })).toBeUndefined();
    expect(restorePending(null)).toBeUndefined();
  });

  it("never carries objects, and drops a file date that is not a date", () => {
    const restored = restorePending({ ...saved, fileDate: "soon", rows: [{ dn: "CN=x" }] })!;
    expect(Object.keys(restored)).not.toContain("rows");
    expect(restored.fileDate).toBeUndefined();
  });
});
