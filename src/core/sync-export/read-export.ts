import { textContent, type KeepSpec, type XmlElement } from "./stream-xml";
import { child, children, text } from "./xml-read";
import { connectSyncConnectorEvidence, connectSyncMetaverseEvidence } from "./connect-sync";
import { readExpression } from "./expression";
import type { DeletionRule, ExportFlow, FlowKind, ManagementAgent, Metaverse, Partition, Projection } from "./types";

/**
 * Reads one parsed export file. The element names were checked against Microsoft's own parsers
 * of these files (microsoft/MIMConfigDocumenter: MIMSyncConfigDocumenter.cs, ConnectorDocumenter.cs,
 * MetaverseDocumenter.cs, ActiveDirectoryConnectorDocumenter.cs, and its Contoso sample export) and
 * lithnet/miis-client's models (ManagementAgent, Partition, ExportFlow, FlowRule, MVConfiguration,
 * MVDeletionRule). The files carry no namespace outside the DSML schema, which is not read.
 *
 * It reads the small tree `KeptTreeReader` builds: only the elements listed in `keepForRoot`,
 * so the rest of a big export (the schema, run profiles' steps, the agent's UI settings) is
 * parsed as it streams past and never stored.
 */

export type ReadResult =
  | { readonly kind: "agent"; readonly agent: ManagementAgent }
  | { readonly kind: "metaverse"; readonly metaverse: Metaverse }
  | { readonly kind: "not-an-export"; readonly root: string };

/** The old connector's subtype and list name, as the Synchronization Service writes them. */
const WAAD_NAME = "windows azure active directory (microsoft)";

const leaf = true as const;
const agentKeep: KeepSpec = {
  "ma-data": {
    id: leaf,
    name: leaf,
    category: leaf,
    subtype: leaf,
    "ma-listname": leaf,
    "export-attribute-flow": leaf,
    "ma-partition-data": {
      partition: {
        name: leaf,
        selected: leaf,
        filter: { "object-classes": leaf },
        "custom-data": { "adma-partition-data": { dn: leaf, "is-domain": leaf } },
      },
    },
    join: leaf,
    projection: leaf,
    "provisioning-cleanup": leaf,
    "private-configuration": {
      "adma-configuration": { "forest-name": leaf, "forest-login-user": leaf, "password-hash-sync-config": leaf },
      MAConfig: {
        "extension-config": { filename: leaf, "assembly-version": leaf },
        "aad-password-reset-config": leaf,
        "parameter-values": leaf,
      },
    },
    extension: { "assembly-name": leaf },
    "ma-run-data": { "run-configuration": { name: leaf } },
  },
};
const metaverseKeep: KeepSpec = {
  "mv-data": {
    "mv-deletion": leaf,
    "import-attribute-flow": leaf,
    extension: { "assembly-name": leaf },
    provisioning: leaf,
    "parameter-values": leaf,
  },
};

/** The parts of each kind of export this reader uses (everything below a `leaf` is kept). */
export function keepForRoot(rootName: string): KeepSpec | undefined {
  if (rootName === "saved-ma-configuration") return agentKeep;
  if (rootName === "saved-mv-configuration") return metaverseKeep;
  return undefined;
}

export function readExportDocument(root: XmlElement | undefined, file: string): ReadResult {
  const rootName = root?.name ?? "";
  if (rootName === "saved-ma-configuration") {
    const data = child(root, "ma-data");
    if (data && child(data, "id") && child(data, "name")) {
      const agent = readAgent(data, file);
      const server = root?.attributes["server"]?.trim();
      return { kind: "agent", agent: server ? { ...agent, server } : agent };
    }
  }
  if (rootName === "saved-mv-configuration") {
    const data = child(root, "mv-data");
    if (data) {
      const metaverse = readMetaverse(data, file);
      const server = root?.attributes["server"]?.trim();
      return { kind: "metaverse", metaverse: server ? { ...metaverse, server } : metaverse };
    }
  }
  return { kind: "not-an-export", root: rootName };
}

