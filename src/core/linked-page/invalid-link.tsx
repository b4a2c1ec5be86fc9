import { Link } from "react-router";
import { paths } from "../../shared/paths";
import type { DecodeResult } from "../share";
import { AdoptAnswersButton } from "./adopt-answers-button";

/**
 * A link that cannot be trusted: name every problem, keep what is valid, never guess a result.
 * `subject` names what the link was for: a recommendation or a migration plan.
 */
export function InvalidLink({
  decoded,
  subject = "recommendation",
}: {
  decoded: Extract<DecodeResult, { ok: false }>;
  subject?: "recommendation" | "plan";
}) {
  const kept = Object.keys(decoded.validAnswers).length;
  return (
    <>
      <h1 tabIndex={-1}>This {subject} link cannot be used</h1>
      <p>
        The link may have been cut short, edited, or made by a newer version of this site. No {subject} is shown,
        because it could be the wrong one.
      </p>
      <div className="error-summary" data-share-problems>
        <h2 className="error-summary__title">
          {decoded.problems.length === 1 ? "There is a problem" : `There are ${decoded.problems.length} problems`}
        </h2>
        <ul className="error-summary__list">
          {decoded.problems.map((problem, index) => (
            <li key={index} data-problem={problem.kind} data-question={problem.questionId}>
              {problem.message}
            </li>
          ))}
        </ul>
      </div>
      <h2>What you can do</h2>
      <ul>
        <li>Ask whoever sent it for the full link, copied with the site&rsquo;s Copy link button.</li>
        {kept > 0 && (
          <li>
            Continue the advisor with the {kept} valid answer{kept === 1 ? "" : "s"} from this link and answer the rest.
          </li>
        )}
        <li>Go to the advisor: your own saved answers, if any, are untouched.</li>
      </ul>
      <div className="button-row">
        {kept > 0 && <AdoptAnswersButton answers={decoded.validAnswers} label="Continue with the valid answers" />}
        <Link to={paths.advisorStart()} className="button button--primary">
          Go to the advisor
        </Link>
      </div>
    </>
  );
}
