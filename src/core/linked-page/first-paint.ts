import type { Answers, CompleteAnswers } from "../decision/answers";
import { restoreAnswers } from "../answers/restore-answers";
import { linkedAnswersView } from "./linked-view";
import { FIRST_PAINT_ATTRIBUTE, PAINTED_CLASS } from "./first-paint-names";

export { FIRST_PAINT_ATTRIBUTE, PAINTED_CLASS };

// A recommendation or plan from a link paints its result before the app has loaded: a small
// script, bundled from this module and the page's own renderer at build time
// (scripts/build/first-paint.js) and inlined right after the page's <main>, decodes the link
// with the same codec and engine the app uses (linkedAnswersView) and replaces the placeholder
// with the result's top. It paints only what the app would show at once for a current-version
// link at its canonical path; anything else (a tampered, truncated, older or mis-pathed link,
// saved answers only the app can upgrade) keeps the placeholder, and the app decides as before.

/** The saved answers' storage format version the script can read (the answers store's `version`). */
export const PAINTABLE_STORAGE_VERSION = 3;

/** What the first paint shows: the link's answers, and the visitor's saved answers beside them. */
export interface PaintedResult {
  readonly answers: CompleteAnswers;
  readonly saved: Answers;
}

/**
 * The visitor's saved answers as the answers store will read them, from its raw localStorage
 * item; undefined when only the app can tell (answers saved under an older version, which the
 * store upgrades, or a shape it does not expect).
 */
export function savedAnswersForPaint(stored: string | null): Answers | undefined {
  if (stored === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    // The store's storage drops unreadable JSON: nothing saved.
    return {};
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const { state, version } = parsed as { state?: unknown; version?: unknown };
  if (version !== PAINTABLE_STORAGE_VERSION || typeof state !== "object" || state === null) return undefined;
  return restoreAnswers((state as { answers?: unknown }).answers);
}

/**
 * The result to paint for this address, or undefined to keep the placeholder. The same decision
 * as the app's (`linkedAnswersView`), narrowed to what is safe before the app runs: a link that
 * decodes under the current version and is already at its canonical path.
 * @param location the path relative to the base path, and the query
 */
export function firstPaintFor(
  location: { pathname: string; search: string },
  stored: string | null,
  canonical: (answers: CompleteAnswers) => string,
): PaintedResult | undefined {
  if (location.search.replace(/^\?/, "") === "") return undefined;
  const saved = savedAnswersForPaint(stored);
  if (saved === undefined) return undefined;
  const view = linkedAnswersView(location, { answers: saved, ready: true }, canonical);
  if (view.kind !== "ready" || view.upgradedFrom !== undefined) return undefined;
  return { answers: view.answers, saved };
}

/** The site path relative to the base path ("/entra/plan" → "/plan"), or undefined outside it. */
export function pathUnderBase(pathname: string, base: string): string | undefined {
  if (base === "/") return pathname;
  const root = base.replace(/\/$/, "");
  if (pathname === root) return "/";
  return pathname.startsWith(`${root}/`) ? pathname.slice(root.length) : undefined;
}

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value, escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

/** The reserved space below a result's summary while its details load, as LinkedDetailsPending renders it. */
export const detailsPendingHtml =
  '<div class="linked-details-pending"><p class="visually-hidden">Loading the rest of this page…</p></div>';

/**
 * Runs in the browser, from the inlined script: fills the page's placeholder with `render`'s
 * HTML when the link allows it. Never throws (a failure keeps the placeholder for the app).
 */
export function paintFirst(
  page: string,
  canonical: (answers: CompleteAnswers) => string,
  render: (result: PaintedResult, base: string) => string,
  base: string,
  storageKey: string,
): void {
  try {
    const placeholder = document.querySelector(`[${FIRST_PAINT_ATTRIBUTE}="${page}"]`);
    const pathname = pathUnderBase(location.pathname, base);
    if (!placeholder || pathname === undefined) return;
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(storageKey);
    } catch {
      // Blocked storage reads as nothing saved, as the store's does.
    }
    const result = firstPaintFor({ pathname, search: location.search }, stored, canonical);
    if (!result) return;
    placeholder.innerHTML = render(result, base);
    placeholder.className = PAINTED_CLASS;
  } catch {
    // The placeholder stays, and the app works the page out as it would have without this script.
  }
}