export function isOldConnectorType(agent: Pick<ManagementAgent, "category" | "subtype" | "listName">): boolean {
  return (
    agent.category.trim().toLowerCase() === "extensible2" &&
    (agent.subtype.trim().toLowerCase() === WAAD_NAME || agent.listName.trim().toLowerCase() === WAAD_NAME)
  );
}

function readAgent(data: XmlElement, file: string): ManagementAgent {
  const category = text(data, "category");
  const subtype = text(data, "subtype");
  const listName = text(data, "ma-listname");
  const flows = readExportFlows(data);
  const partitions = children(child(data, "ma-partition-data"), "partition").map(readPartition);
  const objectTypes = new Set<string>();
  const mvObjectTypes = new Set<string>();
  for (const partition of children(child(data, "ma-partition-data"), "partition")) {
    if (text(partition, "selected") === "0") continue;
    for (const objectClass of children(child(child(partition, "filter"), "object-classes"), "object-class")) {
      addText(objectTypes, textContent(objectClass));
    }
  }
  for (const flow of flows) {
    addText(objectTypes, flow.objectType);
    addText(mvObjectTypes, flow.mvObjectType);
  }
  for (const profile of children(child(data, "join"), "join-profile")) {
    addText(objectTypes, profile.attributes["cd-object-type"]);
    for (const criterion of children(profile, "join-criterion")) {
      addText(mvObjectTypes, child(criterion, "search")?.attributes["mv-object-type"]);
    }
  }
  const projections: Projection[] = [];
  for (const mapping of children(child(data, "projection"), "class-mapping")) {
    addText(objectTypes, mapping.attributes["cd-object-type"]);
    addText(mvObjectTypes, text(mapping, "mv-object-type"));
    const mvObjectType = text(mapping, "mv-object-type");
    projections.push({
      cdObjectType: mapping.attributes["cd-object-type"] ?? "",
      type: mapping.attributes["type"] ?? "",
      ...(mvObjectType ? { mvObjectType } : {}),
    });
  }
  const cleanup = child(data, "provisioning-cleanup");
  const forest = text(child(child(data, "private-configuration"), "adma-configuration"), "forest-name");
  const extension = text(child(data, "extension"), "assembly-name");
  const connectSyncEvidence = connectSyncConnectorEvidence(data);
  const agent = {
    id: text(data, "id"),
    name: text(data, "name"),
    category,
    subtype,
    listName,
    file,
    projections,
    ...(connectSyncEvidence.length > 0 ? { connectSyncEvidence } : {}),
    ...(forest ? { forest } : {}),
    partitions,
    runProfiles: children(child(data, "ma-run-data"), "run-configuration").map((run) => text(run, "name")),
    objectTypes: [...objectTypes],
    mvObjectTypes: [...mvObjectTypes],
    exportedMvObjectTypes: [...new Set(flows.map((flow) => flow.mvObjectType).filter(Boolean))],
    ...(extension ? { extension } : {}),
    deprovisioning: {
      type: cleanup?.attributes["type"] ?? "",
      ...(cleanup && text(cleanup, "action") ? { action: text(cleanup, "action") } : {}),
    },
    exportFlows: flows,
  };
  return agent;
}

function readPartition(partition: XmlElement): Partition {
  const ad = child(child(partition, "custom-data"), "adma-partition-data");
  const dn = text(ad, "dn");
  const isDomain = text(ad, "is-domain");
  return {
    name: text(partition, "name"),
    ...(dn ? { dn } : {}),
    ...(isDomain ? { isDomain: isDomain === "1" } : {}),
    selected: text(partition, "selected") !== "0",
  };
}

function readExportFlows(data: XmlElement): ExportFlow[] {
  const flows: ExportFlow[] = [];
  for (const set of children(child(data, "export-attribute-flow"), "export-flow-set")) {
    const objectType = set.attributes["cd-object-type"] ?? "";
    const mvObjectType = set.attributes["mv-object-type"] ?? "";
    for (const flow of children(set, "export-flow")) {
      const mapping = readMapping(flow);
      if (mapping) flows.push({ objectType, mvObjectType, target: flow.attributes["cd-attribute"] ?? "", ...mapping });
    }
  }
  return flows;
}

