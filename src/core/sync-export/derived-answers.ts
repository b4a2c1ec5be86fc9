import { isAdAgent, isLdapAgent } from "./agent-kinds";
import { deriveInAd } from "./derive-in-ad";
import type { ImportedExport, ManagementAgent } from "./types";

export type DerivedQuestionId = "directory" | "in-ad" | "forests" | "mail-objects";

export interface DerivedAnswer {
  readonly questionId: DerivedQuestionId;
  readonly value: string;
  readonly evidence: readonly string[];
}

const mailAttributes = new Set(["mail", "proxyaddresses", "mailnickname", "targetaddress"]);

export function deriveAnswers(
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
    const inAd = deriveInAd(imported, old, ad);
    if ("value" in inAd) derived.push({ questionId: "in-ad", value: inAd.value, evidence: inAd.evidence });
    else notDerived.push({ questionId: "in-ad", reason: inAd.reason });
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
