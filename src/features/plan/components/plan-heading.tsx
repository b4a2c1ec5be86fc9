import { site } from "../../../shared/site";
import type { OutcomeChoice } from "../../../core/decision/decide-outcome";
import { headlineTiming } from "../../../core/linked-page/linked-page-details";
import { planLeadFor, planTitleFor } from "../model/plan-heading-text";

/** The plan's title and opening paragraph: they need only the decision, so they come with the first load. */
export function PlanHeading({ decision }: { decision: OutcomeChoice }) {
  return (
    <header className="page-header plan-header">
      <p className="page-header__eyebrow">{site.name} · Migration plan</p>
      <h1 tabIndex={-1} data-plan={decision.outcome}>
        {planTitleFor(decision.recommended)}
      </h1>
      <p className="page-header__lead" elementtiming={headlineTiming}>
        {planLeadFor(decision.recommended)}
      </p>
    </header>
  );
}
