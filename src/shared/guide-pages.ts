/**
 * The guide's pages, in reading order. Routes, the prerender list, the sidebar and
 * previous/next links all come from this list; titles and descriptions live in each
 * page's frontmatter (content/guide/<slug>.mdx).
 */
export const guidePages = [
  { slug: "overview", group: "Start here" },
  { slug: "cloud-sync", group: "The three options" },
  { slug: "connect-sync", group: "The three options" },
  { slug: "graph-connector", group: "The three options" },
  { slug: "compare", group: "Choosing" },
  { slug: "topologies", group: "Choosing" },
  { slug: "prerequisites", group: "Choosing" },
  { slug: "migrate-safely", group: "Migrating" },
  { slug: "remove-old-connector", group: "Migrating" },
  { slug: "lifecycle", group: "Reference" },
  { slug: "glossary", group: "Reference" },
  { slug: "changes", group: "Reference" },
] as const;

export type GuideSlug = (typeof guidePages)[number]["slug"];

export const guideSlugs: readonly GuideSlug[] = guidePages.map((p) => p.slug);

export function isGuideSlug(value: string): value is GuideSlug {
  return (guideSlugs as readonly string[]).includes(value);
}
