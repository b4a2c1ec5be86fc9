import type { PlanDocumentInfo } from "../plan-markdown";
import { guideUrl, planTitle, planUrl } from "../plan-markdown";
import type { Plan } from "../plan-types";

/** One plan step as a work item: what every tracker export writes, before its own format. */
export interface TrackerItem {
  /** The step id: stable across re-exports (saved progress and calendar UIDs use it too). */
  readonly id: string;
  readonly title: string;
  /** What, why and where to read more, as plain text with line breaks. */
  readonly description: string;
  readonly phase: string;
  readonly owner: string;
  /** "YYYY-MM-DD" or "". */
  readonly due: string;
  readonly done: boolean;
  readonly guideUrl: string;
}

/** The plan's steps as work items, with the visitor's saved owners, due dates and ticks. */
export function trackerItems(plan: Plan, info: PlanDocumentInfo): TrackerItem[] {
  const live = planUrl(plan, info.siteUrl);
  return plan.phases.flatMap((phase) =>
    phase.steps.map((step) => {
      const progress = info.progress?.[step.id];
      const url = guideUrl(step.anchor, info.siteUrl);
      return {
        id: step.id,
        title: `${step.number}. ${step.title}`,
        description: [
          step.what,
          `Why: ${step.why}`,
          ...(step.because ? [`Included because: ${step.because}`] : []),
          `Guide: ${url}`,
          `Plan: ${planTitle(plan)}, ${live}`,
        ].join("\n\n"),
        phase: phase.title,
        owner: progress?.owner ?? "",
        due: progress?.due ?? "",
        done: progress?.done ?? false,
        guideUrl: url,
      };
    }),
  );
}

/** A tag or label for a phase: lower-case words joined by hyphens (Jira labels cannot hold spaces). */
export const phaseLabel = (phase: string) =>
  phase
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
