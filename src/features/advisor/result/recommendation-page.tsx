import { LinkedContentBoundary } from "../../../core/linked-page/linked-content-boundary";
import { recommendationContent } from "./lazy-recommendation-content";
import { RecommendationPending } from "./recommendation-pending";

/** The recommendation for the answers in the URL. One `main` holds every state, so focus in it (from the skip link) survives the swaps. */
export function RecommendationPage() {
  return (
    <main id="main" tabIndex={-1} className="page page--narrow result">
      <LinkedContentBoundary pending={<RecommendationPending />}>
        <recommendationContent.Component />
      </LinkedContentBoundary>
    </main>
  );
}
