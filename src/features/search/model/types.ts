/** One searchable unit: a guide section (h2 or h3 with the text up to the next one), or the advisor. */
export interface SearchDocument {
  /** Unique: `<slug>#<heading id>` for a section, `<slug>` for a page's introduction. */
  id: string;
  /** Site path relative to the base path, with the section's anchor: `/guide/cloud-sync#group-size`. */
  url: string;
  /** The page's title. */
  page: string;
  /** The section's heading; empty for a page's introduction. */
  heading: string;
  /** The section's text, stripped of Markdown and JSX. */
  text: string;
}

/** One word of an excerpt or a heading, marked when it matched the query. */
export interface TextSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  url: string;
  /** Where the hit is: the page title for a section, "Guide page" for a page's introduction. */
  context: string;
  /** The section's heading, or the page title for a page's introduction. */
  heading: TextSegment[];
  excerpt: TextSegment[];
  score: number;
}
