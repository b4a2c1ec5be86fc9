import { useEffect, useRef, useState } from "react";
import { announce } from "../../../shared/components/live-announcer";

interface Props {
  done: number;
  total: number;
  /** Steps with a tick, an owner or a due date saved. */
  saved: number;
  onClear: () => void;
}

/** How far the checklist has got, where progress is kept, and a guarded way to clear it. */
export function PlanProgressSummary({ done, total, saved, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  // Where focus goes when the confirmation closes: its trigger, or the count once nothing is left to clear.
  const [returnFocus, setReturnFocus] = useState<"button" | "count" | undefined>();
  const button = useRef<HTMLButtonElement>(null);
  const count = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (returnFocus === "button") button.current?.focus();
    if (returnFocus === "count") count.current?.focus();
  }, [returnFocus]);
  return (
    <div className="plan-progress" data-plan-progress>
      <p className="plan-progress__count" tabIndex={-1} ref={count}>
        <strong data-done-count={done}>
          {done} of {total} steps done
        </strong>
        <span className="plan-progress__where">
          {" "}
          Ticks, owners and due dates are saved in this browser for this plan only.
        </span>
      </p>
      {saved > 0 && !confirming && (
        <button
          type="button"
          ref={button}
          className="button button--secondary"
          onClick={() => {
            setReturnFocus(undefined);
            setConfirming(true);
          }}
        >
          Clear progress
        </button>
      )}
      {confirming && (
        <div className="confirm" role="group" aria-labelledby="confirm-clear-progress">
          <p id="confirm-clear-progress">
            <strong>Clear this plan&rsquo;s progress?</strong> The ticks, owners and due dates saved in this browser for
            this plan will be removed. Other plans keep theirs.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              autoFocus
              onClick={() => {
                onClear();
                setConfirming(false);
                setReturnFocus("count");
                announce("Progress cleared");
              }}
            >
              Clear progress
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                setReturnFocus("button");
              }}
            >
              Keep progress
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
