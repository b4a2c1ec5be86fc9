import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import { encodeAnswers, recommendationPath } from "../../share";
import { isComplete } from "../model/flow";
import { AdoptAnswersButton } from "../components/adopt-answers-button";
import { StartAgainButton } from "../components/start-again-button";
import { useStepFocus } from "../components/use-step-focus";
import { useAnswers } from "../state/use-answers";
import { InvalidLink } from "./invalid-link";
import { useLinkedAnswers } from "./linked-answers";
import { recommendationPageClass, RecommendationPending } from "./recommendation-pending";
import { ResultView } from "./result-view";

/**
 * The recommendation for the answers in the URL. The outcome in the path is only for link
 * previews and is corrected (history replace) when it disagrees with the answers.
 */
export function RecommendationPage() {
  const view = useLinkedAnswers(recommendationPath);
  const { answers: saved, ready } = useAnswers();
  const main = useRef<HTMLElement>(null);

  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    heading.current = main.current?.querySelector("h1") ?? null;
  });
  useStepFocus(heading, view.kind === "ready" || view.kind === "invalid");

  if (view.kind === "loading" || view.kind === "redirect") return <RecommendationPending />;
  const own =
    view.kind === "ready" && ready && encodeAnswers(view.answers) === (isComplete(saved) ? encodeAnswers(saved) : "");

  return (
    <main id="main" tabIndex={-1} ref={main} className={recommendationPageClass}>
      {view.kind === "ready" && (
        <>
          {!own && ready && (
            <div className="callout callout--note shared-banner" role="note">
              <p className="callout__title">A shared result</p>
              <p>
                You are viewing answers from a link.{" "}
                {Object.keys(saved).length > 0 ? "Your own saved answers are unchanged." : ""} To adjust these answers,
                take them into the advisor.
              </p>
              <AdoptAnswersButton answers={view.answers} label="Edit these answers" />
            </div>
          )}
          <ResultView answers={view.answers} />
          {own && (
            <div className="button-row">
              <Link to={paths.advisorCheck()} className="button button--secondary">
                Change your answers
              </Link>
              <StartAgainButton />
            </div>
          )}
        </>
      )}
      {view.kind === "invalid" && <InvalidLink decoded={view.decoded} />}
      {view.kind === "empty" && (
        <>
          <h1>No answers to show yet</h1>
          <p>
            A recommendation comes from your answers, and this link carries none. Answer the advisor&rsquo;s questions,
            or open the full link you were sent.
          </p>
          <Link to={paths.advisorStart()} className="button button--primary">
            Start the advisor
          </Link>
        </>
      )}
    </main>
  );
}
