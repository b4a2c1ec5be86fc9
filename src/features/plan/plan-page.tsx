import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { paths } from "../../shared/paths";
import { useStepFocus } from "../advisor/components/use-step-focus";
import { InvalidLink } from "../advisor/result/invalid-link";
import { useLinkedAnswers } from "../advisor/result/linked-answers";
import { planPath } from "../share";
import { buildPlan } from "./build-plan";
import type { PlanGuideInfo } from "./plan-guide-info";
import { planPageClass, PlanPending } from "./plan-pending";
import { rehydratePlanProgress } from "./plan-progress-store";
import { PlanView } from "./plan-view";
import { useExpandDetailsForPrint } from "./use-expand-details-for-print";

/** The migration plan for the answers in the URL, read with the share-URL codec. */
export function PlanPage({ guide }: { guide: PlanGuideInfo }) {
  const view = useLinkedAnswers(planPath);
  const main = useRef<HTMLElement>(null);
  useExpandDetailsForPrint();

  useEffect(() => {
    void rehydratePlanProgress();
  }, []);

  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    heading.current = main.current?.querySelector("h1") ?? null;
  });
  useStepFocus(heading, view.kind === "ready" || view.kind === "invalid");

  if (view.kind === "loading" || view.kind === "redirect") return <PlanPending />;
  return (
    <main id="main" tabIndex={-1} ref={main} className={planPageClass}>
      {view.kind === "ready" && <PlanView plan={buildPlan(view.answers)} guide={guide} />}
      {view.kind === "invalid" && <InvalidLink decoded={view.decoded} subject="plan" />}
      {view.kind === "empty" && (
        <>
          <h1>No answers to plan from yet</h1>
          <p>
            A migration plan is built from the advisor&rsquo;s answers, and this link carries none. Answer the
            advisor&rsquo;s questions, or open the full plan link you were sent.
          </p>
          <Link to={paths.advisorStart()} className="button button--primary">
            Start the advisor
          </Link>
        </>
      )}
    </main>
  );
}
