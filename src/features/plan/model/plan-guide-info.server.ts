import { readFileSync } from "node:fs";
import path from "node:path";
import { parseGuideFrontmatter, readFrontmatterBlock } from "../../../shared/content/frontmatter";
import { headingsWithIds } from "../../../shared/content/heading-ids.js";
import { guideAnchors, splitAnchor, type GuideAnchor } from "../../../shared/guide-anchors";
import { guidePages, type GuideSlug } from "../../../shared/guide-pages";
import type { PlanGuideInfo } from "./plan-guide-info";

// Runs only while prerendering, from the project root: the plan never downloads the guide's source.
const contentDir = path.resolve("content/guide");

/** `## Heading text {#id}` → "Heading text", without inline Markdown marks. */
function headingTitles(source: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const heading of headingsWithIds(source)) titles.set(heading.id, heading.text.replace(/[*_`]/g, "").trim());
  return titles;
}

/** The review date of every guide page and the name of every registered section, read from the MDX sources. */
export function planGuideInfo(): PlanGuideInfo {
  const lastReviewed: Partial<Record<GuideSlug, string>> = {};
  const pageTitles = new Map<string, string>();
  const sections = new Map<string, Map<string, string>>();
  for (const { slug } of guidePages) {
    const source = readFileSync(path.join(contentDir, `${slug}.mdx`), "utf8");
    const frontmatter = parseGuideFrontmatter(readFrontmatterBlock(source));
    lastReviewed[slug] = frontmatter.lastReviewed;
    pageTitles.set(slug, frontmatter.title);
    sections.set(slug, headingTitles(source));
  }
  const sectionTitles: Partial<Record<GuideAnchor, string>> = {};
  for (const anchor of guideAnchors) {
    const { slug, id } = splitAnchor(anchor);
    const heading = sections.get(slug)?.get(id);
    if (heading) sectionTitles[anchor] = `${pageTitles.get(slug)} › ${heading}`;
  }
  return { lastReviewed, sectionTitles };
}
