import { blockingVerdicts, verdicts, type MatchTarget, type Verdict, type VerdictCounts } from "./types";
import { verdictAdvice } from "./verdict-advice";

/** What the plan's matching step shows of the last match check saved in this browser. */
export interface MatchPlanSummary {
  readonly go: boolean;
  readonly target: MatchTarget;
  readonly checkedAt: string;
  /** Every verdict with its count, in order. */
  readonly counts: readonly { readonly verdict: Verdict; readonly label: string; readonly count: number }[];
  /** The verdicts above zero that block the first sync, each with what to do. */
  readonly blocking: readonly {
    readonly verdict: Verdict;
    readonly label: string;
    readonly count: number;
    readonly todo: string;
  }[];
}

/** "No AD user" → "no AD user": a label mid-sentence. */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const targetNames: Record<MatchTarget, string> = {
  "cloud-sync": "cloud sync",
  "connect-sync-consistencyguid": "a new Connect Sync server anchored on ms-DS-ConsistencyGuid",
  "connect-sync-objectguid": "a Connect Sync server anchored on objectGUID",
};

export function matchPlanSummary(saved: {
  counts: VerdictCounts;
  target: MatchTarget;
  checkedAt: string;
}): MatchPlanSummary {
  const blocking = blockingVerdicts
    .filter((verdict) => saved.counts[verdict] > 0)
    .map((verdict) => ({
      verdict,
      label: verdictAdvice[verdict].label,
      count: saved.counts[verdict],
      todo: verdictAdvice[verdict].sentence,
    }));
  return {
    go: blocking.length === 0,
    target: saved.target,
    checkedAt: saved.checkedAt,
    counts: verdicts.map((verdict) => ({ verdict, label: verdictAdvice[verdict].label, count: saved.counts[verdict] })),
    blocking,
  };
}

/** The headline: go or no-go, in one sentence. */
export function matchPlanHeadline(summary: MatchPlanSummary): string {
  return summary.go
    ? `Go: the last match check (for ${targetNames[summary.target]}) found nothing that blocks the first sync.`
    : `No-go: the last match check (for ${targetNames[summary.target]}) found ${summary.blocking
        .map((entry) => `${entry.count.toLocaleString("en")} ${lowerFirst(entry.label)}`)
        .join(", ")}. Settle each before the first sync.`;
}
