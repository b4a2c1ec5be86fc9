import { sameId, sameType } from "./agent-kinds";
import { normaliseId } from "./read-export";
import type { ImportedExport, ManagementAgent } from "./types";

/**
 * Attribute recall: when an agent's connector is disconnected (and deleting the agent disconnects
 * them all), the metaverse values it contributed are recalled unless the agent's deprovisioning
 * setting "Do not recall attributes contributed by objects from this management agent when they
 * are disconnected" is ticked. MV.XML stores it per agent as
 * `import-attribute-flow/per-ma-options/ma-options[@ma-id]/enable-recall` (read this way by
 * Microsoft's MIMConfigDocumenter). A recalled value that another agent exports changes there too.
 */
export interface RecallFinding {
  readonly mvObjectType: string;
  readonly mvAttribute: string;
  /** `on`: enable-recall is true; `not-stated`: MV.XML has no setting for the agent. */
  readonly recall: "on" | "not-stated";
  /** The other agents' export flows that read the attribute. */
  readonly exportedTo: readonly { readonly agent: string; readonly objectType: string; readonly attribute: string }[];
  /** Other agents that import the same attribute (the value falls back to them by precedence). */
  readonly otherSources: readonly string[];
  readonly effect: string;
  readonly change: string;
}

export function recallFindings(imported: ImportedExport, old: ManagementAgent | undefined): RecallFinding[] {
  const metaverse = imported.metaverse;
  if (!old || !metaverse) return [];
  const setting = metaverse.recall?.[normaliseId(old.id)];
  if (setting === false) return [];
  const recall = setting === true ? "on" : "not-stated";
  const others = imported.agents.filter((agent) => !sameId(agent.id, old.id));
  const findings: RecallFinding[] = [];
  for (const key of metaverse.contributions?.[normaliseId(old.id)] ?? []) {
    const dot = key.indexOf(".");
    const mvObjectType = key.slice(0, dot);
    const mvAttribute = key.slice(dot + 1);
    const exportedTo = others.flatMap((agent) =>
      agent.exportFlows
        .filter(
          (flow) =>
            sameType(flow.mvObjectType, mvObjectType) && flow.sources.some((source) => sameType(source, mvAttribute)),
        )
        .map((flow) => ({ agent: agent.name, objectType: flow.objectType, attribute: flow.target })),
    );
    if (exportedTo.length === 0) continue;
    const otherSources = others
      .filter((agent) => (metaverse.contributions?.[normaliseId(agent.id)] ?? []).some((k) => sameType(k, key)))
      .map((agent) => agent.name);
    const targets = exportedTo.map((to) => `"${to.agent}" ${to.objectType}.${to.attribute}`).join(", ");
    findings.push({
      mvObjectType,
      mvAttribute,
      recall,
      exportedTo,
      otherSources,
      effect: `${recall === "on" ? "Attribute recall is on for" : "MV.XML does not state attribute recall for"} "${old.name}": deleting it recalls the ${mvObjectType}.${mvAttribute} values it contributed. ${
        otherSources.length > 0
          ? `Each falls back to the next source by precedence (${otherSources.map((name) => `"${name}"`).join(", ")})`
          : "No other agent imports it, so those values are cleared"
      }, and the next export writes the change to ${targets}.`,
      change: `Before deleting the agent, open its properties, Configure Deprovisioning, and tick "Do not recall attributes contributed by objects from this management agent when they are disconnected". After deleting it, run a full synchronization and check the pending exports of ${[
        ...new Set(exportedTo.map((to) => `"${to.agent}"`)),
      ].join(", ")} before any export runs.`,
    });
  }
  return findings;
}
