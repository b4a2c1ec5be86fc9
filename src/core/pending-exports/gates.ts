import type { GuideAnchor } from "../../shared/guide-anchors";
import {
  DEFAULT_DELETE_THRESHOLD,
  type Gate,
  type GateId,
  type GateInputs,
  type GateKeys,
  type PendingExportSummary,
} from "./types";
import { anchorKey } from "./values";

/**
 * The cut-over gates: pure functions of the summary and what the page knows besides (the
 * threshold the visitor set, the match check's users, the old connector's names and anchors).
 * A gate that cannot be judged from what it has says `unknown` and why, never `pass`.
 */

/** Examples named per failing gate. */
export const GATE_EXAMPLES = 10;

const anchors: Record<GateId, GuideAnchor> = {
  "delete-threshold": "migrate-safely#accidental-delete-protection",
  "adds-should-match": "migrate-safely#match-existing-objects",
  "anchor-changes": "migrate-safely#anchor-per-engine",
  "old-connector-deletes": "migrate-safely#deleted-objects",
};

const gate = (id: GateId, result: Gate["result"], reason: string, examples: readonly string[] = []): Gate => ({
  id,
  result,
  reason,
  anchor: anchors[id],
  examples: examples.slice(0, GATE_EXAMPLES),
});

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function total(summary: PendingExportSummary, operation: string): number {
  return summary.counts.filter((count) => count.operation === operation).reduce((sum, count) => sum + count.count, 0);
}

/** A usable threshold: a whole number of at least 0, else the default. */
export function thresholdOf(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : DEFAULT_DELETE_THRESHOLD;
}

/**
 * Deletes against the threshold. Connect Sync stops an export run whose deletes exceed its
 * threshold (500 by default), and cloud sync's accidental-deletion prevention does the same per
 * sync cycle; a delete-add deletes the object too, so both are counted (our reading: Learn does
 * not say whether the engines count a delete-add).
 */
export function deleteThresholdGate(summary: PendingExportSummary, inputs: GateInputs): Gate {
  const threshold = thresholdOf(inputs.deleteThreshold);
  const deletes = total(summary, "delete");
  const deleteAdds = total(summary, "delete-add");
  const count = deletes + deleteAdds;
  const counted =
    deleteAdds > 0 ? `${plural(deletes, "delete")} and ${plural(deleteAdds, "delete-add")}` : plural(deletes, "delete");
  const examples = summary.deleteKeys.map((keys) => keys.dn);
  if (count > threshold)
    return gate(
      "delete-threshold",
      "fail",
      `${counted} pending: more than the threshold of ${threshold}. The engine would stop the export (if its protection is on); find out why before going on.`,
      examples,
    );
  if (summary.partial)
    return gate(
      "delete-threshold",
      "unknown",
      `${counted} in the part of the file read, within the threshold of ${threshold}; the file was not read to its end.`,
    );
  return gate(
    "delete-threshold",
    "pass",
    count === 0
      ? `No deletes pending (threshold ${threshold}).`
      : `${counted} pending, within the threshold of ${threshold}: the engine exports every one of them without stopping, so check the objects behind the count before going on.`,
    examples,
  );
}

/** Adds whose UPN or primary SMTP address is a user the match check read: they should have matched. */
export function addsShouldMatchGate(summary: PendingExportSummary, inputs: GateInputs): Gate {
  const known = new Set<string>();
  for (const key of inputs.matchUserKeys ?? []) {
    const lower = key.trim().toLowerCase();
    if (lower) known.add(lower);
  }
  if (known.size === 0)
    return gate(
      "adds-should-match",
      "unknown",
      "No Entra users were given to compare the pending adds with: the users already in Entra ID come from the match check's Entra users export.",
    );
  if (!summary.keysComplete)
    return gate(
      "adds-should-match",
      "unknown",
      `The file has more adds than this page compares (${summary.limits.gateKeys}); compare them with the match check's users by other means.`,
    );
  const hits: GateKeys[] = summary.addKeys.filter((add) => add.keys.some((key) => known.has(key)));
  if (hits.length > 0)
    return gate(
      "adds-should-match",
      "fail",
      `${plural(hits.length, "pending add")} ${hits.length === 1 ? "has" : "have"} the UPN or primary SMTP address of a user the match check read: exported, ${hits.length === 1 ? "it" : "they"} would create a duplicate or be soft-matched instead of joining by the source anchor. Fix their anchors first.`,
      hits.map((hit) => hit.dn),
    );
  const adds = summary.addKeys.length;
  if (summary.partial)
    return gate(
      "adds-should-match",
      "unknown",
      `None of the ${plural(adds, "add")} read so far matches; the file was not read to its end.`,
    );
  return gate(
    "adds-should-match",
    "pass",
    `None of the ${plural(adds, "pending add")} has the UPN or primary SMTP address of a user the match check read.`,
  );
}

