import type { GuideAnchor } from "../../shared/guide-anchors";

/**
 * The pending exports of one connector, as `csexport "<connector>" <file>.xml /f:x` writes them,
 * and what the page shows of them. Names of the file's elements are in cs-object.ts, with where
 * each was learnt.
 */

/** The operations counted, in the order they are shown. */
export const pendingOperations = ["add", "update", "delete", "delete-add"] as const;
export type PendingOperation = (typeof pendingOperations)[number];

/**
 * The bounds that keep memory to what the page shows. A bound reached is said in the summary
 * (`rowsLeftOut`, `keysComplete`), never silently.
 */
export interface PendingLimits {
  /** Object rows kept per object type and operation (the rest are counted, not listed). */
  readonly rowsPerCount: number;
  /** Before/after samples kept per changed attribute. */
  readonly samplesPerAttribute: number;
  /** Values kept per side of one sample (before, after, added, removed). */
  readonly valuesPerSample: number;
  /** Characters kept of one value (a photo or a certificate is cut, and says so with "…"). */
  readonly valueChars: number;
  /** Adds and deletes whose keys are kept for the gates (UPN, SMTP, anchors). */
  readonly gateKeys: number;
}

export const defaultLimits: PendingLimits = {
  rowsPerCount: 2000,
  samplesPerAttribute: 5,
  valuesPerSample: 10,
  valueChars: 256,
  gateKeys: 200_000,
};

/** One object behind a count: a compact row of the table. */
export interface PendingObjectRow {
  readonly dn: string;
  readonly objectType: string;
  readonly operation: PendingOperation;
  /** The connector space anchor, as written (base64 for binary anchors); empty when absent. */
  readonly anchor: string;
  /** The attributes the pending change sets (for an add: every attribute it writes). */
  readonly attributes: readonly string[];
  /** The new DN when the change renames or moves the object. */
  readonly newDn?: string;
  readonly userPrincipalName?: string;
  readonly primarySmtp?: string;
  readonly displayName?: string;
  readonly mail?: string;
}

/** The objects of one object type with one pending operation. */
export interface PendingCount {
  readonly objectType: string;
  readonly operation: PendingOperation;
  readonly count: number;
  /** At most `rowsPerCount` of them, in file order. */
  readonly rows: readonly PendingObjectRow[];
  /** How many were counted but not listed. */
  readonly rowsLeftOut: number;
}

