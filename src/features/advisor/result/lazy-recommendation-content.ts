import { lazyWithPreload } from "../../../shared/lazy-with-preload";

// The result's own code (the link's codec, the decision, the summary and the shared-link banner)
// is not part of the page's first load: the page's first-paint script has painted the result
// from the link already (src/core/linked-page/first-paint.ts), and the app keeps that on screen
// until this chunk has rendered the same result. The check page fetches it ahead.
export const recommendationContent = lazyWithPreload(() =>
  import("./recommendation-content").then((module) => module.RecommendationContent),
);
