import { describe, expect, it } from "vitest";
import { loadSearchIndex, search, type SearchIndexFile } from "../../src/features/search/model/search";
import type { SearchHit } from "../../src/features/search/model/types";
import { buildSearchIndexFile } from "./build-index";

// What the browser gets: the file the build writes, through JSON, loaded the way the dialog loads it.
const file = JSON.parse(JSON.stringify(buildSearchIndexFile())) as SearchIndexFile;
const index = loadSearchIndex(file);
const ids = (query: string, count = 5) =>
  search(index, query)
    .hits.slice(0, count)
    .map((hit) => hit.id);
const first = (query: string) => search(index, query).hits[0];
const text = (segments: SearchHit["excerpt"]) => segments.map((segment) => segment.text).join("");
const marked = (segments: SearchHit["excerpt"]) =>
  segments.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase());

describe("the built search index", () => {
  it("holds every guide section and the advisor, each with a unique id and a site path", () => {
    const documents = file.documents;
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
    expect(documents.length).toBeGreaterThan(100);
    for (const document of documents)
      expect(document.url, document.id).toMatch(/^\/(guide\/[a-z-]+(#[a-z0-9-]+)?|advisor)$/);
    expect(documents.find((document) => document.id === "advisor")?.text).toContain("150,000");
  });

  it('finds the glossary entry first for "ImmutableId"', () => {
    expect(first("ImmutableId")?.id).toBe("glossary#immutableid");
    expect(marked(first("ImmutableId")!.heading)).toEqual(["immutableid"]);
  });

  it('finds the Connect Sync page first for its old name "AAD Connect"', () => {
    expect(first("AAD Connect")?.url).toMatch(/^\/guide\/connect-sync(#|$)/);
    expect(ids("Azure AD Connect")[0]).toBe(first("AAD Connect")?.id);
  });

  it('finds the overview first for the old connector\'s nickname "WAAD connector"', () => {
    expect(first("WAAD connector")?.url).toMatch(/^\/guide\/overview(#|$)/);
    expect(ids("WAAD connector")).toContain("overview#what-the-connector-did");
  });

  it('finds cloud sync despite the typo in "clod sync"', () => {
    const hit = first("clod sync")!;
    expect(text(hit.heading).toLowerCase()).toContain("cloud sync");
    expect(ids("clod sync")).toContain("cloud-sync");
    expect(marked(hit.excerpt)).toContain("cloud");
  });

  it('finds the Generic LDAP connector\'s glossary entry, then the LDAP source section, for "Generic LDAP"', () => {
    expect(ids("Generic LDAP", 2)).toEqual(["glossary#generic-ldap-connector", "connect-sync#ldap-source"]);
  });

  it('finds cloud sync\'s objects-per-domain limit first for "150,000", also written 150000 or 150K', () => {
    expect(first("150,000")?.id).toBe("cloud-sync#objects-per-domain");
    expect(first("150000")?.id).toBe("cloud-sync#objects-per-domain");
    expect(first("150K")?.id).toBe("cloud-sync#objects-per-domain");
    expect(text(first("150,000")!.excerpt)).toContain("150,000");
  });

  it("finds the current name's sections from an old name and the reverse", () => {
    expect(first("Azure AD Premium")?.id).toBe("glossary#entra-id-p1-p2");
    expect(ids("Azure AD Connect cloud sync")[0]).toBe("cloud-sync");
    expect(ids("Microsoft Entra Connect Sync", 10)).toContain("connect-sync");
  });

  it("finds a word from its first letters while the visitor types", () => {
    expect(first("immut")?.id).toBe("glossary#immutableid");
  });

  it("marks the matched words of the excerpt, including other names of the product", () => {
    const hit = search(index, "WAAD connector").hits.find((result) => result.id === "overview#what-the-connector-did")!;
    expect(marked(hit.excerpt)).toEqual(
      expect.arrayContaining(["windows", "azure", "active", "directory", "connector"]),
    );
  });

  it("names the page of a section, and shows a page's introduction under the page title", () => {
    const section = first("ImmutableId")!;
    expect(section.context).toBe("Glossary");
    const intro = search(index, "WAAD connector").hits.find((hit) => hit.id === "overview")!;
    expect(intro.context).toBe("Guide page");
    expect(text(intro.heading)).toBe("Leaving the FIM Connector for Microsoft Entra ID");
    expect(intro.url).toBe("/guide/overview");
  });

  it("finds nothing for a word that is nowhere in the guide", () => {
    expect(search(index, "zzyzx quokka")).toEqual({ hits: [], total: 0 });
  });

  it("returns at most the requested number of hits and counts them all", () => {
    const { hits, total } = search(index, "sync", 5);
    expect(hits).toHaveLength(5);
    expect(total).toBeGreaterThan(5);
  });
});
