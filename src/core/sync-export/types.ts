/**
 * What the import keeps from a FIM/MIM server configuration export: plain data, so it can be
 * saved in this browser and validated on load. Element names are those of the export files
 * (`MA-{GUID}.XML` holds `<saved-ma-configuration>`, `MV.XML` holds `<saved-mv-configuration>`);
 * see `read-export.ts` for where each field comes from.
 */

/** The four ways an export flow can compute its value (`<export-flow>`'s one child). */
export type FlowKind = "direct" | "constant" | "scripted" | "sync-rule";

export interface ExportFlow {
  /** The connector space object type (`export-flow-set@cd-object-type`). */
  readonly objectType: string;
  /** The metaverse object type it flows from (`export-flow-set@mv-object-type`). */
  readonly mvObjectType: string;
  /** The target attribute (`export-flow@cd-attribute`). */
  readonly target: string;
  /** The metaverse attributes it reads (`src-attribute`), none for a constant. */
  readonly sources: readonly string[];
  readonly kind: FlowKind;
  /** A constant flow's value (`constant-value`), or a sync rule's constant (`sync-rule-value`). */
  readonly constant?: string;
  /** A scripted flow's name in the rules extension (`script-context`). */
  readonly scriptContext?: string;
  /** A sync-rule flow's rule id and mapping type (`sync-rule-id`, `mapping-type`). */
  readonly syncRuleId?: string;
  readonly syncRuleMappingType?: string;
  /** A sync-rule expression's function tree (`sync-rule-value/export-flow/fn`), kept for translation. */
  readonly expression?: ExpressionNode;
}

/**
 * One node of a FIM Service sync rule's expression as the export writes it: `<fn id="IIF">` with
 * `<arg>` children, each a literal (`"CN="`, `512`), an attribute name, or another function.
 */
export type ExpressionNode =
  | { readonly fn: string; readonly args: readonly ExpressionNode[] }
  | { readonly literal: string }
  | { readonly attribute: string };

/** A projection rule (`projection/class-mapping`): `declared`, `scripted` or `sync-rule`. */
export interface Projection {
  readonly cdObjectType: string;
  readonly type: string;
  /** Absent for a scripted projection: the rules extension chooses the type. */
  readonly mvObjectType?: string;
}

export interface Partition {
  readonly name: string;
  /** AD partitions: the naming context and whether it is a domain (`adma-partition-data`). */
  readonly dn?: string;
  readonly isDomain?: boolean;
  readonly selected: boolean;
}

export interface ManagementAgent {
  /** The agent's id as the export writes it, `{GUID}`. */
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly subtype: string;
  readonly listName: string;
  /** The file it was read from (inside a zip: `archive.zip/MA-….XML`). */
  readonly file: string;
  /** The sync server that wrote the file (`saved-ma-configuration@server`). */
  readonly server?: string;
  /** Projection rules: which agent creates metaverse objects of which type. */
  readonly projections?: readonly Projection[];
  /** What in the file shows a Microsoft Entra Connect Sync connector, if anything. */
  readonly connectSyncEvidence?: readonly string[];
  /** AD agents: `private-configuration/adma-configuration/forest-name`. */
  readonly forest?: string;
  readonly partitions: readonly Partition[];
  readonly runProfiles: readonly string[];
  /** Connector space object types it handles: partition filters, flows, join and projection rules. */
  readonly objectTypes: readonly string[];
  /** Metaverse object types it is attached to: export flows, join and projection rules. */
  readonly mvObjectTypes: readonly string[];
  /** Metaverse object types it exports flows for. */
  readonly exportedMvObjectTypes: readonly string[];
  /** Its rules extension (`extension/assembly-name`), if any. */
  readonly extension?: string;
  /** Its deprovisioning setting (`provisioning-cleanup@type` and its `action`). */
  readonly deprovisioning: { readonly type: string; readonly action?: string };
  /** Every export flow (any agent can be chosen as the old connector). */
  readonly exportFlows: readonly ExportFlow[];
}

export type DeletionRuleType = "declared-any" | "declared-last" | "scripted";

export interface DeletionRule {
  readonly mvObjectType: string;
  /** As written; the three known types are `DeletionRuleType`. */
  readonly type: string;
  /** `src-ma`: for declared-any the agents whose disconnection deletes; for declared-last those ignored. */
  readonly agentIds: readonly string[];
}

export interface Metaverse {
  readonly file: string;
  /** The sync server that wrote the file (`saved-mv-configuration@server`). */
  readonly server?: string;
  /** Connect Sync's own settings (`mv-data/parameter-values`), as evidence, if any. */
  readonly connectSyncEvidence?: readonly string[];
  /** Agent id → attribute recall (`per-ma-options/ma-options/enable-recall`): true, false, or absent. */
  readonly recall?: Readonly<Record<string, boolean>>;
  /** Agent id → the metaverse attributes it imports, as `type.attribute` (`import-flows@mv-attribute`). */
  readonly contributions?: Readonly<Record<string, readonly string[]>>;
  /** `provisioning@type`: `none`, `scripted`, `sync-rule` or `both`. */
  readonly provisioning: string;
  /** The metaverse rules extension (`extension/assembly-name`). */
  readonly extension?: string;
  readonly deletionRules: readonly DeletionRule[];
  /** Agent id → metaverse object types it has import flows into (`import-flow@src-ma`). */
  readonly importsByAgent: Readonly<Record<string, readonly string[]>>;
}

export interface ImportProblem {
  readonly file: string;
  readonly message: string;
  /** What the visitor can do about it. */
  readonly hint: string;
  /** Another tool's file, when recognised (`connect-sync-connector`, `connect-sync-rule`). */
  readonly source?: string;
  /** Another page of this site reads this file: the page links there. */
  readonly readBy?: "match" | "pending-exports";
}

/** Everything read from the files the visitor gave, before any judgement. */
export interface ImportedExport {
  readonly agents: readonly ManagementAgent[];
  readonly metaverse?: Metaverse;
  /** MV.XML files of other servers (files from several servers are grouped, never merged). */
  readonly otherMetaverses?: readonly Metaverse[];
  readonly problems: readonly ImportProblem[];
  /** Every file (or zip entry) that was read as part of the export. */
  readonly files: readonly string[];
}
