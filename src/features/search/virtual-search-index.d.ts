/** Provided by scripts/search/vite-plugin.ts. */
declare module "virtual:search-index" {
  /** Path of the search index file, relative to the base path: `assets/search-index-<hash>.json`. */
  export const searchIndexPath: string;
}
