import { describe, expect, it } from "vitest";
import { synonymGroups } from "./synonyms";
import { termsOf } from "./text";

const groupOf = (name: string) => synonymGroups.filter((group) => group.includes(name));

describe("the synonym table", () => {
  it("has at least two names in every group, each with searchable words", () => {
    for (const group of synonymGroups) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const name of group) expect(termsOf(name).length, name).toBeGreaterThan(0);
    }
  });

  it("lists no name twice in a group", () => {
    for (const group of synonymGroups) {
      const keys = group.map((name) => termsOf(name).join(" "));
      expect(new Set(keys).size, group[0]).toBe(keys.length);
    }
  });

  it.each([
    ["Azure AD", "Microsoft Entra ID"],
    ["Azure Active Directory", "Microsoft Entra ID"],
    ["AAD", "Microsoft Entra ID"],
    ["Azure AD Connect", "Microsoft Entra Connect Sync"],
    ["AAD Connect", "Microsoft Entra Connect Sync"],
    ["Azure AD Connect cloud sync", "Microsoft Entra Connect cloud sync"],
    ["Windows Azure Active Directory Connector", "FIM Connector for Microsoft Entra ID"],
    ["WAAD connector", "FIM Connector for Microsoft Entra ID"],
    ["Azure AD Premium P1", "Microsoft Entra ID P1"],
    ["Azure AD Premium P2", "Microsoft Entra ID P2"],
  ])("maps the old name %s to the current name %s", (oldName, currentName) => {
    expect(groupOf(oldName).some((group) => group.includes(currentName))).toBe(true);
  });

  it.each([
    ["ADFS", "AD FS"],
    ["orphans", "orphaned"],
    ["Service Pack 3", "SP3"],
    ["write back", "writeback"],
    ["permanently deleted", "hard-deleted"],
  ])("searches for %s as for the guide's word %s", (typed, guideWord) => {
    expect(groupOf(typed).some((group) => group.includes(guideWord))).toBe(true);
  });
});
