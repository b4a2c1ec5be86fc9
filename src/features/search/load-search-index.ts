import { searchIndexPath } from "virtual:search-index";
import { loadSearchIndexAsync, type SearchIndex, type SearchIndexFile } from "./model/search";

let pending: Promise<SearchIndex> | undefined;

/** Fetches the build's search index from this site (under its base path) once, and indexes it. */
export function loadSearchIndexFile(): Promise<SearchIndex> {
  pending ??= fetch(`${import.meta.env.BASE_URL}${searchIndexPath}`)
    .then((response) => {
      if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status})`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then(loadSearchIndexAsync);
  // A failed load is tried again the next time search opens.
  pending.catch(() => (pending = undefined));
  return pending;
}
