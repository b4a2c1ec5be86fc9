import { splitAnchor, type GuideAnchor } from "../../../shared/guide-anchors";
import type { GuideSlug } from "../../../shared/guide-pages";
import type { Plan } from "./build-plan";

/** What the plan knows about the guide, read from the MDX sources at build time. */
export interface PlanGuideInfo {
  /** Each guide page's review date, "YYYY-MM-DD". */
  readonly lastReviewed: { readonly [S in GuideSlug]?: string };
  /** "Page title › Section title" for every registered anchor. */
  readonly sectionTitles: { readonly [A in GuideAnchor]?: string };
}

/** Every guide section the plan links to: its steps' and its caveats'. */
export function planAnchors(plan: Plan): GuideAnchor[] {
  return [...new Set([...plan.steps.map((s) => s.anchor), ...plan.result.caveats.map((c) => c.anchor)])];
}

/** The newest review date among the guide pages the plan links to, or undefined if none is known. */
export function contentLastReviewed(plan: Plan, info: PlanGuideInfo): string | undefined {
  const dates = planAnchors(plan)
    .map((anchor) => info.lastReviewed[splitAnchor(anchor).slug as GuideSlug])
    .filter((date): date is string => date !== undefined);
  return dates.sort().at(-1);
}
