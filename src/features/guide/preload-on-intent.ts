import { useEffect } from "react";
import { useHref } from "react-router";
import { isGuideSlug } from "../../shared/guide-pages";
import { inAppPath } from "./content-clicks";
import { preloadGuideContent } from "./guide-content";

/**
 * Starts fetching a guide page's module when the pointer rests on, or focus reaches, a link to
 * it (sidebar, previous/next, the body): the navigation that likely follows then renders at once.
 * Nothing is fetched on the first load itself.
 */
export function usePreloadGuideOnIntent(): void {
  const basename = useHref("/");
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      const to = link ? inAppPath(link, basename) : undefined;
      const slug = to && /^\/guide\/([^/?#]+)/.exec(to)?.[1];
      if (slug && isGuideSlug(slug)) preloadGuideContent(slug);
    };
    document.addEventListener("pointerover", onIntent);
    document.addEventListener("focusin", onIntent);
    return () => {
      document.removeEventListener("pointerover", onIntent);
      document.removeEventListener("focusin", onIntent);
    };
  }, [basename]);
}
