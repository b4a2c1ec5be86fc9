import { lazy } from "react";
import { AfterHydration } from "../../shared/after-hydration";
import type { PlanGuideInfo } from "./plan-guide-info";
import { PlanPending } from "./plan-pending";

// The plan is built in the browser from the URL: its steps, the decision engine, the codec and
// the progress store load after the first paint, not with it, keeping the first load in budget.
const PlanPage = lazy(() => import("./plan-page").then((module) => ({ default: module.PlanPage })));

/** The plan route's content: the pending view first, the plan once its code is in. */
export function LazyPlanPage({ guide }: { guide: PlanGuideInfo }) {
  return (
    <AfterHydration fallback={<PlanPending />}>
      <PlanPage guide={guide} />
    </AfterHydration>
  );
}
