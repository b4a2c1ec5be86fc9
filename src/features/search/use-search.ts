import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { loadSearchIndexFile } from "./load-search-index";
import { search, type SearchIndex } from "./model/search";
import type { SearchHit } from "./model/types";

export const MAX_HITS = 20;

export interface SearchState {
  status: "loading" | "failed" | "ready";
  /** The query the hits are for (it may trail the input by a render while the visitor types). */
  query: string;
  hits: SearchHit[];
  total: number;
}

/** Loads the index when first used, then searches it as the query changes. */
export function useSearch(query: string): SearchState {
  const [index, setIndex] = useState<SearchIndex>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadSearchIndexFile().then(
      (loaded) => current && setIndex(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);

  const deferred = useDeferredValue(query.trim());
  const results = useMemo(
    () => (index && deferred ? search(index, deferred, MAX_HITS) : { hits: [], total: 0 }),
    [index, deferred],
  );
  return { status: failed ? "failed" : index ? "ready" : "loading", query: deferred, ...results };
}
