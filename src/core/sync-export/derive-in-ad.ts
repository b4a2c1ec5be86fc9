import { isAdAgent, sameType } from "./agent-kinds";
import type { ImportedExport, ManagementAgent } from "./types";

/**
 * "Do the users and groups FIM/MIM sends to Entra ID have AD accounts?" is answered `already` only
 * when the export proves it: every metaverse object type the old connector exports is created
 * (projected) by AD agents alone, so each such object began as an AD object. Any other agent that
 * projects the type (an LDAP directory, an HR system, the FIM Service) can create objects with no
 * AD account: then the answer is the visitor's, and the reason says which agent and whether
 * metaverse provisioning could have given them AD accounts. A scripted projection may create any
 * type, so it counts for every type.
 */
export function deriveInAd(
  imported: ImportedExport,
  old: ManagementAgent | undefined,
  ad: readonly ManagementAgent[],
): { value: "already"; evidence: string[] } | { reason: string } {
  if (!old) return { reason: "Needs the old connector, to know which objects it sends to Entra ID." };
  const wanted = old.exportedMvObjectTypes;
  if (wanted.length === 0) return { reason: `"${old.name}" has no export flows in this export.` };
  const provisioning = imported.metaverse?.provisioning ?? "";
  const provisioningText = !imported.metaverse
    ? "MV.XML is not among the files, so whether MIM provisions them into AD is unknown"
    : provisioning === "none" || provisioning === ""
      ? "metaverse provisioning is off, so MIM creates no AD accounts for them"
      : `metaverse provisioning is on ("${provisioning}"): whether it gives them AD accounts is decided by code or sync rules the export does not show`;
  const evidence: string[] = [];
  for (const type of wanted) {
    const projectors = imported.agents.filter((agent) =>
      (agent.projections ?? []).some(
        (projection) =>
          projection.type === "scripted" ||
          (projection.mvObjectType !== undefined && sameType(projection.mvObjectType, type)),
      ),
    );
    if (projectors.length === 0) {
      return {
        reason: `No agent in the export projects ${type} objects, which "${old.name}" exports, so where they come from is not in the export.`,
      };
    }
    const others = projectors.filter((agent) => !isAdAgent(agent));
    if (others.length > 0) {
      return {
        reason: `${others.map((agent) => `"${agent.name}"`).join(", ")} also ${others.length === 1 ? "projects" : "project"} ${type} objects, which "${old.name}" exports; ${provisioningText}. Whether those objects have AD accounts is yours to say.`,
      };
    }
    const adProjectors = projectors.filter((agent) => ad.includes(agent));
    evidence.push(
      `Every ${type} is projected from AD, by ${adProjectors.map((agent) => `"${agent.name}"`).join(", ")}, and no other agent projects ${type}.`,
    );
  }
  evidence.push(
    `So every object "${old.name}" exports (${wanted.join(", ")}) began as an AD object (our inference from the projection rules: an object can lose its AD connector later).`,
  );
  return { value: "already", evidence };
}
