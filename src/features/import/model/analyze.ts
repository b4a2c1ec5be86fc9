import type { GuideAnchor } from "../../../shared/guide-anchors";
import { attributeLanding, isAnchorFlow, type AttributeLanding } from "./attribute-landing";
import { isOldConnectorType, normaliseId } from "./read-export";
import type { DeletionRule, ExportFlow, ImportedExport, ManagementAgent } from "./types";

/** What deleting the old agent does to one metaverse object type (the contract's values). */
export type DeletionRisk = "deletes" | "last-connector" | "scripted" | "safe";

export interface RemovalFinding {
  readonly mvObjectType: string;
  /** The rule as exported, or undefined when MV.XML has none for this type. */
  readonly rule?: DeletionRule;
  readonly risk: DeletionRisk;
  /** What the rule does when the old agent is deleted. */
  readonly effect: string;
  /** The exact change to make before deleting the agent (or "nothing"). */
  readonly change: string;
  /** The other agents attached to this object type, and what a metaverse deletion makes them do. */
  readonly otherAgents: readonly {
    readonly name: string;
    readonly category: string;
    readonly deprovisioning: string;
  }[];
}

export interface FlowFinding extends ExportFlow {
  readonly landing: AttributeLanding;
  readonly anchor: boolean;
}

export type DerivedQuestionId = "directory" | "in-ad" | "forests" | "mail-objects";

export interface DerivedAnswer {
  readonly questionId: DerivedQuestionId;
  readonly value: string;
  readonly evidence: readonly string[];
}

export interface Analysis {
  /** Agents whose type is the old connector's. */
  readonly candidates: readonly ManagementAgent[];
  /** The agent treated as the old connector: the visitor's choice (any agent), or the only candidate. */
  readonly oldConnector?: ManagementAgent;
  readonly flows: readonly FlowFinding[];
  readonly removal: readonly RemovalFinding[];
  /** Why removal could not be judged (no MV.XML, no old connector). */
  readonly removalUnknown?: string;
  readonly derived: readonly DerivedAnswer[];
  /** Questions the export cannot answer, with why. */
  readonly notDerived: readonly { readonly questionId: string; readonly reason: string }[];
}

/** Guide sections that explain each finding. */
export const findingAnchors = {
  agents: "glossary#management-agent",
  oldConnector: "overview#what-the-connector-did",
  flows: "migrate-safely#carry-flows-over",
  anchor: "migrate-safely#match-existing-objects",
  removal: "remove-old-connector#deletion-rules",
  runProfiles: "remove-old-connector#run-profiles-and-schedules",
  checklist: "remove-old-connector#checklist",
} as const satisfies Record<string, GuideAnchor>;

const GENERIC_LDAP = "generic ldap (microsoft)";

export function isAdAgent(agent: ManagementAgent): boolean {
  return agent.category.trim().toLowerCase() === "ad";
}

export function isLdapAgent(agent: ManagementAgent): boolean {
  const category = agent.category.trim().toLowerCase();
  return (
    category === "adam" ||
    (category === "extensible2" &&
      (agent.subtype.trim().toLowerCase() === GENERIC_LDAP || agent.listName.trim().toLowerCase() === GENERIC_LDAP))
  );
}

const sameId = (a: string, b: string) => normaliseId(a) === normaliseId(b);
const sameType = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function analyze(imported: ImportedExport, chosenId?: string): Analysis {
  const candidates = imported.agents.filter(isOldConnectorType);
  const oldConnector =
    (chosenId ? imported.agents.find((agent) => sameId(agent.id, chosenId)) : undefined) ??
    (candidates.length === 1 ? candidates[0] : undefined);
  const flows = (oldConnector?.exportFlows ?? []).map((flow) => ({
    ...flow,
    landing: attributeLanding(flow),
    anchor: isAnchorFlow(flow),
  }));
  const { removal, removalUnknown } = removalFindings(imported, oldConnector);
  const { derived, notDerived } = deriveAnswers(imported, oldConnector);
  return {
    candidates,
    ...(oldConnector ? { oldConnector } : {}),
    flows,
    removal,
    ...(removalUnknown ? { removalUnknown } : {}),
    derived,
    notDerived,
  };
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

function removalFindings(
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
    const base = { mvObjectType, ...(rule ? { rule } : {}), otherAgents };
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
    return {
      ...base,
      risk: "scripted",
      effect:
        rule.type === "scripted"
          ? `${extension[0]!.toUpperCase()}${extension.slice(1)} decides (ShouldDeleteFromMV): the export cannot tell what it does.`
          : `The rule's type "${rule.type}" is not one this page knows: review it in Metaverse Designer.`,
      change: `Review ${extension}: make ShouldDeleteFromMV return false when the disconnecting connector belongs to "${name}", deploy it, then delete the agent.`,
    };
  });
  return { removal };
}

const mailAttributes = new Set(["mail", "proxyaddresses", "mailnickname", "targetaddress"]);

