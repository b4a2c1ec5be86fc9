import { useMemo } from "react";
import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import {
  gateResultWords,
  pendingFileLine,
  pendingPlanHeadline,
  pendingPlanSummary,
  type PendingPlanSummary,
} from "../../../core/pending-findings/plan-summary";
import { usePendingStore } from "../../../core/pending-findings/pending-store";
import { usePendingHydrated } from "../../../core/pending-findings/use-pending-hydrated";

/** The last pending exports read, saved in this browser (never in the link), for the plan. */
export function usePlanPending(): PendingPlanSummary | undefined {
  const ready = usePendingHydrated();
  const saved = usePendingStore((state) => state.saved);
  return useMemo(() => (ready && saved ? pendingPlanSummary(saved) : undefined), [ready, saved]);
}

/** Inside a cut-over step: the gates of the last pending exports read, or an invitation to check them. */
export function PlanPendingExports() {
  const summary = usePlanPending();
  if (!summary)
    return (
      <div className="plan-match" data-plan-pending="none">
        <p>
          Pending exports: not checked yet. <Link to={paths.pendingExports()}>Check pending exports</Link> before the
          export.
        </p>
      </div>
    );
  return (
    <div
      className={`plan-match${summary.verdict === "go" ? "" : " plan-match--no-go"}`}
      data-plan-pending={summary.verdict}
    >
      <p className="plan-match__headline">{pendingPlanHeadline(summary)}</p>
      <ul>
        {summary.gates.map((gate) => (
          <li key={gate.id} data-plan-gate={gate.id} data-result={gate.result}>
            <strong>
              {gate.title}: {gateResultWords[gate.result]}.
            </strong>{" "}
            {gate.reason}
          </li>
        ))}
      </ul>
      <p className="plan-match__counts">
        {pendingFileLine(summary)} <Link to={paths.pendingExports()}>Check again</Link>, or forget the result there.
      </p>
    </div>
  );
}
