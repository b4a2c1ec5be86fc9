import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import { encodeAnswers } from "../../../core/share";
import { decideOutcome } from "../../../core/decision/decide-outcome";
import { isComplete } from "../../../core/decision/flow";
import { outcomes } from "../../../core/decision/outcomes";
import { useAnswers } from "../../../core/answers/use-answers";

/** A reminder on guide pages of the visitor's own result, once they have one. */
export function YourRecommendationLink() {
  const { answers, ready } = useAnswers();
  if (!ready || !isComplete(answers)) return null;
  const { outcome } = decideOutcome(answers);
  return (
    <p className="your-recommendation">
      <Link to={paths.recommendation(outcome, encodeAnswers(answers))}>
        Your recommendation: <strong>{outcomes[outcome].shortName}</strong>
      </Link>
    </p>
  );
}