function deriveAnswers(
  imported: ImportedExport,
  old: ManagementAgent | undefined,
): { derived: DerivedAnswer[]; notDerived: { questionId: string; reason: string }[] } {
  const derived: DerivedAnswer[] = [];
  const notDerived: { questionId: string; reason: string }[] = [];
  const ad = imported.agents.filter(isAdAgent);
  const ldap = imported.agents.filter(isLdapAgent);
  const list = (agents: readonly ManagementAgent[]) => agents.map((agent) => `"${agent.name}"`).join(", ");

  if (ad.length > 0) {
    derived.push({
      questionId: "directory",
      value: "ad",
      evidence: [`Active Directory management agents: ${list(ad)}.`],
    });
  } else if (ldap.length > 0) {
    derived.push({
      questionId: "directory",
      value: "ldap",
      evidence: [`No Active Directory agent; LDAP directory agents: ${list(ldap)}.`],
    });
  } else {
    notDerived.push({
      questionId: "directory",
      reason:
        "No AD or LDAP management agent in the export; whether a directory could hold these users is yours to say.",
    });
  }

  if (ad.length > 0) {
    const provisioning = imported.metaverse?.provisioning;
    const provisioningNote =
      provisioning && provisioning !== "none" ? ` Metaverse provisioning is on ("${provisioning}").` : "";
    const wanted = old?.exportedMvObjectTypes ?? [];
    if (!old) {
      notDerived.push({
        questionId: "in-ad",
        reason: "Needs the old connector, to compare what it exports with what AD receives.",
      });
    } else if (wanted.length === 0) {
      notDerived.push({ questionId: "in-ad", reason: `"${old.name}" has no export flows in this export.` });
    } else {
      const covered = wanted.filter((type) =>
        ad.some((agent) => agent.exportedMvObjectTypes.some((t) => sameType(t, type))),
      );
      if (covered.length === wanted.length) {
        derived.push({
          questionId: "in-ad",
          value: "already",
          evidence: [
            `Every metaverse object type "${old.name}" exports (${wanted.join(", ")}) is also exported to AD by ${list(
              ad.filter((agent) => agent.exportedMvObjectTypes.some((t) => wanted.some((w) => sameType(t, w)))),
            )}.${provisioningNote}`,
          ],
        });
      } else {
        notDerived.push({
          questionId: "in-ad",
          reason: `No AD agent exports ${wanted.filter((type) => !covered.includes(type)).join(", ")}, which "${old.name}" exports: whether those objects can or must not be in AD is yours to say.`,
        });
      }
    }
    const forests = new Map<string, string[]>();
    for (const agent of ad) {
      const forest = (agent.forest ?? "").toLowerCase();
      if (!forest) continue;
      forests.set(forest, [...(forests.get(forest) ?? []), agent.name]);
    }
    if (forests.size === 0 || ad.some((agent) => !agent.forest)) {
      notDerived.push({ questionId: "forests", reason: "An AD agent in the export does not name its forest." });
    } else {
      derived.push({
        questionId: "forests",
        value: forests.size === 1 ? "one" : "several-connected",
        evidence: [
          ...[...forests].map(
            ([forest, agents]) => `Forest ${forest}: ${agents.map((name) => `"${name}"`).join(", ")}.`,
          ),
          ...(forests.size > 1
            ? ["This sync server has an AD agent for each forest, so one server reaches them all."]
            : []),
        ],
      });
    }
  }

  if (old && old.exportFlows.length > 0) {
    const contacts = old.exportFlows.filter((flow) => flow.objectType.toLowerCase() === "contact");
    const groupMail = old.exportFlows.filter(
      (flow) =>
        flow.objectType.toLowerCase() === "group" &&
        (mailAttributes.has(flow.target.toLowerCase()) ||
          (flow.target.toLowerCase() === "mailenabled" &&
            !(flow.kind === "constant" && flow.constant?.toLowerCase() === "false"))),
    );
    if (contacts.length > 0 || groupMail.length > 0) {
      derived.push({
        questionId: "mail-objects",
        value: "yes",
        evidence: [
          ...(contacts.length > 0 ? [`"${old.name}" exports contacts (${contacts.length} flows).`] : []),
          ...(groupMail.length > 0
            ? [
                `"${old.name}" exports mail attributes of groups: ${[...new Set(groupMail.map((flow) => flow.target))].join(", ")}.`,
              ]
            : []),
        ],
      });
    } else {
      derived.push({
        questionId: "mail-objects",
        value: "no",
        evidence: [`"${old.name}" exports no contacts and no mail attribute of groups.`],
      });
    }
  } else {
    notDerived.push({ questionId: "mail-objects", reason: "Needs the old connector's export flows." });
  }

  for (const [questionId, reason] of [
    ["engine", "The export does not record the FIM/MIM build: see Help → About in Synchronization Service Manager."],
    ["largest-domain", "The export holds configuration, not object counts."],
    ["total-objects", "The export holds configuration, not object counts."],
    ["needs", "Which features you rely on is a decision, not configuration."],
    ["only-sync", "Yours to say: whether FIM/MIM does anything besides copying AD objects to Entra ID."],
    ["existing-connect", "A Connect Sync server is a different server; its configuration is not in this export."],
    ["licenses", "Licences are in the tenant, not in the export."],
    ["environment", "Yours to say."],
  ] as const) {
    notDerived.push({ questionId, reason });
  }
  return { derived, notDerived };
}