type Mapping = Omit<ExportFlow, "objectType" | "mvObjectType" | "target">;

function readMapping(flow: XmlElement): Mapping | undefined {
  const sources = (mapping: XmlElement) =>
    children(mapping, "src-attribute").map((source) => textContent(source).trim());
  const direct = child(flow, "direct-mapping");
  if (direct) return { kind: "direct", sources: sources(direct) };
  const scripted = child(flow, "scripted-mapping");
  if (scripted)
    return { kind: "scripted", sources: sources(scripted), scriptContext: text(scripted, "script-context") };
  const constant = child(flow, "constant-mapping");
  if (constant) return { kind: "constant", sources: [], constant: text(constant, "constant-value") };
  const syncRule = child(flow, "sync-rule-mapping");
  if (syncRule) {
    // A constant is the value's text; an expression is a function tree (`<export-flow><fn>`), whose
    // text run together would be neither a value nor readable.
    const valueElement = child(syncRule, "sync-rule-value");
    const expression = readExpression(valueElement);
    const value = expression ? "" : textContent(valueElement).trim();
    return {
      kind: "sync-rule" satisfies FlowKind,
      sources: sources(syncRule),
      syncRuleId: syncRule.attributes["sync-rule-id"] ?? "",
      syncRuleMappingType: syncRule.attributes["mapping-type"] ?? "",
      ...(value ? { constant: value } : {}),
      ...(expression ? { expression } : {}),
    };
  }
  return undefined;
}

function readMetaverse(data: XmlElement, file: string): Metaverse {
  const deletionRules: DeletionRule[] = children(child(data, "mv-deletion"), "mv-deletion-rule").map((rule) => ({
    mvObjectType: rule.attributes["mv-object-type"] ?? "",
    type: rule.attributes["type"] ?? "",
    agentIds: children(rule, "src-ma").map((ma) => textContent(ma).trim()),
  }));
  const importsByAgent: Record<string, string[]> = {};
  const contributions: Record<string, string[]> = {};
  const importFlows = child(data, "import-attribute-flow");
  for (const set of children(importFlows, "import-flow-set")) {
    const mvObjectType = set.attributes["mv-object-type"] ?? "";
    for (const flows of children(set, "import-flows")) {
      const mvAttribute = flows.attributes["mv-attribute"] ?? "";
      for (const flow of children(flows, "import-flow")) {
        const agentId = normaliseId(flow.attributes["src-ma"] ?? "");
        const types = (importsByAgent[agentId] ??= []);
        if (mvObjectType && !types.includes(mvObjectType)) types.push(mvObjectType);
        const contributed = (contributions[agentId] ??= []);
        const key = `${mvObjectType}.${mvAttribute}`;
        if (mvObjectType && mvAttribute && !contributed.includes(key)) contributed.push(key);
      }
    }
  }
  const recall: Record<string, boolean> = {};
  for (const options of children(child(importFlows, "per-ma-options"), "ma-options")) {
    const value = text(options, "enable-recall").toLowerCase();
    if (value === "true" || value === "false")
      recall[normaliseId(options.attributes["ma-id"] ?? "")] = value === "true";
  }
  const extension = text(child(data, "extension"), "assembly-name");
  const connectSyncEvidence = connectSyncMetaverseEvidence(
    children(child(data, "parameter-values"), "parameter").map((parameter) => ({
      name: parameter.attributes["name"] ?? "",
      value: textContent(parameter).trim(),
    })),
  );
  return {
    file,
    ...(connectSyncEvidence.length > 0 ? { connectSyncEvidence } : {}),
    recall,
    contributions,
    provisioning: child(data, "provisioning")?.attributes["type"] ?? "",
    ...(extension ? { extension } : {}),
    deletionRules,
    importsByAgent,
  };
}

/** Agent ids compare without case; the export writes them upper case in braces. */
export function normaliseId(id: string): string {
  const bare = id.trim().replace(/^\{|\}$/g, "");
  return bare ? `{${bare.toUpperCase()}}` : "";
}

function addText(set: Set<string>, value: string | null | undefined): void {
  const trimmed = value?.trim();
  if (trimmed) set.add(trimmed);
}
