import { lazyWithPreload } from "../../shared/lazy-with-preload";

// Everything below the plan's title (its steps, the progress store, the Markdown export) loads
// after the title has painted: the title needs only the decision, the rest would push the
// page's first load over its budget.
export const planDetails = lazyWithPreload(() => import("./plan-details").then((module) => module.PlanDetails));
