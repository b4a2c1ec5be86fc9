import { useEffect, useRef } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { paths } from "../../shared/paths";
import { isComplete, type CompleteAnswers } from "../advisor/model";
import { useMounted } from "../advisor/components/use-mounted";
import { useStepFocus } from "../advisor/components/use-step-focus";
import { InvalidLink } from "../advisor/result/invalid-link";
import { useAnswers } from "../advisor/state/use-answers";
import { decodeShare, planPath, type DecodeResult } from "../share";
import { buildPlan } from "./build-plan";
import type { PlanGuideInfo } from "./plan-guide-info";
import { rehydratePlanProgress } from "./plan-progress-store";
import { PlanView } from "./plan-view";
import { useExpandDetailsForPrint } from "./use-expand-details-for-print";

type View =
  | { kind: "loading" }
  | { kind: "empty" }
  | { kind: "redirect"; to: string }
  | { kind: "invalid"; decoded: Extract<DecodeResult, { ok: false }> }
  | { kind: "plan"; answers: CompleteAnswers };

/**
 * What the plan URL shows: the answers in the query decide, read with the share-URL codec.
 * Without a query, the visitor's own complete answers are shown at their plan URL.
 */
function viewFor(search: string | undefined, saved: unknown, ready: boolean): View {
  if (search === undefined) return { kind: "loading" };
  if (search.replace(/^\?/, "") === "") {
    if (!ready) return { kind: "loading" };
    return isComplete(saved as CompleteAnswers)
      ? { kind: "redirect", to: planPath(saved as CompleteAnswers) }
      : { kind: "empty" };
  }
  const decoded = decodeShare(search);
  return decoded.ok ? { kind: "plan", answers: decoded.answers } : { kind: "invalid", decoded };
}

export function PlanPage({ guide }: { guide: PlanGuideInfo }) {
  const mounted = useMounted();
  const location = useLocation();
  const navigate = useNavigate();
  const { answers: saved, ready } = useAnswers();
  const view = viewFor(mounted ? location.search : undefined, saved, ready);
  const main = useRef<HTMLElement>(null);
  useExpandDetailsForPrint();

  useEffect(() => {
    void rehydratePlanProgress();
  }, []);

  useEffect(() => {
    if (view.kind === "redirect") navigate(view.to, { replace: true });
  }, [view, navigate]);

  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    heading.current = main.current?.querySelector("h1") ?? null;
  });
  useStepFocus(heading, view.kind === "plan" || view.kind === "invalid");

  return (
    <main id="main" tabIndex={-1} ref={main} className="page page--narrow plan">
      {view.kind === "plan" && <PlanView plan={buildPlan(view.answers)} guide={guide} />}
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
      {(view.kind === "loading" || view.kind === "redirect") && (
        <>
          <h1>Your migration plan</h1>
          <p className="hint" aria-live="polite">
            Working out the migration plan from the answers in this link…
          </p>
          <noscript>
            <p>
              The plan is worked out in your browser and needs JavaScript. The{" "}
              <a href={`${import.meta.env.BASE_URL}guide/overview`}>migration guide</a> works without it.
            </p>
          </noscript>
        </>
      )}
    </main>
  );
}
