import { lazy } from "react";
import { AfterHydration } from "../../../shared/after-hydration";
import { RecommendationPending } from "./recommendation-pending";

// The result is worked out in the browser from the URL, so the decision engine, the codec and the
// result view load after the first paint, not with it: the first load stays within its budget.
const RecommendationPage = lazy(() =>
  import("./recommendation-page").then((module) => ({ default: module.RecommendationPage })),
);

/** The recommendation route's content: the pending view first, the result once its code is in. */
export function LazyRecommendationPage() {
  return (
    <AfterHydration fallback={<RecommendationPending />}>
      <RecommendationPage />
    </AfterHydration>
  );
}
