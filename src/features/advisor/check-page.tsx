import { useEffect, useRef } from "react";
import { Link, useNavigate } from "react-router";
import { paths } from "../../shared/paths";
import { encodeAnswers } from "../../core/share/encode";
import { applicableQuestions, isComplete, nextQuestion } from "../../core/decision/flow";
import { answerText } from "../../core/decision/answer-text";
import { BackLink } from "./components/back-link";
import { FromExportMark, useAppliedFromExport } from "./components/from-export-mark";
import { StartAgainButton } from "./components/start-again-button";
import { useStepFocus } from "../../shared/use-step-focus";
import { resultDetails } from "./result/lazy-result-details";
import { recommendationContent } from "./result/lazy-recommendation-content";
import type { ChangeState } from "../../core/answers/change-state";
import { useAnswers } from "../../core/answers/use-answers";

/** GOV.UK "Check your answers": every answer that applies, each with a Change link. */
export function CheckPage() {
  const { answers, ready } = useAnswers();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const { fromExport } = useAppliedFromExport();
  const complete = isComplete(answers) ? answers : undefined;
  const missing = ready && complete === undefined ? nextQuestion(answers) : undefined;

  useEffect(() => {
    if (missing) navigate(paths.advisorQuestion(missing.id), { replace: true });
  }, [missing, navigate]);
  useStepFocus(heading, ready && complete !== undefined);
  // The result is the next page: fetch its code and its details' now, so they arrive with its headline.
  useEffect(() => {
    recommendationContent.preload();
    resultDetails.preload();
  }, []);

  const asked = applicableQuestions(answers);
  const last = asked.at(-1);

  return (
    <main id="main" tabIndex={-1} className="page page--narrow advisor">
      {last && <BackLink to={paths.advisorQuestion(last.id)} />}
      <h1 ref={heading} tabIndex={-1}>
        Check your answers
      </h1>
      {!ready ? (
        <p className="hint">Loading your answers…</p>
      ) : (
        <>
          <p>
            These answers decide the recommendation. Change any of them: the advisor asks whatever the change makes
            necessary, then brings you back here.
          </p>
          <dl className="summary-list">
            {asked.map((question) => (
              <div className="summary-list__row" key={question.id} data-question={question.id}>
                <dt className="summary-list__key">{question.shortLabel}</dt>
                <dd className="summary-list__value">
                  {answerText(question.id, answers[question.id])}
                  {fromExport(question.id, answers) && <FromExportMark />}
                </dd>
                <dd className="summary-list__actions">
                  <Link to={paths.advisorQuestion(question.id)} state={{ change: true } satisfies ChangeState}>
                    Change<span className="visually-hidden"> {question.shortLabel.toLowerCase()}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
          {complete && (
            <div className="button-row">
              {/* The answers go in the link, so it works when copied or opened in a new tab; the
                  recommendation page adds the outcome to the path, so this page needs no engine. */}
              <Link to={paths.recommendation(undefined, encodeAnswers(complete))} className="button button--primary">
                See your recommendation
              </Link>
              <StartAgainButton />
            </div>
          )}
        </>
      )}
    </main>
  );
}
