import { splitAnchor, type GuideAnchor } from "./guide-anchors";
import type { GuideSlug } from "./guide-pages";

/**
 * Every internal URL path of the site, relative to the base path. Components link with these
 * helpers (React Router adds the basename); nothing else spells a path.
 */
export const paths = {
  home: () => "/",
  guideIndex: () => "/guide",
  guidePage: (slug: GuideSlug | string) => `/guide/${slug}`,
  guideAnchor: (anchor: GuideAnchor) => {
    const { slug, id } = splitAnchor(anchor);
    return `/guide/${slug}#${id}`;
  },
  advisorStart: () => "/advisor",
  advisorQuestion: (questionId: string) => `/advisor/${questionId}`,
  advisorCheck: () => "/advisor/check",
  recommendation: (outcomeId?: string, query = "") =>
    `/recommendation${outcomeId ? `/${outcomeId}` : ""}${query ? `?${query}` : ""}`,
  plan: (query = "") => `/plan${query ? `?${query}` : ""}`,
  importConfig: () => "/import",
  matchCheck: () => "/match",
  pendingExports: () => "/pending-exports",
  notFound: () => "/404",
} as const;
