import { readFileSync } from "node:fs";
import path from "node:path";
import { parseGuideFrontmatter, readFrontmatterBlock, type GuideFrontmatter } from "../../shared/content/frontmatter";
import { guidePages, type GuideSlug } from "../../shared/guide-pages";

// Runs only while prerendering, from the project root: the client never downloads every page's source.
const contentDir = path.resolve("content/guide");

export interface GuidePageSummary extends Pick<GuideFrontmatter, "title" | "description" | "lastReviewed"> {
  slug: GuideSlug;
  group: string;
}

/** Title, description and group of every guide page, in reading order, for navigation. */
export function guideIndex(): GuidePageSummary[] {
  return guidePages.map(({ slug, group }) => {
    const source = readFileSync(path.join(contentDir, `${slug}.mdx`), "utf8");
    const { title, description, lastReviewed } = parseGuideFrontmatter(readFrontmatterBlock(source));
    return { slug, group, title, description, lastReviewed };
  });
}
