import { QuestionPage } from "../features/advisor/question-page";
import { questionHint } from "../core/decision/question-hints";
import { getQuestion, isQuestionId } from "../core/decision/questions";
import { pageTitle } from "../shared/site";
import NotFound from "./not-found";
import type { Route } from "./+types/advisor-question";

export const meta = ({ params }: Route.MetaArgs) => {
  if (!isQuestionId(params.questionId)) return [{ title: pageTitle("Page not found") }];
  return [
    { title: pageTitle(getQuestion(params.questionId).title) },
    { name: "description", content: questionHint(params.questionId) },
  ];
};

export default function AdvisorQuestion({ params }: Route.ComponentProps) {
  if (!isQuestionId(params.questionId)) return <NotFound />;
  // Keyed so that moving to the next question starts with a fresh form.
  return <QuestionPage key={params.questionId} questionId={params.questionId} />;
}
