import { useEffect } from "react";
import { Link } from "react-router";
import { paths } from "../../shared/paths";
import { InvalidLink } from "../advisor/result/invalid-link";
import { useLinkedAnswers } from "../advisor/result/linked-answers";
import { planPath } from "../share";
import { buildPlan } from "./build-plan";
import type { PlanGuideInfo } from "./plan-guide-info";
import { PlanPending } from "./plan-pending";
import { rehydratePlanProgress } from "./plan-progress-store";
import { PlanView } from "./plan-view";
import { useExpandDetailsForPrint } from "./use-expand-details-for-print";

/** The migration plan for the answers in the URL, inside the route's `main`. */
export function PlanPage({ guide }: { guide: PlanGuideInfo }) {
  const { view } = useLinkedAnswers(planPath);
  useExpandDetailsForPrint();
  useEffect(() => {
    void rehydratePlanProgress();
  }, []);

  switch (view.kind) {
    case "loading":
    case "redirect":
      return <PlanPending />;
    case "invalid":
      return <InvalidLink decoded={view.decoded} subject="plan" />;
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
      return <PlanView plan={buildPlan(view.answers)} guide={guide} />;
  }
}
