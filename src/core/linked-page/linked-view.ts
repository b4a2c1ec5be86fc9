import { currentVersion, decodeShare, type DecodeResult } from "../share";
import type { Answers, CompleteAnswers } from "../decision/answers";
import { isComplete } from "../decision/flow";

// Without React: the page's first-paint script (first-paint.ts) decides with this same function
// before the app has loaded, so the two can never disagree about what a link shows.

/** What a page built from a share URL's answers (the recommendation, the plan) shows. */
export type LinkedAnswersView =
  | { kind: "loading" }
  | { kind: "empty" }
  | { kind: "redirect"; to: string }
  | { kind: "invalid"; decoded: Extract<DecodeResult, { ok: false }> }
  /** `upgradedFrom`: the link was made under an older version of the advice, and decoded by upgrading it. */
  | { kind: "ready"; answers: CompleteAnswers; upgradedFrom?: number };

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);

/**
 * The answers in the query decide. A valid link whose path is not the answers' canonical path
 * (a wrong outcome, or none) is redirected there; without a query, the visitor's own complete
 * answers are shown at their canonical URL.
 * @param canonical the page's URL for a complete answer set, relative to the base path
 */
export function linkedAnswersView(
  location: { pathname: string; search: string },
  saved: { answers: Answers; ready: boolean },
  canonical: (answers: CompleteAnswers) => string,
): LinkedAnswersView {
  // Even a complete link waits for the saved answers: whether they match decides the page's
  // banner, and a banner that arrives a frame late pushes the result down (a layout shift).
  if (!saved.ready) return { kind: "loading" };
  if (location.search.replace(/^\?/, "") === "") {
    return isComplete(saved.answers) ? { kind: "redirect", to: canonical(saved.answers) } : { kind: "empty" };
  }
  const decoded = decodeShare(location.search);
  if (!decoded.ok) return { kind: "invalid", decoded };
  const canonicalUrl = canonical(decoded.answers);
  const canonicalPath = canonicalUrl.split(/[?#]/)[0]!;
  const upgraded = decoded.version !== currentVersion;
  if (withoutTrailingSlash(canonicalPath) === withoutTrailingSlash(location.pathname)) {
    return upgraded
      ? { kind: "ready", answers: decoded.answers, upgradedFrom: decoded.version }
      : { kind: "ready", answers: decoded.answers };
  }
  // An older link keeps its own query: it is never rewritten to the current version silently.
  return { kind: "redirect", to: upgraded ? `${canonicalPath}${location.search}` : canonicalUrl };
}
