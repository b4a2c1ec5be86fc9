import { useMatches } from "react-router";
import type { GuideFrontmatter } from "../../shared/content/frontmatter";
import type { HeadingEntry } from "../../shared/content/heading-ids.js";

/** What every guide page's MDX module exports as `handle` (see scripts/mdx/guide-handle.ts). */
export interface GuideHandle {
  frontmatter: GuideFrontmatter;
  headings: HeadingEntry[];
}

/** A guide page route's data: its handle, prerendered, or loaded with its module on a navigation. */
export interface GuidePageData extends GuideHandle {
  slug: string;
}

function isGuidePageData(value: unknown): value is GuidePageData {
  return typeof value === "object" && value !== null && "frontmatter" in value && "headings" in value;
}

/** The current guide page's title, sources and headings, or undefined on the guide's index page. */
export function useGuidePage(): GuidePageData | undefined {
  const data = useMatches().at(-1)?.loaderData;
  return isGuidePageData(data) ? data : undefined;
}