/** Updates that change the source anchor, and delete-adds (the object deleted and created again). */
export function anchorChangesGate(summary: PendingExportSummary): Gate {
  const count = summary.anchorChangesCount;
  if (count > 0) {
    const replaced = summary.anchorChanges.filter((change) => change.what === "delete-add").length;
    const changed = summary.anchorChanges.length - replaced;
    return gate(
      "anchor-changes",
      "fail",
      `${plural(count, "pending change")} to an object's anchor${replaced > 0 ? ` (${plural(changed, "anchor update")}, ${plural(replaced, "delete-add")}: the object deleted and created again, which is how an engine applies a changed anchor it cannot modify)` : ""}. The object in Entra ID is matched by its source anchor: changing it breaks the match.`,
      summary.anchorChanges.map((change) => `${change.dn} (${change.what})`),
    );
  }
  if (summary.partial)
    return gate("anchor-changes", "unknown", "No anchor changes in the part read; the file was not read to its end.");
  return gate(
    "anchor-changes",
    "pass",
    "No pending update changes sourceAnchor, ms-DS-ConsistencyGuid, onPremisesImmutableId, immutableId or an object's connector space anchor, and there are no delete-adds.",
  );
}

/**
 * Deletes of objects the old connector created. Known two ways: the file is the old
 * connector's own agent (its `ma-name` is one of the old connector's names: every delete there
 * deletes one of its objects), or a delete's anchor, sourceAnchor or cloud id is among the old
 * connector's objects (`oldConnectorObjects` of its own csexport). Without either, unknown.
 */
export function oldConnectorDeletesGate(summary: PendingExportSummary, inputs: GateInputs): Gate {
  const deletes = summary.deleteKeys;
  const names = (inputs.oldConnector?.names ?? []).map((name) => name.trim().toLowerCase()).filter(Boolean);
  const isOldConnector = !!summary.connectorName && names.includes(summary.connectorName.trim().toLowerCase());
  if (isOldConnector) {
    if (deletes.length > 0 || !summary.keysComplete)
      return gate(
        "old-connector-deletes",
        "fail",
        `This is the old connector's own agent (${summary.connectorName}): its ${plural(deletes.length, "pending delete")} would delete objects it created in Entra ID.`,
        deletes.map((entry) => entry.dn),
      );
    if (summary.partial)
      return gate(
        "old-connector-deletes",
        "unknown",
        `This is the old connector's own agent (${summary.connectorName}): no pending delete in the part read, but the file was not read to its end.`,
      );
    return gate(
      "old-connector-deletes",
      "pass",
      `This is the old connector's own agent (${summary.connectorName}), and it has no pending deletes.`,
    );
  }
  const known = new Set<string>();
  for (const key of inputs.oldConnector?.keys ?? []) {
    const anchor = anchorKey(key);
    if (anchor) known.add(anchor);
  }
  if (deletes.length === 0 && summary.keysComplete && !summary.partial)
    return gate("old-connector-deletes", "pass", "There are no pending deletes.");
  if (known.size === 0)
    return gate(
      "old-connector-deletes",
      "unknown",
      `${plural(deletes.length, "pending delete")}: whether the old connector created ${deletes.length === 1 ? "it" : "them"} cannot be told from this file alone. Read the old connector's own csexport here too (its anchors), or check the deleted objects by hand.`,
    );
  const hits = deletes.filter((entry) => entry.keys.some((key) => known.has(key)));
  if (hits.length > 0)
    return gate(
      "old-connector-deletes",
      "fail",
      `${plural(hits.length, "pending delete")} ${hits.length === 1 ? "is" : "are"} of an object the old connector created (its anchor is in the old connector's export).`,
      hits.map((hit) => hit.dn),
    );
  if (!summary.keysComplete || summary.partial)
    return gate(
      "old-connector-deletes",
      "unknown",
      "No delete read so far is of the old connector's objects, but the file was not read whole.",
    );
  return gate(
    "old-connector-deletes",
    "pass",
    `None of the ${plural(deletes.length, "pending delete")} is of an object in the old connector's export.`,
  );
}

/** Every gate, in `gateIds` order. */
export function judgeGates(summary: PendingExportSummary, inputs: GateInputs = {}): Gate[] {
  return [
    deleteThresholdGate(summary, inputs),
    addsShouldMatchGate(summary, inputs),
    anchorChangesGate(summary),
    oldConnectorDeletesGate(summary, inputs),
  ];
}
