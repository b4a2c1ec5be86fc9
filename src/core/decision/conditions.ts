import type { Answers, OptionValue, SingleQuestionId } from "./answers";

/** Every listed question must have one of the listed values. */
export type Clause = { readonly [Q in SingleQuestionId]?: readonly OptionValue<Q>[] };

/**
 * When a question (or a `needs` option) applies: `"always"`, or any one of the clauses.
 * Conditions are data rather than functions so that the graph can be inspected and so
 * that "not yet known" can be told apart from "no" (see `conditionStatus`).
 */
export type Condition = "always" | readonly Clause[];

/** `unknown`: an answer the condition depends on is missing, so it may still go either way. */
export type ConditionStatus = "yes" | "no" | "unknown";

type ClauseEntries = readonly (readonly [SingleQuestionId, readonly string[]])[];

function clauseStatus(entries: ClauseEntries, answers: Answers): ConditionStatus {
  let status: ConditionStatus = "yes";
  for (const [questionId, allowed] of entries) {
    const value = answers[questionId];
    if (value === undefined) status = "unknown";
    else if (!allowed.includes(value)) return "no";
  }
  return status;
}

/**
 * Turns a condition into a function once: conditions are evaluated hundreds of thousands of
 * times by the enumeration tests.
 */
export function compileCondition(condition: Condition): (answers: Answers) => ConditionStatus {
  if (condition === "always") return () => "yes";
  const clauses = condition.map((c) => Object.entries(c) as [SingleQuestionId, readonly string[]][]);
  return (answers) => {
    let status: ConditionStatus = "no";
    for (const entries of clauses) {
      const s = clauseStatus(entries, answers);
      if (s === "yes") return "yes";
      if (s === "unknown") status = "unknown";
    }
    return status;
  };
}

const compiled = new WeakMap<Exclude<Condition, "always">, (answers: Answers) => ConditionStatus>();

export function conditionStatus(condition: Condition, answers: Answers): ConditionStatus {
  if (condition === "always") return "yes";
  let status = compiled.get(condition);
  if (status === undefined) {
    status = compileCondition(condition);
    compiled.set(condition, status);
  }
  return status(answers);
}

/**
 * True only when every question the clause lists is answered with one of its values: the one
 * way a rule reads answers, for the question graph and for the plan's steps.
 */
export function clauseHolds(clause: Clause, answers: Answers): boolean {
  return clauseStatus(Object.entries(clause) as [SingleQuestionId, readonly string[]][], answers) === "yes";
}

/** True only when the answers given settle the condition as met. */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  return conditionStatus(condition, answers) === "yes";
}

/** The questions a condition reads (used to check the graph only looks backwards). */
export function conditionInputs(condition: Condition): SingleQuestionId[] {
  if (condition === "always") return [];
  return [...new Set(condition.flatMap((c) => Object.keys(c) as SingleQuestionId[]))];
}
