import type { AttributeChange, CsObject, Hologram } from "./cs-object";
import { cloudIdOf } from "./cloud-id";
import { detach, detachAll } from "./detach";
import { afterValues, identityOf, keysOf } from "./values";
import {
  pendingOperations,
  type AnchorChange,
  type AttributeSample,
  type GateKeys,
  type PendingCount,
  type PendingExportSummary,
  type PendingLimits,
  type PendingObjectRow,
  type PendingOperation,
  type PendingProblem,
} from "./types";

/**
 * Builds the summary one object at a time, keeping only what the page shows (bounded by
 * `PendingLimits`), so the file's size does not decide the memory used.
 */

/** The delta operations counted under each shown operation: replace is an update of the whole object. */
export function shownOperation(operation: string): PendingOperation | undefined {
  if (operation === "add") return "add";
  if (operation === "update" || operation === "replace") return "update";
  if (operation === "delete") return "delete";
  if (operation === "delete-add") return "delete-add";
  return undefined;
}

/**
 * The attributes that hold a source anchor, lower case: Connect Sync's Entra connector writes
 * `sourceAnchor` (the CSAnalyzer script reads it); Active Directory's `mS-DS-ConsistencyGuid`
 * (the default source anchor since Connect 1.1.524); `onPremisesImmutableId` and `immutableId`,
 * the Graph and older names of the same value on the cloud object.
 */
export const anchorAttributes = new Set([
  "sourceanchor",
  "ms-ds-consistencyguid",
  "onpremisesimmutableid",
  "immutableid",
]);

interface CountBucket {
  objectType: string;
  operation: PendingOperation;
  count: number;
  rows: PendingObjectRow[];
}

interface AttributeBucket {
  name: string;
  objects: number;
  reference: boolean;
  samples: AttributeSample[];
}

export interface FinishOptions {
  readonly partial: boolean;
  readonly readUpTo?: { readonly line: number; readonly bytes: number };
  readonly problems: readonly PendingProblem[];
  readonly fileDate?: string;
}

export class SummaryBuilder {
  private objects = 0;
  private pending = 0;
  private escrowed = 0;
  private renames = 0;
  private connectorName = "";
  private connectorId = "";
  private newestImport = "";
  private readonly counts = new Map<string, CountBucket>();
  private readonly types: string[] = [];
  private readonly attributes = new Map<string, AttributeBucket>();
  private readonly anchorChanges: AnchorChange[] = [];
  private anchorChangesSeen = 0;
  private readonly addKeys: GateKeys[] = [];
  private readonly deleteKeys: GateKeys[] = [];
  private keysComplete = true;

  constructor(
    private readonly file: string,
    private readonly limits: PendingLimits,
  ) {}

  /** How many `<cs-object>`s were read. */
  objectsRead(): number {
    return this.objects;
  }

  isEmpty(): boolean {
    return this.objects === 0;
  }

  add(object: CsObject): void {
    this.objects += 1;
    if (!this.connectorName && object.maName) this.connectorName = detach(object.maName);
    if (!this.connectorId && object.maId) this.connectorId = detach(object.maId);
    if (object.lastImport && object.lastImport > this.newestImport) this.newestImport = detach(object.lastImport);
    if (object.escrowed) this.escrowed += 1;
    const delta = object.pending;
    if (!delta) return;
    const operation = shownOperation(delta.operation);
    if (!operation) return;
    this.pending += 1;
    const identity = identityOf(object);
    const row: PendingObjectRow = {
      dn: object.dn,
      objectType: object.objectType,
      operation,
      anchor: object.anchor,
      attributes: delta.changes.map((change) => change.name),
      ...(delta.newDn && delta.newDn !== object.dn ? { newDn: delta.newDn } : {}),
      ...identity,
    };
    if (row.newDn) this.renames += 1;
    this.count(row);
    if (operation === "update") this.updated(object, delta.changes);
    if (operation === "delete-add")
      this.anchorChange({
        dn: object.dn,
        objectType: object.objectType,
        operation,
        what: "delete-add",
        before: "",
        after: "",
      });
    if (operation === "add") this.keep(this.addKeys, object, keysOf(identity, []));
    if (operation === "delete" || operation === "delete-add")
      this.keep(this.deleteKeys, object, keysOf({}, anchorKeys(object)));
  }

  private count(row: PendingObjectRow): void {
    const key = `${row.objectType}\u0000${row.operation}`;
    let bucket = this.counts.get(key);
    if (!bucket) {
      bucket = { objectType: detach(row.objectType), operation: row.operation, count: 0, rows: [] };
      this.counts.set(key, bucket);
      if (!this.types.includes(bucket.objectType)) this.types.push(bucket.objectType);
    }
    bucket.count += 1;
    if (bucket.rows.length < this.limits.rowsPerCount) bucket.rows.push(detachAll(row));
  }

