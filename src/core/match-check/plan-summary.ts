import { objectKindNames, objectVerdictAdvice } from "./object-verdict-advice";
import {
  blockingVerdicts,
  directoryObjectKinds,
  verdicts,
  type DirectoryObjectKind,
  type MatchTarget,
  type Verdict,
  type VerdictCounts,
} from "./types";
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
  /** Groups and contacts (when the old connector's csexport was read): their blocking verdicts above zero. */
  readonly objectBlocking: readonly {
    readonly kind: DirectoryObjectKind;
    readonly verdict: Verdict;
    readonly label: string;
    readonly count: number;
    readonly todo: string;
  }[];
  /** Whether groups and contacts were checked at all. */
  readonly objectsChecked: boolean;
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
  objects?: Readonly<Record<DirectoryObjectKind, VerdictCounts>>;
}): MatchPlanSummary {
  const objects = saved.objects;
  const objectBlocking = objects
    ? directoryObjectKinds.flatMap((kind) =>
        blockingVerdicts
          .filter((verdict) => objects[kind][verdict] > 0)
          .map((verdict) => ({
            kind,
            verdict,
            label: `${objectKindNames[kind].many}: ${lowerFirst(objectVerdictAdvice[verdict].label)}`,
            count: objects[kind][verdict],
            todo: objectVerdictAdvice[verdict].sentence,
          })),
      )
    : [];
  const blocking = blockingVerdicts
    .filter((verdict) => saved.counts[verdict] > 0)
    .map((verdict) => ({
      verdict,
      label: verdictAdvice[verdict].label,
      count: saved.counts[verdict],
      todo: verdictAdvice[verdict].sentence,
    }));
  return {
    go: blocking.length === 0 && objectBlocking.length === 0,
    target: saved.target,
    checkedAt: saved.checkedAt,
    counts: verdicts.map((verdict) => ({ verdict, label: verdictAdvice[verdict].label, count: saved.counts[verdict] })),
    blocking,
    objectBlocking,
    objectsChecked: objects !== undefined,
  };
}

/** The headline: go or no-go, in one sentence. */
export function matchPlanHeadline(summary: MatchPlanSummary): string {
  return summary.go
    ? `Go: the last match check (for ${targetNames[summary.target]}) found nothing that blocks the first sync${summary.objectsChecked ? ", groups and contacts included" : " (users only: groups and contacts were not checked)"}.`
    : `No-go: the last match check (for ${targetNames[summary.target]}) found ${[
        ...summary.blocking.map((entry) => `${entry.count.toLocaleString("en")} ${lowerFirst(entry.label)}`),
        ...summary.objectBlocking.map((entry) => `${entry.count.toLocaleString("en")} ${entry.label}`),
      ].join(", ")}. Settle each before the first sync.`;
}
