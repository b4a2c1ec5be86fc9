import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { paths } from "../../shared/paths";
import { pageTitle } from "../../shared/site";
import type { AnswerValues, QuestionId } from "../../core/decision/answers";
import {
  applicableQuestions,
  isApplicable,
  isValidAnswer,
  nextQuestion,
  offeredOptions,
  previousQuestion,
} from "../../core/decision/flow";
import { optionHint, questionHint } from "../../core/decision/question-hints";
import { getQuestion, type AnyQuestion } from "../../core/decision/questions";
import { answerValues } from "../../core/decision/answer-text";
import { BackLink } from "./components/back-link";
import { ChoiceFieldset, fieldId } from "./components/choice-fieldset";
import { ErrorSummary } from "./components/error-summary";
import { FromExportMark, useAppliedFromExport } from "./components/from-export-mark";
import { useStepFocus } from "../../shared/use-step-focus";
import { useAnswersStore } from "../../core/answers/answers-store";
import { useAnswers } from "../../core/answers/use-answers";
import type { ChangeState } from "../../core/answers/change-state";

function requiredMessage(question: AnyQuestion): string {
  return question.kind === "multi"
    ? "Select every need that applies, or “None of these”"
    : `Select an answer to “${question.shortLabel}”`;
}

export function QuestionPage({ questionId }: { questionId: QuestionId }) {
  const question = getQuestion(questionId) as AnyQuestion;
  const { answers, ready } = useAnswers();
  const setAnswer = useAnswersStore((state) => state.setAnswer);
  const navigate = useNavigate();
  const location = useLocation();
  const changing = (location.state as ChangeState | null)?.change === true;
  const heading = useRef<HTMLHeadingElement>(null);
  // Untouched, the form shows the saved answer (once loaded); the route remounts it per question.
  const [edited, setEdited] = useState<string[]>();
  const [error, setError] = useState<string>();
  const { fromExport, afterSubmit } = useAppliedFromExport();
  const exported = ready ? fromExport(questionId, answers) : undefined;

  const selected = edited ?? (ready ? answerValues(answers[questionId]) : []);

  // A visitor who jumps ahead is taken to the first question still unanswered.
  const first = ready ? nextQuestion(answers) : undefined;
  const order = (id: QuestionId) => applicableQuestions(answers).findIndex((q) => q.id === id);
  const reachable = !ready || (isApplicable(questionId, answers) && (!first || order(first.id) >= order(questionId)));
  useEffect(() => {
    if (reachable) return;
    navigate(first ? paths.advisorQuestion(first.id) : paths.advisorCheck(), { replace: true });
  }, [reachable, first, navigate]);

  useStepFocus(heading, ready && reachable);

  useEffect(() => {
    const title = pageTitle(question.title);
    document.title = error ? `Error: ${title}` : title;
  }, [error, question.title]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const options = offeredOptions(question, answers).map((option) => option.value as string);
    const ordered = options.filter((value) => selected.includes(value));
    const value = question.kind === "multi" ? ordered : ordered[0];
    if (value === undefined || ordered.length === 0 || !isValidAnswer(questionId, value, answers)) {
      setError(requiredMessage(question));
      return;
    }
    const updated = setAnswer(questionId, value as AnswerValues[typeof questionId]);
    afterSubmit(questionId, answers, updated);
    if (changing) {
      const missing = nextQuestion(updated);
      navigate(missing ? paths.advisorQuestion(missing.id) : paths.advisorCheck(), {
        state: missing ? ({ change: true } satisfies ChangeState) : undefined,
      });
      return;
    }
    const asked = applicableQuestions(updated);
    const following = asked[asked.findIndex((q) => q.id === questionId) + 1];
    navigate(following ? paths.advisorQuestion(following.id) : paths.advisorCheck());
  }

  const previous = previousQuestion(answers, questionId);
  const back = changing ? paths.advisorCheck() : previous ? paths.advisorQuestion(previous.id) : paths.advisorStart();
  const options = offeredOptions(question, answers);
  const firstField = fieldId(questionId, options[0]?.value ?? "");

  return (
    <main id="main" tabIndex={-1} className="page page--narrow advisor">
      <BackLink to={back} />
      <ErrorSummary errors={error ? [{ fieldId: firstField, message: error }] : []} />
      <form noValidate onSubmit={submit} className="question-form">
        <ChoiceFieldset
          name={questionId}
          kind={question.kind}
          legend={
            <h1 ref={heading} tabIndex={-1}>
              {question.title}
            </h1>
          }
          hint={
            <>
              <p>{questionHint(question.id)}</p>
              <p>
                <Link to={paths.guideAnchor(question.learnMore)}>Read more about this in the guide</Link>
              </p>
            </>
          }
          options={options.map((option) => ({
            ...option,
            hint: optionHint(question.id, option.value),
            ...(exported?.value === option.value ? { note: <FromExportMark evidence={exported.evidence} /> } : {}),
          }))}
          selected={selected}
          error={error}
          onChange={setEdited}
        />
        <button type="submit" className="button button--primary">
          Continue
        </button>
      </form>
      <noscript>
        <p className="hint">The advisor needs JavaScript to keep your answers. The guide works without it.</p>
      </noscript>
    </main>
  );
}
