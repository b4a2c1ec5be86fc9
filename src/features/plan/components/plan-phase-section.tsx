import type { PlanPhase } from "../model/build-plan";
import type { PlanGuideInfo } from "../model/plan-guide-info";
import type { PlanProgress, StepProgress } from "../model/plan-progress";
import { PlanStepItem } from "./plan-step-item";

interface Props {
  phase: PlanPhase;
  index: number;
  progress: PlanProgress;
  onStepChange: (stepId: string, change: Partial<StepProgress>) => void;
  siteUrl: string;
  guide: PlanGuideInfo;
}

/** One phase of the checklist, headed, with its steps in order. */
export function PlanPhaseSection({ phase, index, progress, onStepChange, siteUrl, guide }: Props) {
  const headingId = `phase-${phase.id}`;
  return (
    <section className="plan-phase" aria-labelledby={headingId} data-phase={phase.id}>
      <h2 id={headingId} className="plan-phase__title">
        Phase {index}: {phase.title}
      </h2>
      <p className="plan-phase__summary">{phase.summary}</p>
      <ol className="plan-steps" role="list">
        {phase.steps.map((step) => (
          <PlanStepItem
            key={step.id}
            step={step}
            progress={progress[step.id]}
            onChange={(change) => onStepChange(step.id, change)}
            siteUrl={siteUrl}
            guide={guide}
          />
        ))}
      </ol>
    </section>
  );
}
