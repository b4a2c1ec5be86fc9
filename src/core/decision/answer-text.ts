import type { AnswerValue, QuestionId } from "./answers";
import { optionLabel } from "./questions";

/** An answer as the visitor chose it, in words (several needs joined as a list). */
export function answerText(questionId: QuestionId, value: AnswerValue | undefined): string {
  if (value === undefined) return "Not answered";
  const values: readonly string[] = Array.isArray(value) ? value : [value as string];
  return values.map((v) => optionLabel(questionId, v)).join("; ");
}

/** An answer as a list of values, for form state. */
export function answerValues(value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as string];
}
