import { describe, expect, it } from "vitest";
import type { SearchHit } from "./model/types";
import { searchStatus } from "./search-status";

const hits = (count: number) => Array.from({ length: count }, (_, i) => ({ id: String(i) }) as SearchHit);

describe("the search status sentence", () => {
  it("invites a query while the box is empty", () => {
    expect(searchStatus({ status: "loading", query: "", hits: [], total: 0 })).toMatch(/^Type a word/);
  });

  it("says the index is loading once the visitor has typed", () => {
    expect(searchStatus({ status: "loading", query: "aad", hits: [], total: 0 })).toBe("Loading the search index…");
  });

  it("counts the results for the query, in the singular for one", () => {
    expect(searchStatus({ status: "ready", query: "gmsa", hits: hits(1), total: 1 })).toBe("1 result for “gmsa”.");
    expect(searchStatus({ status: "ready", query: "ldap", hits: hits(7), total: 7 })).toBe("7 results for “ldap”.");
  });

  it("says when it shows only the best results", () => {
    expect(searchStatus({ status: "ready", query: "sync", hits: hits(20), total: 64 })).toBe(
      "64 results for “sync”, showing the best 20.",
    );
  });

  it("says so when nothing matches, and suggests what to try", () => {
    expect(searchStatus({ status: "ready", query: "quokka", hits: [], total: 0 })).toMatch(
      /^No results for “quokka”\. Try/,
    );
  });

  it("says so when the index could not load", () => {
    expect(searchStatus({ status: "failed", query: "aad", hits: [], total: 0 })).toMatch(/^Search could not load/);
  });
});
