import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import type { Answers, CompleteAnswers } from "../model/answers";
import { caveatTitles } from "../model/caveat-conditions";
import { getQuestion, optionLabel } from "../model/questions";
import { v1UpgradeReport } from "../model/v1-upgrade";
import { AdoptAnswersButton } from "../components/adopt-answers-button";

/**
 * Above a result or plan opened from a link made under an older version of the advice: what
 * changed for these answers, a way to answer the questions added since, and the current link.
 * The visitor's URL is left as it is: the link they were sent keeps meaning what it says.
 */
export function UpgradedLinkNotice({
  answers,
  currentLink,
}: {
  answers: CompleteAnswers;
  /** The same answers' link under the current version. */
  currentLink: string;
}) {
  const report = v1UpgradeReport(answers);
  const withoutAssumed: Record<string, unknown> = { ...answers };
  for (const { questionId } of report.added) delete withoutAssumed[questionId];

  return (
    <section
      className="callout callout--important upgraded-notice"
      data-upgraded-from={report.fromVersion}
      aria-labelledby="upgraded-title"
    >
      <p className="callout__title" id="upgraded-title">
        The advice has been updated since this link was made
      </p>
      <p>
        This link was made with version {report.fromVersion} of the advisor. Below is today&rsquo;s advice for the same
        answers; <Link to={paths.guideAnchor("changes#advice-v2")}>what changed, and why</Link>.
      </p>
      {report.caveatsAdded.length > 0 && (
        <>
          <p className="upgraded-notice__label">Now raised for these answers:</p>
          <ul>
            {report.caveatsAdded.map((id) => (
              <li key={id} data-caveat-added={id}>
                {caveatTitles[id]}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.caveatsRemoved.length > 0 && (
        <>
          <p className="upgraded-notice__label">No longer raised:</p>
          <ul>
            {report.caveatsRemoved.map((id) => (
              <li key={id} data-caveat-removed={id}>
                {caveatTitles[id]}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.added.length > 0 && (
        <>
          <p className="upgraded-notice__label">Questions added since, which this link could not answer:</p>
          <ul>
            {report.added.map(({ questionId, value }) => (
              <li key={questionId} data-question-added={questionId} data-assumed={value}>
                {getQuestion(questionId).shortLabel}: taken as &ldquo;{optionLabel(questionId, value)}&rdquo;
                {value === "100k-or-more" ? " (your largest domain alone holds 100,000 or more)" : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        {report.added.length > 0 && (
          <AdoptAnswersButton answers={withoutAssumed as Answers} label="Answer the new questions" />
        )}
        <Link to={currentLink} className="button button--secondary" data-current-link>
          Open the updated link
        </Link>
      </div>
    </section>
  );
}
