import {
  answerValues,
  questionIds,
  type AnswerValue,
  type Answers,
  type CompleteAnswers,
  type QuestionId,
} from "./answers";
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
 * The questions asked whatever the other answers, whose answers no condition reads (no question's
 * "asked when", no option's "offered when"): engine and federation. Every complete answer set is
 * therefore a "core" set (the other answers) with any engine and any federation, and the tests walk
 * the core sets once and check these two questions over their product (see testing/invariants-walk.ts).
 * `enumerate.test.ts` checks, from the graph's data, that both really are free.
 */
export const freeQuestions = ["engine", "federation"] as const satisfies readonly QuestionId[];
export type FreeQuestion = (typeof freeQuestions)[number];

/**
 * Walks the question graph (its data: order, applicability and offered options) and yields
 * every complete answer set it can produce; a question answered in `fixed` takes that answer only.
 */
export function* completeAnswerSets(fixed: Answers = {}): Generator<CompleteAnswers> {
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
    const given = fixed[question.id];
    for (const value of given === undefined ? validSelections(question, answers) : [given]) {
      yield* walk(index + 1, { ...answers, [question.id]: value });
    }
  }
  yield* walk(0, {});
}

/** The free questions' answers every core set is enumerated with (the first value of each). */
export const coreFixed = { engine: answerValues.engine[0], federation: answerValues.federation[0] } as const;

let cache: readonly CompleteAnswers[] | undefined;

/**
 * Every core answer set, computed once: each complete answer set with engine and federation fixed
 * to {@link coreFixed} (114,138 sets). Every complete set is one of these with its own engine and
 * federation.
 */
export function allCoreAnswerSets(): readonly CompleteAnswers[] {
  cache ??= [...completeAnswerSets(coreFixed)];
  return cache;
}

/** A core set with the given free answers, in the graph's key order (as a walk would give it). */
export function withFreeAnswers(
  core: CompleteAnswers,
  free: { readonly [Q in FreeQuestion]: string },
): CompleteAnswers {
  const set: Record<string, unknown> = {};
  for (const id of questionIds) {
    const value = id === "engine" || id === "federation" ? free[id] : core[id];
    if (value !== undefined) set[id] = value;
  }
  return set as CompleteAnswers;
}

/** Every (engine, federation) pair, in option order: 16 of them. */
export const freeCombinations: readonly { readonly engine: string; readonly federation: string }[] =
  answerValues.engine.flatMap((engine) => answerValues.federation.map((federation) => ({ engine, federation })));

/** How many complete answer sets there are: every core set with every engine and federation. */
export function completeAnswerSetCount(): number {
  return allCoreAnswerSets().length * freeCombinations.length;
}

/**
 * The complete answer set number `index` (0 ≤ index < {@link completeAnswerSetCount}), without
 * building them all: core set `index / 16` with combination `index % 16`.
 */
export function completeAnswerSetAt(index: number): CompleteAnswers {
  const core = allCoreAnswerSets()[Math.floor(index / freeCombinations.length)]!;
  return withFreeAnswers(core, freeCombinations[index % freeCombinations.length]!);
}

/** Each core set once, with its engine and federation rotating through the 16 combinations. */
export function rotatedAnswerSets(): CompleteAnswers[] {
  return allCoreAnswerSets().map((core, i) => withFreeAnswers(core, freeCombinations[i % freeCombinations.length]!));
}
