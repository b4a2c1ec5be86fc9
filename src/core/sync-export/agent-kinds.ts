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

export const sameId = (a: string, b: string) => normaliseId(a) === normaliseId(b);
export const sameType = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The agent's type as the export states it: category, subtype and list name. */
export function describeAgentType(agent: ManagementAgent): string {
  return [agent.category, agent.subtype, agent.listName].filter(Boolean).join(" · ");
}
