import { AfterHydration } from "../../shared/after-hydration";
import { lazyWithPreload } from "../../shared/lazy-with-preload";
import type { PlanGuideInfo } from "./plan-guide-info";
import { PlanPending } from "./plan-pending";

// The plan is built in the browser from the URL: its steps, the decision engine, the codec and
// the progress store load after the first paint, not with it, keeping the first load in budget.
const page = lazyWithPreload(() => import("./plan-page").then((module) => module.PlanPage));

// A visit whose URL carries answers needs the plan's code at once: ask for it while React is
// still hydrating the pending view, so the download overlaps hydration instead of following it.
if (typeof window !== "undefined" && window.location.search !== "") page.preload();

/** The plan route's content: the pending view first, the plan once its code is in, in one `main`. */
export function LazyPlanPage({ guide }: { guide: PlanGuideInfo }) {
  return (
    <main id="main" tabIndex={-1} className="page page--narrow plan">
      <AfterHydration fallback={<PlanPending />}>
        <page.Component guide={guide} />
      </AfterHydration>
    </main>
  );
}
