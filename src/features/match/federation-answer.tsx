import { useState } from "react";
import { Link } from "react-router";
import { rehydrateAnswers, useAnswersStore } from "../../core/answers/answers-store";
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
  const [given, setGiven] = useState(false);
  async function give() {
    await rehydrateAnswers();
    useAnswersStore.getState().setAnswer("federation", value);
    markApplied("federation", { value, evidence });
    setGiven(true);
  }
  return given ? (
    <p role="status" data-federation-given={value}>
      Given to the advisor: “{optionLabel("federation", value)}”.{" "}
      <Link to={paths.advisorQuestion("federation")}>See the question</Link>
    </p>
  ) : (
    <p>
      <button type="button" className="button button--secondary" onClick={() => void give()}>
        Use this answer in the advisor
      </button>
    </p>
  );
}
