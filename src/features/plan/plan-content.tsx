import { Link } from "react-router";
import { paths } from "../../shared/paths";
import { decideOutcome } from "../../core/decision/decide-outcome";
import { LazyInvalidLink } from "../../core/linked-page/lazy-invalid-link";
import { useLinkedAnswers } from "../../core/linked-page/linked-answers";
import { LinkedPageDetails } from "../../core/linked-page/linked-page-details";
import { UpgradedLinkGate } from "../../core/linked-page/upgraded-link-gate";
import { planPath } from "../../core/share/encode";
import { planDetails } from "./lazy-plan-details";
import { PlanHeading } from "./components/plan-heading";
import { PlanPending } from "./components/plan-pending";

/** The migration plan for the answers in the URL, loaded after the app has started (plan-page.tsx). */
export function PlanContent() {
  const { view } = useLinkedAnswers(planPath);

  switch (view.kind) {
    case "loading":
    case "redirect":
      return <PlanPending />;
    case "invalid":
      return <LazyInvalidLink decoded={view.decoded} subject="plan" pending={<PlanPending />} />;
    case "empty":
      return (
        <>
          <h1 tabIndex={-1}>No answers to plan from yet</h1>
          <p>
            A migration plan is built from the advisor&rsquo;s answers, and this link carries none. Answer the
            advisor&rsquo;s questions, or open the full plan link you were sent.
          </p>
          <Link to={paths.advisorStart()} className="button button--primary">
            Start the advisor
          </Link>
        </>
      );
    case "ready":
      return (
        <>
          <UpgradedLinkGate
            upgradedFrom={view.upgradedFrom}
            answers={view.answers}
            currentLink={planPath(view.answers)}
            pending={<PlanPending />}
          >
            <PlanHeading decision={decideOutcome(view.answers)} />
            <LinkedPageDetails>
              <planDetails.Component answers={view.answers} />
            </LinkedPageDetails>
          </UpgradedLinkGate>
        </>
      );
  }
}
