import { LinkedPagePending } from "../../../core/linked-page/linked-page-pending";

/** The plan page until its answers are worked out: also its prerendered HTML. */
export function PlanPending() {
  return <LinkedPagePending title="Your migration plan" subject="migration plan" page="plan" />;
}
