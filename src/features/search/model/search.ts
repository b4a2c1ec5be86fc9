import MiniSearch, { type SearchResult } from "minisearch";
import { excerpt, highlight } from "./excerpt";
import { expandQuery, type QueryPart } from "./expand-query";
import { searchIndexOptions } from "./search-options";
import type { SearchDocument, SearchHit } from "./types";

export type SearchIndex = MiniSearch<SearchDocument>;

/** What the build writes to the static search index file. */
export interface SearchIndexFile {
  version: 1;
  documents: SearchDocument[];
}

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(documents);
  return index;
}

/**
 * Loads the index file the build wrote. The file holds the documents, not MiniSearch's
 * serialized index: the documents must travel anyway for excerpts, MiniSearch's form would
 * add about 70 % to the download, and indexing about a hundred sections takes a few milliseconds.
 */
export function loadSearchIndex(file: SearchIndexFile): SearchIndex {
  return createSearchIndex(checkVersion(file).documents);
}

/** The same, indexing in small chunks so that the browser stays responsive while the visitor types. */
export async function loadSearchIndexAsync(file: SearchIndexFile): Promise<SearchIndex> {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  await index.addAllAsync(checkVersion(file).documents, { chunkSize: 20 });
  return index;
}

function checkVersion(file: SearchIndexFile): SearchIndexFile {
  if (file?.version !== 1) throw new Error("The search index file has an unknown format");
  return file;
}

interface Match {
  score: number;
  terms: Set<string>;
  result: SearchResult;
}

/** Other names of a product are matched exactly: no prefix or typo tolerance. */
const exactly = { prefix: false, fuzzy: false } as const;

/**
 * Sections matching one part of the query, scored by the best of its alternatives. Each
 * alternative's score is divided by its number of terms squared (MiniSearch sums the terms'
 * scores and multiplies by how many matched), so a long official name does not outscore the
 * short name the visitor typed just for being long; taking the best alternative rather than the
 * sum keeps a section that merely lists every old name (the glossary's table) from outscoring
 * the sections about the product.
 */
function matchPart(index: SearchIndex, part: QueryPart): Map<string, Match> {
  const matches = new Map<string, Match>();
  part.forEach((terms, alternative) => {
    const options = alternative === 0 ? { combineWith: "AND" as const } : { combineWith: "AND" as const, ...exactly };
    for (const result of index.search(terms.join(" "), options)) {
      const id = String(result.id);
      const score = result.score / terms.length ** 2;
      const match = matches.get(id);
      if (!match) {
        matches.set(id, { score, terms: new Set(result.terms), result });
        continue;
      }
      result.terms.forEach((term) => match.terms.add(term));
      match.score = Math.max(match.score, score);
    }
  });
  return matches;
}

/** AND: sections that match every part, scores summed. OR: any part, scored by how many matched. */
function combine(parts: Map<string, Match>[], operator: "AND" | "OR"): Match[] {
  const combined = new Map<string, Match & { parts: number }>();
  for (const part of parts) {
    for (const [id, match] of part) {
      const existing = combined.get(id);
      if (existing) {
        existing.score += match.score;
        existing.parts += 1;
        match.terms.forEach((term) => existing.terms.add(term));
      } else combined.set(id, { ...match, terms: new Set(match.terms), parts: 1 });
    }
  }
  const all = [...combined.values()];
  const kept = operator === "AND" ? all.filter((match) => match.parts === parts.length) : all;
  return kept
    .map((match) => ({ ...match, score: match.score * match.parts }))
    .sort((a, b) => b.score - a.score || a.result.id.localeCompare(b.result.id));
}

function toHit({ result, terms, score }: Match): SearchHit {
  const stored = result as unknown as SearchResult & SearchDocument;
  return {
    id: String(result.id),
    url: stored.url,
    // MiniSearch stores what `extractField` gives: a page's introduction has the title as its heading.
    context: stored.heading === stored.page ? "Guide page" : stored.page,
    heading: highlight(stored.heading, terms),
    excerpt: excerpt(stored.text, terms),
    score,
  };
}

/**
 * The sections that match `query`, best first. Every word (or known product name, with its
 * other names) must match; if nothing matches them all, sections that match any are returned.
 */
export function search(index: SearchIndex, query: string, limit = 20): { hits: SearchHit[]; total: number } {
  const parts = expandQuery(query);
  if (parts.length === 0) return { hits: [], total: 0 };
  const matched = parts.map((part) => matchPart(index, part));
  let results = combine(matched, "AND");
  if (results.length === 0 && parts.length > 1) results = combine(matched, "OR");
  return { hits: results.slice(0, limit).map(toHit), total: results.length };
}
