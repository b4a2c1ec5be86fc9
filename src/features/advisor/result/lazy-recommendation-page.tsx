import { AfterHydration } from "../../../shared/after-hydration";
import { lazyWithPreload } from "../../../shared/lazy-with-preload";
import { RecommendationPending } from "./recommendation-pending";

// The result is worked out in the browser from the URL, so the decision engine, the codec and the
// result view load after the first paint, not with it: the first load stays within its budget.
const page = lazyWithPreload(() => import("./recommendation-page").then((module) => module.RecommendationPage));

// A visit whose URL carries answers needs the result's code at once: ask for it while React is
// still hydrating the pending view, so the download overlaps hydration instead of following it.
if (typeof window !== "undefined" && window.location.search !== "") page.preload();

/** Fetches the result's code ahead of the visit, from the page that links to it. */
export const preloadRecommendationPage = page.preload;

/**
 * The recommendation route's content: the pending view first, the result once its code is in.
 * One `main` holds both, so focus in it (from the skip link) survives the swap.
 */
export function LazyRecommendationPage() {
  return (
    <main id="main" tabIndex={-1} className="page page--narrow result">
      <AfterHydration fallback={<RecommendationPending />}>
        <page.Component />
      </AfterHydration>
    </main>
  );
}
