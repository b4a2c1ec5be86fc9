import { isApplicable, questions, type QuestionId } from "../../../core/decision";
import { answerText } from "../../../core/decision/answer-text";
import type { Plan } from "./build-plan";

export const notAskedText = "Not asked: does not apply";

export interface PlanAnswer {
  readonly questionId: QuestionId;
  /** The question as asked. */
  readonly question: string;
  readonly answer: string;
  readonly asked: boolean;
}

/** Every question of the graph, in order, with the plan's answer or why it has none. */
export function planAnswers(plan: Plan): PlanAnswer[] {
  return questions.map((question) => {
    const asked = isApplicable(question.id, plan.answers);
    return {
      questionId: question.id,
      question: question.title,
      answer: asked ? answerText(question.id, plan.answers[question.id]) : notAskedText,
      asked,
    };
  });
}
