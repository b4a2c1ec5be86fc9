// Module by module, not through the model's index: this runs in the result's first load,
// which must not pull in the caveats, reasons and other prose only the full result needs.
import type { Answers, CompleteAnswers, QuestionId } from "../decision/answers";
import { conditionStatus } from "../decision/conditions";
import { isComplete, nextQuestion, pruneAnswers } from "../decision/flow";
import type { OutcomeId } from "../decision/outcomes";
import { isQuestionId, questions, type AnyQuestion, type QuestionOption } from "../decision/questions";
import { decideOutcome } from "../decision/decide-outcome";
import { versioning, type ShareParams, type Versioning } from "./migrations";
import { maxShareLength, problem, type Problem } from "./problems";

export type DecodeResult =
  | { readonly ok: true; readonly answers: CompleteAnswers; readonly version: number }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** Every valid answer that applies, pruned: enough to continue the advisor from. */
      readonly validAnswers: Answers;
    };

function decodePart(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, " "));
}

/** Splits a query string into decoded pairs; parts that cannot be decoded become problems. */
function parse(query: string): { params: ShareParams; problems: Problem[] } {
  const params: (readonly [string, string])[] = [];
  const problems: Problem[] = [];
  for (const part of query.split("&")) {
    if (part === "") continue;
    const at = part.indexOf("=");
    try {
      params.push(at < 0 ? [decodePart(part), ""] : [decodePart(part.slice(0, at)), decodePart(part.slice(at + 1))]);
    } catch {
      problems.push(problem.malformed(part));
    }
  }
  return { params, problems };
}

/** Which version the link says it is, and how to read it. Unreadable versions are read as the current one. */
function readVersion(params: ShareParams, scheme: Versioning): { version: number; problems: Problem[] } {
  const given = params.filter(([name]) => name === "v").map(([, value]) => value);
  const current = scheme.currentVersion;
  const [first] = given;
  if (first === undefined) return { version: current, problems: [problem.missingVersion()] };
  const problems = given.length > 1 ? [problem.duplicateVersion(given.join(","))] : [];
  if (!/^[1-9][0-9]{0,5}$/.test(first))
    return { version: current, problems: [...problems, problem.unknownVersion(first)] };
  const version = Number(first);
  if (version > current) return { version: current, problems: [...problems, problem.futureVersion(first, current)] };
  if (!scheme.migrations.has(version))
    return { version: current, problems: [...problems, problem.unknownVersion(first)] };
  return { version, problems };
}

/**
 * Reads a `needs`-style list. Returns the values to keep (distinct, known, offered) or
 * undefined when nothing usable is left, and reports each problem found.
 */
function readMulti(question: AnyQuestion, raw: string, answers: Answers, problems: Problem[]): string[] | undefined {
  const options: readonly QuestionOption[] = question.options;
  const kept: QuestionOption[] = [];
  const seen = new Set<string>();
  for (const item of raw.split(",")) {
    const option = options.find((o) => o.value === item);
    if (option === undefined) {
      problems.push(problem.invalidValue(question.id, item));
      continue;
    }
    if (seen.has(item)) {
      problems.push(problem.duplicateItem(question.id, item));
      continue;
    }
    seen.add(item);
    const offered = option.offeredWhen === undefined ? "yes" : conditionStatus(option.offeredWhen, answers);
    if (offered === "no") problems.push(problem.notOffered(question.id, item));
    if (offered === "yes") kept.push(option);
  }
  const exclusive = kept.find((o) => o.exclusive === true);
  if (exclusive !== undefined && kept.length > 1) {
    problems.push(problem.exclusiveMixed(question.id, exclusive.value));
    return undefined;
  }
  // Kept in the graph's option order, whatever order the link used.
  const ordered = options.filter((o) => kept.includes(o)).map((o) => o.value);
  return ordered.length > 0 ? ordered : undefined;
}

const notAsked = "(not asked)";

/** Reads the answers of a current-version link in graph order, so each question's applicability is known. */
function readAnswers(params: ShareParams): { answers: Answers; problems: Problem[] } {
  const problems: Problem[] = [];
  const byQuestion = new Map<QuestionId, string[]>();
  for (const [name, value] of params) {
    if (!isQuestionId(name)) continue; // unknown parameters are ignored
    byQuestion.set(name, [...(byQuestion.get(name) ?? []), value]);
  }
  const answers: Record<string, unknown> = {};
  // What later conditions see: valid answers, a marker for questions known not to be asked
  // (so conditions on them are settled), and nothing for answers missing or invalid (unknown).
  const known: Record<string, unknown> = {};
  for (const question of questions) {
    const given = byQuestion.get(question.id) ?? [];
    const applies = conditionStatus(question.when, known as Answers);
    if (applies === "no") known[question.id] = notAsked;
    const [raw] = given;
    if (given.length > 1) problems.push(problem.duplicate(question.id, given.join(",")));
    if (raw === undefined) {
      if (applies === "yes") problems.push(problem.missingAnswer(question.id));
      continue;
    }
    // Conflicting copies: no way to tell which one was meant.
    if (given.some((v) => v !== raw)) continue;
    let value: unknown;
    if (question.kind === "single") {
      if (!question.options.some((o) => o.value === raw)) {
        problems.push(problem.invalidValue(question.id, raw));
        continue;
      }
      value = raw;
    } else if (applies !== "no") {
      value = readMulti(question, raw, known as Answers, problems);
    }
    if (applies === "no") problems.push(problem.notApplicable(question.id, raw));
    // "unknown": an earlier answer it depends on is missing or invalid, which is reported already.
    if (applies === "yes" && value !== undefined) {
      answers[question.id] = value;
      known[question.id] = value;
    }
  }
  return { answers: answers as Answers, problems };
}

/**
 * Reads a share link's query string (with or without `?`). Succeeds only for a link that
 * answers exactly the questions its answers call for, each with a valid value, under a
 * released version; otherwise it lists every problem found and keeps the valid answers.
 * Never throws.
 */
export function decodeShare(search: string, scheme: Versioning = versioning): DecodeResult {
  if (search.length > maxShareLength) {
    return { ok: false, problems: [problem.tooLong(search.length)], validAnswers: {} };
  }
  const parsed = parse(search.startsWith("?") ? search.slice(1) : search);
  const { version, problems: versionProblems } = readVersion(parsed.params, scheme);
  const migrate = scheme.migrations.get(version);
  const current = migrate === undefined ? parsed.params : migrate(parsed.params);
  const read = readAnswers(current);
  const problems = [...parsed.problems, ...versionProblems, ...read.problems];
  const answers = read.answers;
  if (problems.length === 0 && isComplete(answers)) return { ok: true, answers, version };
  if (problems.length === 0) {
    // Should not happen (readAnswers reports every gap); fail closed all the same.
    const missing = nextQuestion(answers);
    problems.push(problem.missingAnswer(missing?.id ?? "engine"));
  }
  return { ok: false, problems, validAnswers: pruneAnswers(answers) };
}

/** The outcome a share link's answers lead to, or undefined if the link cannot be read. */
export function outcomeFromShare(search: string): OutcomeId | undefined {
  const result = decodeShare(search);
  return result.ok ? decideOutcome(result.answers).outcome : undefined;
}
