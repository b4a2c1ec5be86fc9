import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import { encodeAnswers } from "../../../core/share";
import type { CompleteAnswers } from "../../../core/decision/answers";
import { evaluate, type Evaluation } from "../../../core/decision/evaluate";
import { optionIds, outcomes, type OptionId } from "../../../core/decision/outcomes";
import { getQuestion } from "../../../core/decision/questions";
import { answerText } from "../../../core/decision/answer-text";
import { GuideLink } from "./guide-link";
import { NextSteps } from "./next-steps";
import { ShareLink } from "./share-link";

function OptionAssessmentCard({ option, result }: { option: OptionId; result: Evaluation }) {
  const assessment = result.options[option];
  const noCleanFit = result.outcome === "no-clean-fit";
  const status = assessment.fits ? "Fits, but ranks lower" : "Ruled out";
  return (
    <article className="option-card" data-option={option} aria-labelledby={`option-${option}`}>
      <h3 id={`option-${option}`} className="option-card__title">
        {outcomes[option].name}{" "}
        <span className={`status status--${assessment.fits ? "fits" : "blocked"}`}>{status}</span>
      </h3>
      {assessment.blockers.length > 0 && (
        <ul className="option-card__blockers">
          {assessment.blockers.map((blocker) => (
            <li key={blocker.id} data-blocker={blocker.id}>
              <strong>{blocker.title}.</strong> {blocker.text}{" "}
              {noCleanFit && <span className="option-card__unblock">What would unblock it: {blocker.unblock} </span>}
              <GuideLink anchor={blocker.anchor} />
            </li>
          ))}
        </ul>
      )}
      {assessment.whyNot && (
        <p>
          {assessment.whyNot.text} <GuideLink anchor={assessment.whyNot.anchor} />
        </p>
      )}
    </article>
  );
}

/**
 * Everything in a result below its summary: why, the caveats, the other options, what would
 * change it, what to do next, the answers and the link. Loaded after the page's first paint.
 */
export function ResultDetails({ answers }: { answers: CompleteAnswers }) {
  const result = evaluate(answers);
  const query = encodeAnswers(answers);
  const others = optionIds.filter((option) => option !== result.recommended);
  const noCleanFit = result.outcome === "no-clean-fit";

  return (
    <>
      <section aria-labelledby="why">
        <h2 id="why">{noCleanFit ? "Which requirements collide" : "Why this option"}</h2>
        <ul className="reason-list">
          {result.reasons.map((reason) => (
            <li key={reason.id} data-reason={reason.id}>
              {reason.text} <GuideLink anchor={reason.anchor} />
            </li>
          ))}
        </ul>
      </section>

      {result.caveats.length > 0 && (
        <section aria-labelledby="caveats">
          <h2 id="caveats">
            Before you start: {result.caveats.length === 1 ? "one caveat" : `${result.caveats.length} caveats`}
          </h2>
          <ul className="caveat-list">
            {result.caveats.map((caveat) => (
              <li key={caveat.id} data-caveat={caveat.id} className="caveat">
                <strong className="caveat__title">{caveat.title}</strong>
                <span className="caveat__text">
                  {caveat.text} <GuideLink anchor={caveat.anchor} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="others">
        <h2 id="others">{noCleanFit ? "Each option, and what would unblock it" : "The other options, and why not"}</h2>
        {others.map((option) => (
          <OptionAssessmentCard key={option} option={option} result={result} />
        ))}
      </section>

      {result.whatWouldChange.length > 0 && (
        <section aria-labelledby="would-change">
          <h2 id="would-change">What would change this recommendation</h2>
          <ul className="change-list">
            {result.whatWouldChange.map((change) => (
              <li key={`${change.questionId}-${String(change.to)}`} data-change-outcome={change.outcome}>
                {change.text}{" "}
                <Link to={paths.recommendation(change.outcome, encodeAnswers(change.answers))}>
                  See that result<span className="visually-hidden">: {outcomes[change.outcome].name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <NextSteps result={result} planHref={paths.plan(query)} />

      <section aria-labelledby="your-answers">
        <h2 id="your-answers">The answers behind this result</h2>
        <dl className="summary-list summary-list--compact">
          {Object.entries(answers).map(([id, value]) => {
            const question = getQuestion(id as keyof CompleteAnswers);
            return (
              <div className="summary-list__row" key={id}>
                <dt className="summary-list__key">{question.shortLabel}</dt>
                <dd className="summary-list__value">{answerText(question.id, value)}</dd>
              </div>
            );
          })}
        </dl>
      </section>

      <ShareLink path={paths.recommendation(result.outcome, query)} />
    </>
  );
}
