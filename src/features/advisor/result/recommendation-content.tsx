import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import { encodeAnswers, recommendationPath } from "../../../core/share";
import { isComplete } from "../../../core/decision/flow";
import { decideOutcome } from "../../../core/decision/decide-outcome";
import { AdoptAnswersButton } from "../../../core/linked-page/adopt-answers-button";
import { StartAgainButton } from "../components/start-again-button";
import { LazyInvalidLink } from "../../../core/linked-page/lazy-invalid-link";
import { resultDetails } from "./lazy-result-details";
import { useLinkedAnswers } from "../../../core/linked-page/linked-answers";
import { LinkedPageDetails } from "../../../core/linked-page/linked-page-details";
import { RecommendationPending } from "./recommendation-pending";
import { ResultSummary } from "./result-summary";
import { UpgradedLinkGate } from "../../../core/linked-page/upgraded-link-gate";
import type { CompleteAnswers } from "../../../core/decision/answers";
import { sharedBannerText } from "./first-paint-html";

/** Below the visitor's own result (its first paint: first-paint-html.ts). */
export function OwnResultActions() {
  return (
    <div className="button-row">
      <Link to={paths.advisorCheck()} className="button button--secondary">
        Change your answers
      </Link>
      <StartAgainButton />
    </div>
  );
}

/** The note above a result opened from someone else's link (its first paint: first-paint-html.ts). */
export function SharedResultBanner({ answers, savedCount }: { answers: CompleteAnswers; savedCount: number }) {
  return (
    <div className="callout callout--note shared-banner" role="note">
      <p className="callout__title">A shared result</p>
      <p>{sharedBannerText(savedCount)}</p>
      <AdoptAnswersButton answers={answers} label="Edit these answers" />
    </div>
  );
}

/**
 * The recommendation for the answers in the URL, loaded after the app has started (recommendation-page.tsx).
 * The outcome in the path is only for link previews and is corrected (history replace) when it disagrees.
 */
export function RecommendationContent() {
  const { view, saved } = useLinkedAnswers(recommendationPath);

  switch (view.kind) {
    case "loading":
    case "redirect":
      return <RecommendationPending />;
    case "invalid":
      return <LazyInvalidLink decoded={view.decoded} pending={<RecommendationPending />} />;
    case "empty":
      return (
        <>
          <h1 tabIndex={-1}>No answers to show yet</h1>
          <p>
            A recommendation comes from your answers, and this link carries none. Answer the advisor&rsquo;s questions,
            or open the full link you were sent.
          </p>
          <Link to={paths.advisorStart()} className="button button--primary">
            Start the advisor
          </Link>
        </>
      );
    case "ready": {
      const own = isComplete(saved) && encodeAnswers(saved) === encodeAnswers(view.answers);
      return (
        <>
          {!own && <SharedResultBanner answers={view.answers} savedCount={Object.keys(saved).length} />}
          <UpgradedLinkGate
            upgradedFrom={view.upgradedFrom}
            answers={view.answers}
            currentLink={recommendationPath(view.answers)}
            pending={<RecommendationPending />}
          >
            <ResultSummary decision={decideOutcome(view.answers)} />
            <LinkedPageDetails>
              <resultDetails.Component answers={view.answers} />
            </LinkedPageDetails>
          </UpgradedLinkGate>
          {own && <OwnResultActions />}
        </>
      );
    }
  }
}
