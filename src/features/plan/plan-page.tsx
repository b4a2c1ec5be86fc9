import { LinkedContentBoundary } from "../../core/linked-page/linked-content-boundary";
import { lazyWithPreload } from "../../shared/lazy-with-preload";
import { PlanPending } from "./components/plan-pending";

// The plan's own code (the link's codec, the decision, the heading) is not part of the page's
// first load: the page's first-paint script has painted the plan's heading from the link already
// (src/core/linked-page/first-paint.ts), and the app keeps that on screen until this chunk has
// rendered the same heading.
export const planContent = lazyWithPreload(() => import("./plan-content").then((module) => module.PlanContent));

/** The migration plan for the answers in the URL, in one `main` across its states (focus survives the swaps). */
export function PlanPage() {
  return (
    <main id="main" tabIndex={-1} className="page page--narrow plan">
      <LinkedContentBoundary pending={<PlanPending />}>
        <planContent.Component />
      </LinkedContentBoundary>
    </main>
  );
}
