import type { GuideContent } from "./guide-content";

/**
 * What the browser build gets instead of guide-content.prerender.ts (vite.config.ts swaps it):
 * nothing, so no page's compiled MDX reaches the first load. Prerendering gets the real one.
 */
export function prerenderGuideContent(slug: string): GuideContent | undefined {
  void slug;
  return undefined;
}