/** One object's change to one attribute: the value before (synchronized hologram) and after. */
export interface AttributeSample {
  readonly dn: string;
  readonly objectType: string;
  /** The attribute's operation in the delta: add, replace, update or delete. */
  readonly operation: string;
  /** A reference (DN-valued) attribute: values are DNs. */
  readonly reference: boolean;
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Values after but not before (multi-valued adds, a reference's new target). */
  readonly added: readonly string[];
  /** Values before but not after. */
  readonly removed: readonly string[];
  /** True when a side had more values than `valuesPerSample` (the lists are cut). */
  readonly truncated: boolean;
}

/** An attribute changed by pending updates. */
export interface ChangedAttribute {
  readonly name: string;
  /** How many pending updates change it. */
  readonly objects: number;
  readonly reference: boolean;
  /** At most `samplesPerAttribute`, the first met in the file. */
  readonly samples: readonly AttributeSample[];
}

/** An update that changes the source anchor, or a delete-add (the object replaced). */
export interface AnchorChange {
  readonly dn: string;
  readonly objectType: string;
  readonly operation: PendingOperation;
  /** What was seen: an anchor attribute's name, or "anchor" (the connector space anchor differs), or "delete-add". */
  readonly what: string;
  readonly before: string;
  readonly after: string;
}

/** What the gates need of one add or delete: lower-case keys (UPN, SMTP addresses, anchors). */
export interface GateKeys {
  readonly dn: string;
  readonly objectType: string;
  readonly keys: readonly string[];
}

export type PendingProblemKind =
  | "empty"
  | "not-csexport"
  | "not-xml"
  | "truncated"
  | "too-deep"
  | "encoding"
  | "zip-no-xml"
  | "zip-refused"
  | "zip-unreadable"
  | "unreadable"
  | "no-pending-delta";

export interface PendingProblem {
  readonly file: string;
  readonly kind: PendingProblemKind;
  /** A sentence naming the file and what is wrong. */
  readonly message: string;
  /** What to do instead. */
  readonly hint: string;
}

export interface PendingExportSummary {
  /** The file's name as picked (for a zip: `archive.zip › entry.xml`). */
  readonly file: string;
  /** The connector (management agent) named in the file's objects (`ma-name`), when present. */
  readonly connectorName?: string;
  readonly connectorId?: string;
  /** The file's date as the page knows it (the picked file's last-modified time, ISO 8601), when given. */
  readonly fileDate?: string;
  /** The newest `last-import-delta-time` of its objects: when the connector last imported, as the file shows. */
  readonly newestImport?: string;
  /** Every `<cs-object>` read. */
  readonly objects: number;
  /** Objects with a pending export (an `unapplied-export` delta). */
  readonly pending: number;
  /** Pending changes that rename or move their object (a new DN). */
  readonly renames: number;
  /** Objects with an escrowed export (`escrowed-export`: exports "in progress", in Microsoft's words), counted apart. */
  readonly escrowed: number;
  /** Per object type and operation, object types in the order met, operations in `pendingOperations` order. */
  readonly counts: readonly PendingCount[];
  /** Changed by pending updates, most frequent first (then by name). */
  readonly attributes: readonly ChangedAttribute[];
  /** At most `rowsPerCount` of them; `anchorChangesCount` counts them all. */
  readonly anchorChanges: readonly AnchorChange[];
  readonly anchorChangesCount: number;
  /** Pending adds with their UPN and SMTP keys (for `adds-should-match`). */
  readonly addKeys: readonly GateKeys[];
  /** Pending deletes (and delete-adds) with their anchors and cloud ids (for `old-connector-deletes`). */
  readonly deleteKeys: readonly GateKeys[];
  /** False when more adds or deletes were met than `gateKeys`: the gates then say unknown. */
  readonly keysComplete: boolean;
  /**
   * True when reading stopped at a problem (not a csexport, truncated or damaged XML, a refused
   * zip…): what was read, perhaps nothing, is kept, and no gate passes.
   */
  readonly partial: boolean;
  /** How far reading got: the line, and the bytes of the file consumed. */
  readonly readUpTo?: { readonly line: number; readonly bytes: number };
  readonly problems: readonly PendingProblem[];
  readonly limits: PendingLimits;
}

/** The gates, by id (the page's `data-gate`). */
export const gateIds = ["delete-threshold", "adds-should-match", "anchor-changes", "old-connector-deletes"] as const;
export type GateId = (typeof gateIds)[number];
export type GateResult = "pass" | "fail" | "unknown";

export interface Gate {
  readonly id: GateId;
  readonly result: GateResult;
  /** Why, in words. */
  readonly reason: string;
  /** The guide section that explains it. */
  readonly anchor: GuideAnchor;
  /** The objects that made it fail, bounded (at most `GATE_EXAMPLES`). */
  readonly examples: readonly string[];
}

/** Connect Sync's export deletion threshold and cloud sync's accidental-deletion default (Microsoft Learn). */
export const DEFAULT_DELETE_THRESHOLD = 500;

export interface GateInputs {
  /** The threshold the visitor set (default 500). */
  readonly deleteThreshold?: number;
  /**
   * UPNs and SMTP addresses of the users the match check read (any case): the `softKeys` of its
   * users on the side the file exports to (`EntraUser` for an Entra connector's file, `AdUser` for
   * an AD agent's). The match store keeps counts only, so the page passes them from the match
   * session. Undefined or empty: the match check's files were not given, and the gate is unknown.
   */
  readonly matchUserKeys?: Iterable<string>;
  /** What is known of the old connector, for `old-connector-deletes`. */
  readonly oldConnector?: {
    /** Its management agent's names (from the server export read on /import). */
    readonly names?: readonly string[];
    /** Anchors and cloud object ids of its objects (from `oldConnectorObjects`), any case. */
    readonly keys?: Iterable<string>;
  };
}

/** One user, group or contact of the file, as the match check needs it (see old-connector.ts). */
export interface ConnectorObject {
  readonly objectType: string;
  readonly dn: string;
  /** The connector space anchor as written. */
  readonly anchor: string;
  /** The `sourceAnchor` attribute (the on-premises anchor the cloud object carries), when present. */
  readonly sourceAnchor?: string;
  /** The `cloudAnchor` attribute as written, when present (unconfirmed for the old connector: see old-connector.ts). */
  readonly cloudAnchor?: string;
  /** The cloud object's id, when the file carries one (see old-connector.ts for which attribute). */
  readonly cloudId?: string;
  readonly displayName?: string;
  readonly mail?: string;
  readonly userPrincipalName?: string;
  readonly primarySmtp?: string;
}
