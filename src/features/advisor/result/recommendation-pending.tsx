import { LinkedPagePending } from "./linked-page-pending";

export const recommendationPageClass = "page page--narrow result";

/** The recommendation page until its answers are worked out: also its prerendered HTML. */
export function RecommendationPending() {
  // The result renders only in the browser: until then the page reserves its height (see
  // advisor.css), so the footer does not jump down when it arrives (Lighthouse measured CLS 0.25).
  return (
    <LinkedPagePending
      title="Your recommendation"
      subject="recommendation"
      className={`${recommendationPageClass} result--pending`}
    />
  );
}
