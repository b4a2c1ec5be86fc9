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

  describe("the sections of advice version 3 and the procedure review, by the words an engineer types", () => {
    it.each([
      ["orphaned users", "migrate-safely#orphaned-objects"],
      ["orphans", "migrate-safely#orphaned-objects"],
      ["immutableid claim", "migrate-safely#federated-sign-in"],
      ["ADFS claim rule", "migrate-safely#federated-sign-in"],
      ["hard deleted groups", "migrate-safely#deleted-objects"],
      ["restore deleted group", "migrate-safely#deleted-objects"],
      ["recycle bin", "migrate-safely#ad-recycle-bin"],
      ["sp3", "lifecycle#upgrade-to-sp3"],
      ["service pack 3", "lifecycle#upgrade-to-sp3"],
      ["4.6.673.0", "lifecycle#upgrade-to-sp3"],
      ["staging mode", "connect-sync#install-staging"],
      ["csexport", "connect-sync#read-pending-exports"],
      ["single object sync", "connect-sync#single-object-sync"],
      ["configure source anchor", "connect-sync#read-existing-anchor"],
      ["rules extension", "remove-old-connector#rules-extensions"],
      ["NoSuchManagementAgentException", "remove-old-connector#rules-extensions"],
      ["attribute recall", "remove-old-connector#attribute-recall"],
      ["do not recall attributes", "remove-old-connector#attribute-recall"],
      ["writeback mim", "migrate-safely#writeback-and-mim"],
      ["lockout", "prerequisites#cloud-sync"],
    ])('"%s" finds %s first', (query, id) => {
      expect(first(query)?.id).toBe(id);
    });

    it.each([
      ["federated", ["migrate-safely#federated-sign-in", "graph-connector#federated-users"]],
      ["federation", ["migrate-safely#federated-sign-in", "graph-connector#federated-users"]],
      ["source of authority AD FS", ["graph-connector#federated-users"]],
      ["writeback", ["migrate-safely#writeback-and-mim"]],
      ["write back proxyAddresses", ["migrate-safely#writeback-and-mim"]],
      ["pending exports staging", ["connect-sync#read-pending-exports"]],
      ["existing Connect Sync server anchor", ["connect-sync#read-existing-anchor"]],
      [
        "BlockCloudObjectTakeoverThroughHardMatchEnabled",
        ["migrate-safely#deleted-objects", "migrate-safely#rollback"],
      ],
      ["ADToAADSyncServiceAccount", ["cloud-sync#prerequisites"]],
      ["SharePoint Subscription Edition", ["lifecycle#upgrade-to-sp3"]],
      ["procedure review", ["changes#advice-v3"]],
    ])('"%s" finds %j among the first three', (query, expected) => {
      expect(ids(query, 3)).toEqual(expect.arrayContaining(expected));
    });

    it("puts the section that holds the procedure before the dated entry that reports its change", () => {
      const hits = ids("deleted groups", 10);
      expect(hits.indexOf("migrate-safely#deleted-objects")).toBeLessThan(hits.indexOf("changes#changes-v3-deletion"));
    });
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
