import { useId } from "react";
import { formatDate } from "../../../shared/format-date";
import type { PlanStep } from "../model/build-plan";
import { GuideSectionLink } from "./guide-section-link";
import { PlanMatchCheck } from "./plan-match-check";
import { PlanPendingExports } from "./plan-pending-exports";
import type { PlanGuideInfo } from "../model/plan-guide-info";
import { emptyStepProgress, maxOwnerLength, type StepProgress } from "../model/plan-progress";

interface Props {
  step: PlanStep;
  progress: StepProgress | undefined;
  onChange: (change: Partial<StepProgress>) => void;
  siteUrl: string;
  guide: PlanGuideInfo;
}

/** One checklist step: a labelled checkbox, what, why and where in the guide, and its owner and due date. */
export function PlanStepItem({ step, progress = emptyStepProgress, onChange, siteUrl, guide }: Props) {
  const id = useId();
  const context = <span className="visually-hidden"> for step {step.number}</span>;
  return (
    <li className={`plan-step${progress.done ? " plan-step--done" : ""}`} data-step={step.id}>
      <div className="plan-step__header">
        <input
          type="checkbox"
          id={`${id}-done`}
          className="plan-step__check"
          checked={progress.done}
          onChange={(event) => onChange({ done: event.currentTarget.checked })}
        />
        <h3 className="plan-step__title">
          <label htmlFor={`${id}-done`}>
            <span className="plan-step__number">{step.number}.</span> {step.title}
          </label>
        </h3>
      </div>
      <dl className="plan-step__body">
        <div>
          <dt>What</dt>
          <dd>{step.what}</dd>
        </div>
        <div>
          <dt>Why</dt>
          <dd>{step.why}</dd>
        </div>
        <div>
          <dt>Guide</dt>
          <dd>
            <GuideSectionLink anchor={step.anchor} siteUrl={siteUrl} sectionTitles={guide.sectionTitles} />
          </dd>
        </div>
        {step.because && (
          <div>
            <dt>Included because</dt>
            <dd>{step.because}</dd>
          </div>
        )}
      </dl>
      {step.showsMatchCheck && <PlanMatchCheck />}
      {step.showsPendingExports && <PlanPendingExports />}
      <div className="plan-step__fields">
        <div className="plan-field">
          <label htmlFor={`${id}-owner`}>Owner{context}</label>
          <input
            id={`${id}-owner`}
            type="text"
            autoComplete="off"
            maxLength={maxOwnerLength}
            value={progress.owner}
            onChange={(event) => onChange({ owner: event.currentTarget.value })}
          />
          <span className="plan-field__print" aria-hidden="true">
            {progress.owner}
          </span>
        </div>
        <div className="plan-field">
          <label htmlFor={`${id}-due`}>Due date{context}</label>
          <input
            id={`${id}-due`}
            type="date"
            value={progress.due}
            onChange={(event) => onChange({ due: event.currentTarget.value })}
          />
          <span className="plan-field__print" aria-hidden="true">
            {progress.due ? formatDate(progress.due) : ""}
          </span>
        </div>
      </div>
    </li>
  );
}
