import { useNavigate } from "react-router";
import { paths } from "../../../shared/paths";
import type { Answers, QuestionId } from "../../../core/decision/answers";
import { nextQuestion } from "../../../core/decision/flow";
import { getQuestion, optionLabel } from "../../../core/decision/questions";
import { rehydrateAnswers, useAnswersStore } from "../../../core/answers/answers-store";
import type { Analysis } from "../../../core/sync-export/analyze";
import { useImportStore } from "../../../core/import-findings/import-store";

export function DerivedSection({
  analysis,
  applied,
}: {
  analysis: Analysis;
  applied: Readonly<Record<string, string>>;
}) {
  const navigate = useNavigate();
  const markApplied = useImportStore((state) => state.markApplied);
  async function applyAnswers() {
    await rehydrateAnswers();
    const store = useAnswersStore.getState();
    const derived = Object.fromEntries(analysis.derived.map((answer) => [answer.questionId, answer.value]));
    store.replaceAnswers({ ...store.answers, ...derived } as Answers);
    const answers = useAnswersStore.getState().answers;
    markApplied(
      Object.fromEntries(
        Object.entries(derived).filter(([questionId, value]) => answers[questionId as QuestionId] === value),
      ),
      Object.fromEntries(analysis.derived.map((answer) => [answer.questionId, answer.evidence])),
    );
    const next = nextQuestion(answers);
    navigate(next ? paths.advisorQuestion(next.id) : paths.advisorCheck());
  }
  return (
    <section aria-labelledby="derived-title">
      <h3 id="derived-title">Answers for the advisor</h3>
      {analysis.derived.length === 0 ? (
        <p>The export answers none of the advisor's questions on its own.</p>
      ) : (
        <>
          <p>What the export shows reliably, with the evidence. You can change any of them in the advisor.</p>
          <dl className="summary-list">
            {analysis.derived.map((answer) => {
              const question = getQuestion(answer.questionId);
              return (
                <div
                  className="summary-list__row"
                  key={answer.questionId}
                  data-derived-answer={answer.questionId}
                  data-value={answer.value}
                >
                  <dt className="summary-list__key">{question.shortLabel}</dt>
                  <dd className="summary-list__value">
                    <strong>{optionLabel(answer.questionId, answer.value)}</strong>
                    {applied[answer.questionId] === answer.value && " (given to the advisor)"}
                    <ul className="import-cell-list">
                      {answer.evidence.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              );
            })}
          </dl>
          <button type="button" className="button button--primary" onClick={() => void applyAnswers()}>
            Use these answers
          </button>
        </>
      )}
      <h4>What the export cannot tell</h4>
      <ul>
        {analysis.notDerived.map((item) => (
          <li key={item.questionId}>
            <strong>{getQuestion(item.questionId as QuestionId).shortLabel}</strong>: {item.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
