import type { Plan } from "../model/build-plan";
import { planAnswers } from "../model/plan-answers";

/** Every question of the graph with this plan's answer; collapsed on screen, printed in full. */
export function PlanAnswersSection({ plan }: { plan: Plan }) {
  const answers = planAnswers(plan);
  const asked = answers.filter((a) => a.asked).length;
  return (
    <section aria-labelledby="plan-answers" className="plan-answers">
      <h2 id="plan-answers">Your answers</h2>
      <details className="plan-answers__details">
        <summary>
          Show all {answers.length} questions ({asked} asked)
        </summary>
        <table className="plan-answers__table">
          <caption className="visually-hidden">The advisor's questions and this plan's answers</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {answers.map((a) => (
              <tr
                key={a.questionId}
                data-question={a.questionId}
                className={a.asked ? undefined : "plan-answers__not-asked"}
              >
                <th scope="row">{a.question}</th>
                <td>{a.answer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