  private updated(object: CsObject, changes: readonly AttributeChange[]): void {
    const seen = new Set<string>();
    for (const change of changes) {
      const lower = change.name.toLowerCase();
      if (!lower || seen.has(lower)) continue;
      seen.add(lower);
      let bucket = this.attributes.get(lower);
      if (!bucket) {
        bucket = { name: detach(change.name), objects: 0, reference: change.reference, samples: [] };
        this.attributes.set(lower, bucket);
      }
      bucket.objects += 1;
      const needSample = bucket.samples.length < this.limits.samplesPerAttribute;
      const isAnchor = anchorAttributes.has(lower);
      if (!needSample && !isAnchor) continue;
      const sample = this.sample(object, change);
      if (needSample) bucket.samples.push(detachAll(sample));
      if (isAnchor)
        this.anchorChange({
          dn: object.dn,
          objectType: object.objectType,
          operation: "update",
          what: change.name,
          before: sample.before.join("; "),
          after: sample.after.join("; "),
        });
    }
    const pendingAnchor = object.pending?.anchor ?? "";
    const beforeAnchor = object.before?.anchor ?? "";
    if (pendingAnchor && beforeAnchor && pendingAnchor !== beforeAnchor)
      this.anchorChange({
        dn: object.dn,
        objectType: object.objectType,
        operation: "update",
        what: "anchor",
        before: beforeAnchor,
        after: pendingAnchor,
      });
  }

  private sample(object: CsObject, change: AttributeChange): AttributeSample {
    const before = valuesIn(object.before, change.name);
    const after = afterValues(object, change, before);
    const beforeSet = new Set(before);
    const afterSet = new Set(after);
    const added = after.filter((value) => !beforeSet.has(value));
    const removed = before.filter((value) => !afterSet.has(value));
    const { valuesPerSample: most, valueChars } = this.limits;
    const cut = (values: readonly string[]) =>
      values.slice(0, most).map((value) => (value.length > valueChars ? `${value.slice(0, valueChars)}…` : value));
    return {
      dn: object.dn,
      objectType: object.objectType,
      operation: change.operation,
      reference: change.reference,
      before: cut(before),
      after: cut(after),
      added: cut(added),
      removed: cut(removed),
      truncated: [before, after, added, removed].some((values) => values.length > most),
    };
  }

  private anchorChange(change: AnchorChange): void {
    this.anchorChangesSeen += 1;
    if (this.anchorChanges.length < this.limits.rowsPerCount) this.anchorChanges.push(detachAll(change));
  }

  private keep(list: GateKeys[], object: CsObject, keys: readonly string[]): void {
    if (list.length >= this.limits.gateKeys) {
      this.keysComplete = false;
      return;
    }
    list.push({ dn: detach(object.dn), objectType: detach(object.objectType), keys: keys.map(detach) });
  }

  finish(options: FinishOptions): PendingExportSummary {
    const counts: PendingCount[] = [];
    for (const objectType of this.types) {
      for (const operation of pendingOperations) {
        const bucket = this.counts.get(`${objectType}\u0000${operation}`);
        if (!bucket) continue;
        counts.push({ ...bucket, rowsLeftOut: bucket.count - bucket.rows.length });
      }
    }
    const attributes = [...this.attributes.values()].sort(
      (a, b) => b.objects - a.objects || a.name.localeCompare(b.name),
    );
    return {
      file: this.file,
      ...(this.connectorName ? { connectorName: this.connectorName } : {}),
      ...(this.connectorId ? { connectorId: this.connectorId } : {}),
      ...(options.fileDate ? { fileDate: options.fileDate } : {}),
      ...(this.newestImport ? { newestImport: this.newestImport } : {}),
      objects: this.objects,
      pending: this.pending,
      renames: this.renames,
      escrowed: this.escrowed,
      counts,
      attributes,
      anchorChanges: this.anchorChanges,
      anchorChangesCount: this.anchorChangesSeen,
      addKeys: this.addKeys,
      deleteKeys: this.deleteKeys,
      keysComplete: this.keysComplete,
      partial: options.partial,
      ...(options.readUpTo ? { readUpTo: options.readUpTo } : {}),
      problems: options.problems,
      limits: this.limits,
    };
  }
}

function valuesIn(hologram: Hologram | undefined, name: string): string[] {
  return [...(hologram?.attributes.get(name.toLowerCase())?.values ?? [])];
}

/**
 * The keys of a deleted object the old connector's list could hold: its sourceAnchor and cloud
 * ids. Not the connector space anchor: two connectors' spaces give their objects unrelated anchors.
 */
function anchorKeys(object: CsObject): string[] {
  const keys: string[] = [];
  for (const hologram of [object.before, object.after]) {
    for (const name of ["sourceanchor", "cloudanchor", "objectid"]) {
      for (const value of valuesIn(hologram, name)) keys.push(value, cloudIdOf(value));
    }
  }
  return keys;
}
