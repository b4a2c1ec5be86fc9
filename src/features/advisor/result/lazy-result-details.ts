import { lazyWithPreload } from "../../../shared/lazy-with-preload";

// Everything below a result's summary (the reasons, caveats, other options, what would change
// it) loads after the summary has painted: the summary needs only the decision, the rest needs
// the wording of every rule, which would push the page's first load over its budget. The check
// page fetches it ahead, so the usual way in shows the details at once.
export const resultDetails = lazyWithPreload(() => import("./result-details").then((module) => module.ResultDetails));
