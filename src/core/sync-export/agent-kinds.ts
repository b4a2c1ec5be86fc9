import { normaliseId } from "./read-export";
import type { ManagementAgent } from "./types";

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

const GRAPH = "graph (microsoft)";

/** MIM's Microsoft Graph connector ("Graph (Microsoft)" in the Create Management Agent list). */
export function isGraphAgent(agent: ManagementAgent): boolean {
  return [agent.subtype, agent.listName].some((value) => value.trim().toLowerCase() === GRAPH);
}

/**
 * Agents the visitor may name as the old connector when the export has none of its type: an
 * Extensible2 agent of another type (a renamed or older install). Never an AD, LDAP, FIM Service,
 * SQL or Graph agent.
 */
export function isOldConnectorChoice(agent: ManagementAgent): boolean {
  const category = agent.category.trim().toLowerCase();
  return (category === "extensible2" || category === "extensible") && !isLdapAgent(agent) && !isGraphAgent(agent);
}

export const sameId = (a: string, b: string) => normaliseId(a) === normaliseId(b);
export const sameType = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The agent's type as the export states it: category, subtype and list name. */
export function describeAgentType(agent: ManagementAgent): string {
  return [agent.category, agent.subtype, agent.listName].filter(Boolean).join(" · ");
}
