import { describe, expect, it } from "vitest";
import { expandQuery } from "./expand-query";
import { synonymGroups } from "./synonyms";
import { termsOf } from "./text";

const phrases = (query: string) => expandQuery(query).map((part) => part.map((terms) => terms.join(" ")));

describe("query expansion", () => {
  it("leaves words without synonyms as parts of their own", () => {
    expect(phrases("staging server")).toEqual([["staging"], ["server"]]);
  });

  it("adds the current name to an old one, keeping the typed words first", () => {
    const [part] = phrases("AAD Connect");
    expect(part![0]).toBe("aad connect");
    expect(part).toContain("microsoft entra connect sync");
  });

  it("adds the old names to a current one", () => {
    const [part] = phrases("Microsoft Entra Connect Sync");
    expect(part).toEqual(expect.arrayContaining(["azure ad connect", "aad connect"]));
  });

  it("reads the longest known name first", () => {
    const [part] = phrases("Azure AD Connect cloud sync");
    expect(part).toContain("microsoft entra connect cloud sync");
    expect(part).not.toContain("microsoft entra connect sync");
  });

  it("expands a name inside a longer query and keeps the other words", () => {
    expect(phrases("WAAD connector run profiles")).toEqual([
      expect.arrayContaining(["waad connector", "fim connector microsoft entra id"]),
      ["run"],
      ["profiles"],
    ]);
  });

  it("expands every name in the table to every other name of its group, in both directions", () => {
    for (const group of synonymGroups) {
      for (const name of group) {
        const parts = expandQuery(name);
        expect(parts, name).toHaveLength(1);
        const alternatives = parts[0]!.map((terms) => terms.join(" "));
        for (const other of group) expect(alternatives, `${name} → ${other}`).toContain(termsOf(other).join(" "));
      }
    }
  });

  it("returns no parts for a query of stop words or punctuation only", () => {
    expect(expandQuery("the / of")).toEqual([]);
  });
});
