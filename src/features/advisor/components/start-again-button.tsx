import { useNavigate } from "react-router";
import { paths } from "../../../shared/paths";
import { questions } from "../../../core/decision/questions";
import { useAnswersStore } from "../../../core/answers/answers-store";

/** Clears every saved answer and goes back to the first question. */
export function StartAgainButton({ className = "button button--secondary" }: { className?: string }) {
  const clear = useAnswersStore((state) => state.clear);
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        clear();
        navigate(paths.advisorQuestion(questions[0]!.id));
      }}
    >
      Start again
    </button>
  );
}
