import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import { encodeAnswers } from "../../share";
import { decideOutcome } from "../model/decide-outcome";
import { isComplete } from "../model/flow";
import { outcomes } from "../model/outcomes";
import { useAnswers } from "../state/use-answers";

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
