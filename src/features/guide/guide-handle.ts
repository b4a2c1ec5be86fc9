import { useMatches } from "react-router";
import type { GuideFrontmatter } from "../../shared/content/frontmatter";
import type { HeadingEntry } from "../../shared/content/heading-ids.js";

/** What every guide page's MDX module exports as its route `handle` (see scripts/mdx/guide-handle.ts). */
export interface GuideHandle {
  frontmatter: GuideFrontmatter;
  headings: HeadingEntry[];
}

function isGuideHandle(value: unknown): value is GuideHandle {
  return typeof value === "object" && value !== null && "frontmatter" in value && "headings" in value;
}

/** The current guide page's handle, or undefined on the guide's index page. */
export function useGuideHandle(): GuideHandle | undefined {
  const handle = useMatches().at(-1)?.handle;
  return isGuideHandle(handle) ? handle : undefined;
}
