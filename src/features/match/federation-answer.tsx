import { useState } from "react";
import { Link } from "react-router";
import { rehydrateAnswers, useAnswersStore } from "../../core/answers/answers-store";
import { nextQuestion } from "../../core/decision/flow";
import { optionLabel } from "../../core/decision/questions";
import { useMatchStore } from "../../core/match-findings/match-store";
import { paths } from "../../shared/paths";

/**
 * Gives the advisor the `federation` answer the tenant file proves, as the import gives its
 * answers: the question page then marks it "From your export" with this evidence, until the
 * visitor changes it.
 */
export function FederationAnswer({ value, evidence }: { value: "managed" | "adfs"; evidence: readonly string[] }) {
  const markApplied = useMatchStore((state) => state.markApplied);
  const [next, setNext] = useState<string | undefined>(undefined);
  async function give() {
    await rehydrateAnswers();
    const answers = useAnswersStore.getState().setAnswer("federation", value);
    markApplied("federation", { value, evidence });
    // The advisor asks in order: the next question still open, or the check page when none is.
    const open = nextQuestion(answers);
    setNext(open ? paths.advisorQuestion(open.id) : paths.advisorCheck());
  }
  return next ? (
    <p role="status" data-federation-given={value}>
      Given to the advisor: “{optionLabel("federation", value)}”. <Link to={next}>Continue in the advisor</Link>
    </p>
  ) : (
    <p>
      <button type="button" className="button button--secondary" onClick={() => void give()}>
        Use this answer in the advisor
      </button>
    </p>
  );
}
