import { Link } from "react-router";
import { paths } from "../../shared/paths";
import type { Answers, CompleteAnswers } from "../decision/answers";
import { caveatTitles, type CaveatId } from "../decision/caveat-conditions";
import { getQuestion, optionLabel } from "../decision/questions";
import { upgradeReport, type OlderVersion } from "../decision/upgrade-report";
import { AdoptAnswersButton } from "./adopt-answers-button";

function CaveatList({
  label,
  ids,
  attribute,
}: {
  label: string;
  ids: readonly CaveatId[];
  attribute: "data-caveat-added" | "data-caveat-removed";
}) {
  if (ids.length === 0) return null;
  return (
    <>
      <p className="upgraded-notice__label">{label}</p>
      <ul>
        {ids.map((id) => (
          <li key={id} {...{ [attribute]: id }}>
            {caveatTitles[id]}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Above a result or plan opened from a link made under an older version of the advice: what
 * changed for these answers, a way to answer the questions added since, and the current link.
 * The visitor's URL is left as it is: the link they were sent keeps meaning what it says.
 */
export function UpgradedLinkNotice({
  answers,
  fromVersion,
  currentLink,
}: {
  answers: CompleteAnswers;
  /** The version of the advice the link was made with. */
  fromVersion: OlderVersion;
  /** The same answers' link under the current version. */
  currentLink: string;
}) {
  const report = upgradeReport(answers, fromVersion);
  const assumed = new Set<string>(report.added.map((a) => a.questionId));
  const withoutAssumed = Object.fromEntries(Object.entries(answers).filter(([id]) => !assumed.has(id))) as Answers;

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
        answers. What changed, and why:{" "}
        {report.fromVersion === 1 && (
          <>
            <Link to={paths.guideAnchor("changes#advice-v2")} data-changes-link="2">
              version 2
            </Link>{" "}
            and{" "}
          </>
        )}
        <Link to={paths.guideAnchor("changes#advice-v3")} data-changes-link="3">
          version 3
        </Link>
        .
      </p>
      <CaveatList label="Now raised for these answers:" ids={report.caveatsAdded} attribute="data-caveat-added" />
      <CaveatList label="No longer raised:" ids={report.caveatsRemoved} attribute="data-caveat-removed" />
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
          <AdoptAnswersButton answers={withoutAssumed} label="Answer the new questions" fillIn />
        )}
        <Link to={currentLink} className="button button--secondary" data-current-link>
          Open the updated link
        </Link>
      </div>
    </section>
  );
}
