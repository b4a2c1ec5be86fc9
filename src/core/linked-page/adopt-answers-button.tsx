import { useState } from "react";
import { useNavigate } from "react-router";
import { paths } from "../../shared/paths";
import type { Answers } from "../decision/answers";
import { nextQuestion } from "../decision/flow";
import { useAnswersStore } from "../answers/answers-store";
import { useAnswers } from "../answers/use-answers";
import type { ChangeState } from "../answers/change-state";

/**
 * Takes answers from a shared link into the visitor's own advisor. When that would replace a
 * different set already saved here, it asks first: a link must never wipe someone's work.
 */
export function AdoptAnswersButton({
  answers,
  label,
  fillIn = false,
}: {
  answers: Answers;
  label: string;
  /** Ask only the unanswered questions, then return to the check page (as a Change link does). */
  fillIn?: boolean;
}) {
  const { answers: saved } = useAnswers();
  const replaceAnswers = useAnswersStore((state) => state.replaceAnswers);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const savedCount = Object.keys(saved).length;
  const differs = savedCount > 0 && JSON.stringify(saved) !== JSON.stringify(answers);

  function adopt() {
    replaceAnswers(answers);
    const missing = nextQuestion(answers);
    navigate(missing ? paths.advisorQuestion(missing.id) : paths.advisorCheck(), {
      state: fillIn && missing ? ({ change: true } satisfies ChangeState) : undefined,
    });
  }

  if (confirming) {
    return (
      <div className="confirm" role="group" aria-labelledby="confirm-replace">
        <p id="confirm-replace">
          <strong>Replace your saved answers?</strong> This browser holds {savedCount} answer
          {savedCount === 1 ? "" : "s"} of your own. They will be replaced by the answers from this link.
        </p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={adopt} autoFocus>
            Replace my answers
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            Keep my answers
          </button>
        </div>
      </div>
    );
  }
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => (differs ? setConfirming(true) : adopt())}
    >
      {label}
    </button>
  );
}
