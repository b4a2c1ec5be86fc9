import type { Options } from "minisearch";
import { processTerm, tokenize } from "./text";
import type { SearchDocument } from "./types";

/**
 * MiniSearch's settings, shared by the build (which indexes) and the browser (which loads the
 * index and searches): they must agree, or a serialized index reads back wrong.
 */
export const searchIndexOptions = {
  idField: "id",
  fields: ["page", "heading", "text"],
  storeFields: ["url", "page", "heading", "text"],
  // A page's introduction has no heading of its own: the page title is its heading.
  extractField: (document: SearchDocument, field: string) =>
    field === "heading" && !document.heading ? document.page : document[field as keyof SearchDocument],
  tokenize,
  processTerm,
  searchOptions: {
    // A match in a section's heading counts most, then the page title, then the text.
    boost: { heading: 3, page: 1.5 },
    // "immut" finds ImmutableId; numbers too ("150" finds 150,000).
    prefix: (term: string) => term.length >= 3,
    // One typo in 4–7 letters ("clod" finds cloud), two in longer words; numbers never fuzzy.
    fuzzy: (term: string) => (term.length >= 4 && !/\d/.test(term) ? 0.2 : false),
    maxFuzzy: 2,
    // "What changed" repeats every corrected fact beside the old advice; the section that holds the
    // procedure should come first, the dated entry right after it.
    boostDocument: (id: string) => (id.startsWith("changes") ? 0.5 : 1),
  },
} satisfies Options<SearchDocument>;
