import { sameId, sameType } from "./agent-kinds";
import { normaliseId } from "./read-export";
import type { DeletionRule, ImportedExport, ManagementAgent } from "./types";

/** What deleting the old agent does to one metaverse object type (the contract's values). */
export type DeletionRisk = "deletes" | "last-connector" | "scripted" | "review" | "safe";

export interface RemovalFinding {
  readonly mvObjectType: string;
  /** The rule as exported, or undefined when MV.XML has none for this type. */
  readonly rule?: DeletionRule;
  readonly risk: DeletionRisk;
  /** What the rule does when the old agent is deleted. */
  readonly effect: string;
  /** The exact change to make before deleting the agent (or "nothing"). */
  readonly change: string;
  /** Agent ids the rule names that are not among the files read. */
  readonly missingAgents: readonly string[];
  /** The other agents attached to this object type, and what a metaverse deletion makes them do. */
  readonly otherAgents: readonly {
    readonly name: string;
    readonly category: string;
    readonly deprovisioning: string;
  }[];
}

/** The metaverse object types an agent is attached to: its own rules, and its import flows in MV.XML. */
function attachedTypes(imported: ImportedExport, agent: ManagementAgent): string[] {
  const types = [...agent.mvObjectTypes];
  for (const type of imported.metaverse?.importsByAgent[normaliseId(agent.id)] ?? []) {
    if (!types.some((known) => sameType(known, type))) types.push(type);
  }
  return types;
}

function deprovisioningText(agent: ManagementAgent): string {
  const { type, action } = agent.deprovisioning;
  if (type === "scripted") return "decided by its rules extension (Deprovision)";
  switch (action) {
    case "make-normal-disconnector":
      return "makes the object a disconnector (it stays in the system)";
    case "make-explicit-disconnector":
      return "makes the object an explicit disconnector (it stays in the system)";
    case "delete-object":
      return "stages a delete: the object is deleted at that agent's next export";
    default:
      return action || type ? `"${action || type}" (as exported)` : "not stated in the export";
  }
}

export function removalFindings(
  imported: ImportedExport,
  old: ManagementAgent | undefined,
): { removal: RemovalFinding[]; removalUnknown?: string } {
  if (!old) return { removal: [], removalUnknown: "No old connector was chosen, so its removal cannot be judged." };
  const metaverse = imported.metaverse;
  if (!metaverse) {
    return {
      removal: [],
      removalUnknown:
        "MV.XML was not among the files, so the metaverse deletion rules are unknown. Export the whole server configuration (File → Export Server Configuration) and pick the folder, to see what deleting the agent would do.",
    };
  }
  const name = old.name;
  const extension = metaverse.extension
    ? `the metaverse rules extension ${metaverse.extension}`
    : "the metaverse rules extension";
  const removal = attachedTypes(imported, old).map((mvObjectType): RemovalFinding => {
    const rule = metaverse.deletionRules.find((candidate) => sameType(candidate.mvObjectType, mvObjectType));
    const listed = rule?.agentIds.some((id) => sameId(id, old.id)) ?? false;
    const otherAgents = imported.agents
      .filter((agent) => !sameId(agent.id, old.id))
      .filter((agent) => attachedTypes(imported, agent).some((type) => sameType(type, mvObjectType)))
      .map((agent) => ({ name: agent.name, category: agent.category, deprovisioning: deprovisioningText(agent) }));
    const missingAgents = (rule?.agentIds ?? []).filter((id) => !imported.agents.some((agent) => sameId(agent.id, id)));
    const base = { mvObjectType, ...(rule ? { rule } : {}), otherAgents, missingAgents };
    const ignoreStep = `In Metaverse Designer, select ${mvObjectType}, choose Configure Object Deletion Rule, keep "Delete the metaverse object when the last connector is disconnected" and tick "${name}" under "Do not recognize disconnections from the following management agents as last disconnector".`;
    if (!rule) {
      return {
        ...base,
        risk: "last-connector",
        effect: `MV.XML has no deletion rule for ${mvObjectType}; the sync engine's default deletes a metaverse object when its last connector disconnects (our reading), so every ${mvObjectType} whose only connector is "${name}" goes.`,
        change: ignoreStep,
      };
    }
    if (rule.type === "declared-any") {
      if (!listed) {
        return {
          ...base,
          risk: "safe",
          effect: `The rule deletes a ${mvObjectType} only when a connector from another listed agent disconnects; "${name}" is not listed.`,
          change: "Nothing to change in this rule. Still check attribute recall before you delete the agent.",
        };
      }
      const others = rule.agentIds.filter((id) => !sameId(id, old.id));
      return {
        ...base,
        risk: "deletes",
        effect: `The rule deletes a ${mvObjectType} as soon as its connector from "${name}" disconnects: deleting the agent deletes every ${mvObjectType} it is connected to, even those with other connectors.`,
        change:
          others.length > 0
            ? `In Metaverse Designer, select ${mvObjectType}, choose Configure Object Deletion Rule and untick "${name}" in the list of agents whose disconnection deletes the object; keep the ${others.length === 1 ? "other agent" : `other ${others.length} agents`} ticked.`
            : `In Metaverse Designer, select ${mvObjectType}, choose Configure Object Deletion Rule, change it to "Delete the metaverse object when the last connector is disconnected" and tick "${name}" under "Do not recognize disconnections from the following management agents as last disconnector". Restore the old rule after the removal if you still want it.`,
      };
    }
    if (rule.type === "declared-last") {
      if (listed) {
        return {
          ...base,
          risk: "safe",
          effect: `The rule deletes a ${mvObjectType} when its last connector disconnects, and ignores disconnections from "${name}": deleting the agent deletes none.`,
          change: "Nothing to change in this rule. Still check attribute recall before you delete the agent.",
        };
      }
      return {
        ...base,
        risk: "last-connector",
        effect: `The rule deletes a ${mvObjectType} when its last connector disconnects: every ${mvObjectType} whose only connector is "${name}"${rule.agentIds.length > 0 ? " (or whose other connectors are all from the agents the rule ignores)" : ""} goes.`,
        change: `${ignoreStep} Or count those objects and confirm none of them should survive.`,
      };
    }
    if (rule.type !== "scripted") {
      return {
        ...base,
        risk: "review",
        effect: `The rule's type "${rule.type}" is not one this page knows (declared-any, declared-last or scripted), so it cannot say what deleting "${name}" does to ${mvObjectType} objects.`,
        change: `Review this rule: open Metaverse Designer, select ${mvObjectType}, choose Configure Object Deletion Rule, and confirm that disconnecting "${name}" deletes nothing before you delete the agent.`,
      };
    }
    return {
      ...base,
      risk: "scripted",
      effect: `${extension[0]!.toUpperCase()}${extension.slice(1)} decides (ShouldDeleteFromMV): the export cannot tell what it does.`,
      change: `Review ${extension}: make ShouldDeleteFromMV return false when the disconnecting connector belongs to "${name}", deploy it, then delete the agent.`,
    };
  });
  return { removal };
}
