import type { ExportFlow, FlowKind, ImportedExport, ManagementAgent, Metaverse } from "./types";

/**
 * Findings saved in this browser are checked field by field on load, as the advisor's answers
 * are: anything that does not have the shape the page reads is dropped, never half-trusted.
 */
export interface SavedImport {
  readonly imported: ImportedExport;
  /** The agent the visitor chose as the old connector, when the export has none or several. */
  readonly chosenId?: string;
  /** The server the visitor chose, when the files come from several (its key: the name in lower case). */
  readonly chosenServer?: string;
  /** Answers given to the advisor from the export (question id → value). */
  readonly applied: Readonly<Record<string, string>>;
  /** The evidence shown for each answer given (question id → lines), so the advisor can show it. */
  readonly appliedEvidence?: Readonly<Record<string, readonly string[]>>;
  /** When the export was read in this browser (ISO 8601). */
  readonly readAt?: string;
}

const isString = (value: unknown): value is string => typeof value === "string";
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const optionalString = (value: unknown) => value === undefined || isString(value);
const flowKinds: readonly FlowKind[] = ["direct", "constant", "scripted", "sync-rule"];
const optionalStrings = (value: unknown) => value === undefined || isStrings(value);
const optionalRecord = (value: unknown, check: (entry: unknown) => boolean) =>
  value === undefined || (isRecord(value) && Object.values(value).every(check));

function isExpression(value: unknown, depth = 0): boolean {
  if (!isRecord(value) || depth > 64) return false;
  if (isString(value.literal) || isString(value.attribute)) return true;
  return isString(value.fn) && Array.isArray(value.args) && value.args.every((arg) => isExpression(arg, depth + 1));
}

function isFlow(value: unknown): value is ExportFlow {
  return (
    isRecord(value) &&
    isString(value.objectType) &&
    isString(value.mvObjectType) &&
    isString(value.target) &&
    isStrings(value.sources) &&
    flowKinds.includes(value.kind as FlowKind) &&
    optionalString(value.constant) &&
    optionalString(value.scriptContext) &&
    optionalString(value.syncRuleId) &&
    optionalString(value.syncRuleMappingType) &&
    (value.expression === undefined || isExpression(value.expression))
  );
}

function isAgent(value: unknown): value is ManagementAgent {
  if (!isRecord(value)) return false;
  const deprovisioning = value.deprovisioning;
  return (
    ["id", "name", "category", "subtype", "listName", "file"].every((key) => isString(value[key])) &&
    optionalString(value.forest) &&
    optionalString(value.extension) &&
    optionalString(value.server) &&
    optionalStrings(value.connectSyncEvidence) &&
    (value.projections === undefined ||
      (Array.isArray(value.projections) &&
        value.projections.every(
          (projection) =>
            isRecord(projection) &&
            isString(projection.cdObjectType) &&
            isString(projection.type) &&
            optionalString(projection.mvObjectType),
        ))) &&
    Array.isArray(value.partitions) &&
    value.partitions.every(
      (partition) =>
        isRecord(partition) &&
        isString(partition.name) &&
        typeof partition.selected === "boolean" &&
        optionalString(partition.dn) &&
        (partition.isDomain === undefined || typeof partition.isDomain === "boolean"),
    ) &&
    isStrings(value.runProfiles) &&
    isStrings(value.objectTypes) &&
    isStrings(value.mvObjectTypes) &&
    isStrings(value.exportedMvObjectTypes) &&
    isRecord(deprovisioning) &&
    isString(deprovisioning.type) &&
    optionalString(deprovisioning.action) &&
    Array.isArray(value.exportFlows) &&
    value.exportFlows.every(isFlow)
  );
}

function isMetaverse(value: unknown): value is Metaverse {
  return (
    isRecord(value) &&
    isString(value.file) &&
    isString(value.provisioning) &&
    optionalString(value.extension) &&
    optionalString(value.server) &&
    optionalStrings(value.connectSyncEvidence) &&
    optionalRecord(value.recall, (entry) => typeof entry === "boolean") &&
    optionalRecord(value.contributions, isStrings) &&
    Array.isArray(value.deletionRules) &&
    value.deletionRules.every(
      (rule) => isRecord(rule) && isString(rule.mvObjectType) && isString(rule.type) && isStrings(rule.agentIds),
    ) &&
    isRecord(value.importsByAgent) &&
    Object.values(value.importsByAgent).every(isStrings)
  );
}

export function restoreImport(stored: unknown): SavedImport | undefined {
  if (!isRecord(stored) || !isRecord(stored.imported)) return undefined;
  const { agents, metaverse, otherMetaverses, problems, files } = stored.imported;
  if (!Array.isArray(agents) || !agents.every(isAgent)) return undefined;
  if (metaverse !== undefined && !isMetaverse(metaverse)) return undefined;
  if (otherMetaverses !== undefined && !(Array.isArray(otherMetaverses) && otherMetaverses.every(isMetaverse)))
    return undefined;
  if (
    !Array.isArray(problems) ||
    !problems.every((p) => isRecord(p) && isString(p.file) && isString(p.message) && isString(p.hint))
  )
    return undefined;
  if (!isStrings(files)) return undefined;
  if (agents.length === 0 && metaverse === undefined) return undefined;
  const applied = isRecord(stored.applied)
    ? Object.fromEntries(
        Object.entries(stored.applied).filter((entry): entry is [string, string] => isString(entry[1])),
      )
    : {};
  const appliedEvidence = isRecord(stored.appliedEvidence)
    ? Object.fromEntries(
        Object.entries(stored.appliedEvidence).filter(
          (entry): entry is [string, string[]] => entry[0] in applied && isStrings(entry[1]),
        ),
      )
    : {};
  const readAt = isString(stored.readAt) && !Number.isNaN(Date.parse(stored.readAt)) ? stored.readAt : undefined;
  return {
    imported: {
      agents,
      ...(metaverse ? { metaverse } : {}),
      ...(otherMetaverses ? { otherMetaverses } : {}),
      problems,
      files,
    } as ImportedExport,
    ...(isString(stored.chosenId) ? { chosenId: stored.chosenId } : {}),
    ...(isString(stored.chosenServer) ? { chosenServer: stored.chosenServer } : {}),
    applied,
    ...(Object.keys(appliedEvidence).length > 0 ? { appliedEvidence } : {}),
    ...(readAt ? { readAt } : {}),
  };
}
