import { useMemo } from "react";
import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import {
  lowerFirst,
  matchPlanHeadline,
  matchPlanSummary,
  type MatchPlanSummary,
} from "../../../core/match-check/plan-summary";
import { useMatchStore } from "../../../core/match-findings/match-store";
import { useMatchHydrated } from "../../../core/match-findings/use-match-hydrated";

/** The last match check's counts, saved in this browser (never in the link), for the plan. */
export function usePlanMatch(): MatchPlanSummary | undefined {
  const ready = useMatchHydrated();
  const saved = useMatchStore((state) => state.saved);
  return useMemo(() => (ready && saved ? matchPlanSummary(saved) : undefined), [ready, saved]);
}

const checkedOn = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Inside the matching step: the counts and a clear go or no-go, or an invitation to run the check. */
export function PlanMatchCheck() {
  const summary = usePlanMatch();
  if (!summary)
    return (
      <div className="plan-match" data-plan-match="none">
        <p>
          <Link to={paths.matchCheck()}>Check matching</Link> in your browser: it compares every AD user with every
          Entra user and says what the first sync will do with each.
        </p>
      </div>
    );
  return (
    <div
      className={`plan-match${summary.go ? "" : " plan-match--no-go"}`}
      data-plan-match={summary.go ? "go" : "no-go"}
    >
      <p className="plan-match__headline">{matchPlanHeadline(summary)}</p>
      {summary.blocking.length > 0 && (
        <ul>
          {summary.blocking.map((entry) => (
            <li key={entry.verdict} data-plan-match-blocking={entry.verdict} data-value={entry.count}>
              <strong>
                {entry.label} ({entry.count.toLocaleString("en")}):
              </strong>{" "}
              {entry.todo}
            </li>
          ))}
        </ul>
      )}
      {summary.objectBlocking.length > 0 && (
        <ul>
          {summary.objectBlocking.map((entry) => (
            <li
              key={`${entry.kind}:${entry.verdict}`}
              data-plan-match-object-blocking={`${entry.kind}:${entry.verdict}`}
              data-value={entry.count}
            >
              <strong>
                {entry.label} ({entry.count.toLocaleString("en")}):
              </strong>{" "}
              {entry.todo}
            </li>
          ))}
        </ul>
      )}
      <p className="plan-match__counts">
        Checked {checkedOn(summary.checkedAt)} UTC:{" "}
        {summary.counts.map((entry, index) => (
          <span key={entry.verdict} data-plan-match-count={entry.verdict} data-value={entry.count}>
            {index > 0 ? ", " : ""}
            {lowerFirst(entry.label)} {entry.count.toLocaleString("en")}
          </span>
        ))}
        . <Link to={paths.matchCheck()}>Check again</Link>, or forget the counts there.
      </p>
    </div>
  );
}
