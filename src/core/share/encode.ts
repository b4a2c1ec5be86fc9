import { paths } from "../../shared/paths";
import type { CompleteAnswers } from "../decision/answers";
import { questions, type QuestionOption } from "../decision/questions";
import { currentVersion } from "./migrations";

/**
 * The canonical query string (without `?`) for a complete answer set: `v` first, then one
 * parameter per answered question in graph order; `needs` comma-separated in option order.
 * Every value is a plain `[a-z0-9-]` id, so nothing needs escaping and commas stay readable.
 */
export function encodeAnswers(answers: CompleteAnswers): string {
  const parts = [`v=${currentVersion}`];
  for (const question of questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    if (typeof value === "string") {
      parts.push(`${question.id}=${encodeURIComponent(value)}`);
      continue;
    }
    const options: readonly QuestionOption[] = question.options;
    const ordered = options.map((o) => o.value).filter((v) => (value as readonly string[]).includes(v));
    parts.push(`${question.id}=${ordered.map(encodeURIComponent).join(",")}`);
  }
  return parts.join("&");
}

/** The printable plan for the same answers: `/plan?v=3&…`. */
export function planPath(answers: CompleteAnswers): string {
  return paths.plan(encodeAnswers(answers));
}
