import type { SearchState } from "./use-search";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The sentence the dialog shows and announces about the current search. */
export function searchStatus({ status, query, hits, total }: SearchState): string {
  if (status === "failed") return "Search could not load. Check your connection, then close and open search again.";
  if (!query) return "Type a word, a product name or a number, for example ImmutableId or AAD Connect.";
  if (status === "loading") return "Loading the search index…";
  if (total === 0) return `No results for “${query}”. Try fewer words or another name for the product.`;
  if (total > hits.length) return `${plural(total, "result")} for “${query}”, showing the best ${hits.length}.`;
  return `${plural(total, "result")} for “${query}”.`;
}
