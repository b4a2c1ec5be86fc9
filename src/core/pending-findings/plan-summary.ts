import type { GateId, GateResult } from "../pending-exports/types";
import type { SavedPending } from "./pending-store";

/** Each gate's name, as the page, the plan and the Markdown show it. */
export const gateTitles: Record<GateId, string> = {
  "delete-threshold": "Deletes under the deletion threshold",
  "adds-should-match": "No add of a user who already exists",
  "anchor-changes": "No source anchor changes",
  "old-connector-deletes": "No delete of an object the old connector created",
};

export const gateResultWords: Record<GateResult, string> = {
  pass: "pass",
  fail: "fail",
  unknown: "not judged",
};

/** Go only when every gate passes; any failure is a no-go; otherwise it is not decided yet. */
export type PendingVerdict = "go" | "no-go" | "not-decided";

export interface PendingPlanSummary {
  readonly verdict: PendingVerdict;
  readonly file: string;
  readonly fileDate?: string;
  readonly checkedAt: string;
  readonly connectorName?: string;
  readonly deleteThreshold: number;
  readonly totals: {
    readonly add: number;
    readonly update: number;
    readonly delete: number;
    readonly deleteAdd: number;
  };
  readonly gates: readonly {
    readonly id: GateId;
    readonly title: string;
    readonly result: GateResult;
    readonly reason: string;
  }[];
}

export function pendingPlanSummary(saved: SavedPending): PendingPlanSummary {
  const gates = saved.gates.map((gate) => ({ ...gate, title: gateTitles[gate.id] }));
  const verdict: PendingVerdict = gates.some((gate) => gate.result === "fail")
    ? "no-go"
    : gates.every((gate) => gate.result === "pass")
      ? "go"
      : "not-decided";
  const total = (operation: string) =>
    saved.counts.filter((count) => count.operation === operation).reduce((sum, count) => sum + count.count, 0);
  return {
    verdict,
    file: saved.file,
    ...(saved.fileDate ? { fileDate: saved.fileDate } : {}),
    checkedAt: saved.checkedAt,
    ...(saved.connectorName ? { connectorName: saved.connectorName } : {}),
    deleteThreshold: saved.deleteThreshold,
    totals: { add: total("add"), update: total("update"), delete: total("delete"), deleteAdd: total("delete-add") },
    gates,
  };
}

const dateOf = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** Which file, of when: the file's own date when the browser gave it, else when it was read. */
export function pendingFileLine(summary: PendingPlanSummary): string {
  const when = summary.fileDate ? `dated ${dateOf(summary.fileDate)}` : `read ${dateOf(summary.checkedAt)}`;
  const { add, update, delete: deletes, deleteAdd } = summary.totals;
  const count = (value: number, one: string) => `${value.toLocaleString("en")} ${one}${value === 1 ? "" : "s"}`;
  return `${summary.file}${summary.connectorName ? ` (${summary.connectorName})` : ""}, ${when}: ${count(add, "add")}, ${count(update, "update")}, ${count(deletes, "delete")}, ${count(deleteAdd, "delete-add")}; deletion threshold ${summary.deleteThreshold.toLocaleString("en")}.`;
}

/** The headline: go, no-go or not decided, in one sentence. */
export function pendingPlanHeadline(summary: PendingPlanSummary): string {
  const failed = summary.gates.filter((gate) => gate.result === "fail").map((gate) => gate.title.toLowerCase());
  const unknown = summary.gates.filter((gate) => gate.result === "unknown").map((gate) => gate.title.toLowerCase());
  if (summary.verdict === "go") return "Go: every cut-over gate passed on the last pending exports read.";
  if (summary.verdict === "no-go")
    return `No-go: the last pending exports read failed ${failed.length === 1 ? "a gate" : `${failed.length} gates`} (${failed.join("; ")}). Settle each, run the import and synchronization again and read the pending exports again before any export.`;
  return `Not decided: ${unknown.length === 1 ? "one gate was" : `${unknown.length} gates were`} not judged (${unknown.join("; ")}). Give the page what it needs before any export.`;
}
