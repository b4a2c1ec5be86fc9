import { isComplete } from "../../../core/decision/flow";
import { decideOutcome } from "../../../core/decision/decide-outcome";
import { outcomes } from "../../../core/decision/outcomes";
import { encodeAnswers } from "../../../core/share/encode";
import { detailsPendingHtml, escapeHtml as e, type PaintedResult } from "../../../core/linked-page/first-paint";
import { headlineTiming } from "../../../core/linked-page/headline-timing";
import { paths } from "../../../shared/paths";

// The recommendation's first paint, as HTML: the same elements, classes and text the app renders
// for it at once (SharedResultBanner, ResultSummary, LinkedDetailsPending and the own answers'
// buttons in recommendation-content.tsx), so nothing moves when the app takes over.
// first-paint-html.test.tsx renders both and fails if they differ.

const href = (base: string, path: string) => e(`${base.replace(/\/$/, "")}${path}`);

/** The note above a result opened from someone else's link (SharedResultBanner). */
export function sharedBannerHtml(savedCount: number): string {
  return (
    '<div class="callout callout--note shared-banner" role="note"><p class="callout__title">A shared result</p>' +
    `<p>${e(sharedBannerText(savedCount))}</p>` +
    '<button type="button" class="button button--secondary">Edit these answers</button></div>'
  );
}

/** The banner's paragraph: the app renders the same words. */
export function sharedBannerText(savedCount: number): string {
  return `You are viewing answers from a link. ${savedCount > 0 ? "Your own saved answers are unchanged." : ""} To adjust these answers, take them into the advisor.`;
}

/** The result's header and its alternative (ResultSummary). */
export function resultSummaryHtml(answers: PaintedResult["answers"], base: string): string {
  const decision = decideOutcome(answers);
  const outcome = outcomes[decision.outcome];
  const noCleanFit = decision.outcome === "no-clean-fit";
  let html =
    '<header class="page-header result__header">' +
    `<p class="page-header__eyebrow">${noCleanFit ? "Result" : "Recommended replacement"}</p>` +
    `<h1 tabindex="-1" data-recommendation="${e(decision.outcome)}" class="result__title">` +
    `${e(noCleanFit ? "No option fits cleanly as answered" : outcome.name)}</h1>` +
    `<p class="page-header__lead" elementtiming="${headlineTiming}">${e(outcome.summary)}</p>` +
    (outcome.dataFlow ? `<p class="result__flow">${e(outcome.dataFlow)}</p>` : "") +
    "</header>";
  if (decision.alternative) {
    const alternative = outcomes[decision.alternative];
    html +=
      '<div class="callout callout--note" role="note">' +
      `<p class="callout__title">Alternative: ${e(alternative.name)}</p>` +
      `<p>${e(alternative.summary)} <a class="result__more" href="${href(base, paths.guideAnchor(alternative.anchor))}">Read more in the guide</a></p>` +
      "</div>";
  }
  return html;
}

/** The whole first paint of a recommendation from a link, as the app renders it once the saved answers are read. */
export function recommendationFirstPaint({ answers, saved }: PaintedResult, base: string): string {
  const own = isComplete(saved) && encodeAnswers(saved) === encodeAnswers(answers);
  return (
    (own ? "" : sharedBannerHtml(Object.keys(saved).length)) +
    resultSummaryHtml(answers, base) +
    detailsPendingHtml +
    (own
      ? '<div class="button-row">' +
        `<a class="button button--secondary" href="${href(base, paths.advisorCheck())}">Change your answers</a>` +
        '<button type="button" class="button button--secondary">Start again</button></div>'
      : "")
  );
}
