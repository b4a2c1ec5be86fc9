import { questionIds, type Answers } from "../decision/answers";
import { isValidAnswer, pruneAnswers } from "../decision/flow";

/**
 * Rebuilds trustworthy answers from anything found in storage: an older version, a hand-edited
 * value or a half-written object. Each answer is kept only if it is valid given the answers
 * kept before it, then the set is pruned, so the advisor resumes with what still makes sense.
 */
export function restoreAnswers(stored: unknown): Answers {
  if (typeof stored !== "object" || stored === null) return {};
  const record = stored as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const id of questionIds) {
    const value = record[id];
    if (value !== undefined && isValidAnswer(id, value, kept as Answers)) kept[id] = value;
  }
  return pruneAnswers(kept as Answers);
}
