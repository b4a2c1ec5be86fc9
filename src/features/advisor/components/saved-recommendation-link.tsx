import { Suspense, useSyncExternalStore } from "react";
import { lazyWithPreload } from "../../../shared/lazy-with-preload";
import { ANSWERS_STORAGE_KEY } from "../../../core/answers/storage-key";

// The reminder needs the answers store and the decision (about 9 KiB gzip): only
// visitors who have saved answers download them, so guide pages stay light for everyone else.
const { Component: YourRecommendationLink } = lazyWithPreload(() =>
  import("./your-recommendation-link").then((module) => module.YourRecommendationLink),
);

const noop = () => () => {};

function hasSavedAnswers(): boolean {
  try {
    return localStorage.getItem(ANSWERS_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/** The guide's reminder of the visitor's own recommendation, loaded only when answers are saved. */
export function SavedRecommendationLink() {
  // False while prerendering and hydrating, so the HTML never depends on this browser's storage.
  const saved = useSyncExternalStore(noop, hasSavedAnswers, () => false);
  if (!saved) return null;
  return (
    <Suspense fallback={null}>
      <YourRecommendationLink />
    </Suspense>
  );
}
