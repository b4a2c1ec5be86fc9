import {
  questionIds,
  type AnswerValues,
  type Answers,
  type CompleteAnswers,
  type OptionValue,
  type QuestionId,
} from "./answers";
import { conditionHolds } from "./conditions";
import { getQuestion, questions, type AnyQuestion, type Question, type QuestionOption } from "./questions";

/** Whether the question is asked, given these answers (as given: prune first if they may be stale). */
export function isApplicable(questionId: QuestionId, answers: Answers): boolean {
  return getQuestion(questionId).askedWhen(answers);
}

/** The options the question offers, given the answers so far. */
export function offeredOptions<Q extends QuestionId>(
  question: Question<Q>,
  answers: Answers,
): readonly QuestionOption<OptionValue<Q>>[] {
  return question.options.filter((o) => o.offeredWhen === undefined || conditionHolds(o.offeredWhen, answers));
}

function findOffered(question: AnyQuestion, value: unknown, answers: Answers): QuestionOption | undefined {
  const options: readonly QuestionOption[] = question.options;
  const option = options.find((o) => o.value === value);
  if (option?.offeredWhen !== undefined && !conditionHolds(option.offeredWhen, answers)) return undefined;
  return option;
}

/**
 * Whether `value` is a valid answer to the question, given the other answers: one offered
 * value, or for a multi-choice question a non-empty list of distinct offered values in which
 * an exclusive value stands alone.
 */
export function isValidAnswer(questionId: QuestionId, value: unknown, answers: Answers): boolean {
  const question = getQuestion(questionId) as AnyQuestion;
  if (question.kind === "single") return findOffered(question, value, answers) !== undefined;
  if (!Array.isArray(value) || value.length === 0) return false;
  const items: unknown[] = value;
  if (new Set(items).size !== items.length) return false;
  const chosen = items.map((v) => findOffered(question, v, answers));
  if (chosen.some((o) => o === undefined)) return false;
  return items.length === 1 || !chosen.some((o) => o?.exclusive === true);
}

/** The distinct offered values of a multi-choice answer, or undefined if none is left or an exclusive one is mixed in. */
function pruneMulti(question: AnyQuestion, value: unknown, answers: Answers): unknown {
  if (!Array.isArray(value)) return undefined;
  const items: unknown[] = [];
  let exclusive = false;
  for (const v of value as unknown[]) {
    if (items.includes(v)) continue;
    const option = findOffered(question, v, answers);
    if (option === undefined) continue;
    if (option.exclusive === true) exclusive = true;
    items.push(v);
  }
  if (items.length === 0 || (exclusive && items.length > 1)) return undefined;
  return items.length === value.length ? value : items;
}

/**
 * Drops answers to questions that no longer apply and values no longer offered, so the
 * answers can be trusted after any change. A `needs` list that ends up empty, or that mixes
 * `none` with other needs, is dropped entirely so the question is asked again.
 */
export function pruneAnswers(answers: Answers): Answers {
  const kept: Record<string, unknown> = {};
  for (const question of questions) {
    const value: unknown = answers[question.id];
    if (value === undefined || !question.askedWhen(kept)) continue;
    const valid =
      question.kind === "single"
        ? findOffered(question, value, kept) === undefined
          ? undefined
          : value
        : pruneMulti(question, value, kept);
    if (valid !== undefined) kept[question.id] = valid;
  }
  return kept as Answers;
}

/** The questions asked for these answers, in order. */
export function applicableQuestions(answers: Answers): readonly AnyQuestion[] {
  const pruned = pruneAnswers(answers);
  return questions.filter((q) => q.askedWhen(pruned));
}

const firstUnanswered = (pruned: Answers) => questions.find((q) => pruned[q.id] === undefined && q.askedWhen(pruned));

/** The first question still to answer, or undefined when the answers are complete. */
export function nextQuestion(answers: Answers): AnyQuestion | undefined {
  return firstUnanswered(pruneAnswers(answers));
}

/** The answers once pruned, when that leaves a complete set (what an answer change leads to). */
export function completeAfterPruning(answers: Answers): CompleteAnswers | undefined {
  const pruned = pruneAnswers(answers);
  return firstUnanswered(pruned) === undefined ? (pruned as CompleteAnswers) : undefined;
}

/** Every question that applies is validly answered, and no other question is answered. */
export function isComplete(answers: Answers): answers is CompleteAnswers {
  const pruned = pruneAnswers(answers);
  if (firstUnanswered(pruned) !== undefined) return false;
  return questionIds.every((id) => {
    const given = answers[id];
    const kept = pruned[id];
    if (given === undefined || kept === undefined) return given === kept;
    return !Array.isArray(given) || !Array.isArray(kept) || given.length === kept.length;
  });
}

/** The question asked before `currentId` (for the Back link), or undefined for the first. */
export function previousQuestion(answers: Answers, currentId: QuestionId): AnyQuestion | undefined {
  const pruned = pruneAnswers(answers);
  const index = questionIds.indexOf(currentId);
  return questions
    .slice(0, index)
    .reverse()
    .find((q) => q.askedWhen(pruned));
}

/** Sets one answer and prunes whatever it made stale. */
export function withAnswer<Q extends QuestionId>(answers: Answers, questionId: Q, value: AnswerValues[Q]): Answers {
  return pruneAnswers({ ...answers, [questionId]: value });
}
