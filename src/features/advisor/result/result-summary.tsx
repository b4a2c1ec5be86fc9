import { outcomes } from "../../../core/decision/outcomes";
import type { OutcomeChoice } from "../../../core/decision/decide-outcome";
import { GuideLink } from "./guide-link";
import { headlineTiming } from "../../../core/linked-page/linked-page-details";

/**
 * The top of a result: which option, in one paragraph, and any alternative. It needs only the
 * decision, so it renders with the page's first load; the reasons and the rest follow.
 */
export function ResultSummary({ decision }: { decision: OutcomeChoice }) {
  const outcome = outcomes[decision.outcome];
  const noCleanFit = decision.outcome === "no-clean-fit";
  return (
    <>
      <header className="page-header result__header">
        <p className="page-header__eyebrow">{noCleanFit ? "Result" : "Recommended replacement"}</p>
        <h1 tabIndex={-1} data-recommendation={decision.outcome} className="result__title">
          {noCleanFit ? "No option fits cleanly as answered" : outcome.name}
        </h1>
        <p className="page-header__lead" elementtiming={headlineTiming}>
          {outcome.summary}
        </p>
        {outcome.dataFlow && <p className="result__flow">{outcome.dataFlow}</p>}
      </header>

      {decision.alternative && (
        <div className="callout callout--note" role="note">
          <p className="callout__title">Alternative: {outcomes[decision.alternative].name}</p>
          <p>
            {outcomes[decision.alternative].summary} <GuideLink anchor={outcomes[decision.alternative].anchor} />
          </p>
        </div>
      )}
    </>
  );
}
