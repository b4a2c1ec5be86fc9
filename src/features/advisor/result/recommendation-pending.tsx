import { LinkedPagePending } from "../../../core/linked-page/linked-page-pending";

/** The recommendation page until its answers are worked out: also its prerendered HTML. */
export function RecommendationPending() {
  return <LinkedPagePending title="Your recommendation" subject="recommendation" page="recommendation" />;
}
