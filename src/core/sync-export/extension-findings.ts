import { sameId } from "./agent-kinds";
import type { ImportedExport, ManagementAgent } from "./types";

/**
 * Rules extensions that could name the old agent. Code such as `mventry.ConnectedMAs["<name>"]`
 * throws NoSuchManagementAgentException once no agent has that name (FIM developer reference,
 * ConnectedMACollection.Item), so a Provision() or an export flow that still names the deleted
 * agent fails every synchronization it runs in. The export names the assemblies, not their code.
 */
export interface ExtensionFinding {
  /** Where the extension runs: the metaverse, or another agent. */
  readonly where: string;
  readonly assembly: string;
}

export function extensionFindings(imported: ImportedExport, old: ManagementAgent | undefined): ExtensionFinding[] {
  if (!old) return [];
  const metaverse = imported.metaverse;
  const provisioning = metaverse?.provisioning;
  return [
    ...(metaverse?.extension
      ? [
          {
            where: `the metaverse (MV.XML)${provisioning === "scripted" || provisioning === "both" ? ", which provisions (Provision())" : ""}`,
            assembly: metaverse.extension,
          },
        ]
      : []),
    ...imported.agents
      .filter((agent) => !sameId(agent.id, old.id) && agent.extension)
      .map((agent) => ({ where: `"${agent.name}"`, assembly: agent.extension! })),
  ];
}

/** What to do with those extensions before deleting the agent. */
export function extensionAdvice(oldName: string): string {
  return `Code that names "${oldName}" (for example mventry.ConnectedMAs["${oldName}"]) throws NoSuchManagementAgentException once the agent is deleted, and fails every synchronization it runs in, AD provisioning included. Before deleting the agent: remove every reference to it from these extensions, deploy them, run a full synchronization, and check the run for extension errors.`;
}
