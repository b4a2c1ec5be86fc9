import type { AnswerValue, Answers, CompleteAnswers } from "./answers";
import { isComplete, offeredOptions } from "./flow";
import { questions, type AnyQuestion, type QuestionOption } from "./questions";

/**
 * Every answer the question accepts, given the answers before it: each offered value, or for
 * a multi-choice question each exclusive value alone and every non-empty combination of the
 * others (in option order).
 */
export function validSelections(question: AnyQuestion, answers: Answers): AnswerValue[] {
  const offered: readonly QuestionOption[] = offeredOptions<AnyQuestion["id"]>(question, answers);
  const values = offered.map((o) => o.value);
  if (question.kind === "single") return values as AnswerValue[];
  const exclusive = offered.filter((o) => o.exclusive === true).map((o) => [o.value]);
  const combinable = offered.filter((o) => o.exclusive !== true).map((o) => o.value);
  const combinations: string[][] = [];
  for (let mask = 1; mask < 1 << combinable.length; mask++) {
    combinations.push(combinable.filter((_, i) => (mask & (1 << i)) !== 0));
  }
  return [...combinations, ...exclusive] as AnswerValue[];
}

/**
 * Walks the question graph (its data: order, applicability and offered options) and yields
 * every complete answer set it can produce.
 */
export function* completeAnswerSets(): Generator<CompleteAnswers> {
  function* walk(index: number, answers: Answers): Generator<CompleteAnswers> {
    const question = questions[index];
    if (question === undefined) {
      if (!isComplete(answers)) throw new Error(`walk produced an incomplete set: ${JSON.stringify(answers)}`);
      yield answers;
      return;
    }
    if (!question.askedWhen(answers)) {
      yield* walk(index + 1, answers);
      return;
    }
    for (const value of validSelections(question, answers)) {
      yield* walk(index + 1, { ...answers, [question.id]: value });
    }
  }
  yield* walk(0, {});
}

let cache: readonly CompleteAnswers[] | undefined;

/** All complete answer sets, computed once. */
export function allCompleteAnswerSets(): readonly CompleteAnswers[] {
  cache ??= [...completeAnswerSets()];
  return cache;
}
