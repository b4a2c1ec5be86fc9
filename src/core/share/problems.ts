import type { QuestionId } from "../decision/answers";
import { getQuestion, optionLabel } from "../decision/questions";

export type ProblemKind =
  | "missing-version"
  | "unknown-version"
  | "future-version"
  | "invalid-value"
  | "duplicate"
  | "not-applicable"
  | "missing-answer"
  | "too-long"
  | "malformed";

/** Something wrong with a share link, worded for the person who opened it. */
export interface Problem {
  readonly kind: ProblemKind;
  /** The question concerned, if any. */
  readonly questionId?: QuestionId;
  /** The parameter concerned when it is not a question (`v`). */
  readonly parameter?: string;
  /** The offending value, as written in the link. */
  readonly value?: string;
  readonly message: string;
}

export const maxShareLength = 2000;

// Values come from whatever link someone pasted: keep messages readable.
const shown = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
const named = (questionId: QuestionId) => `“${getQuestion(questionId).shortLabel}”`;

export const problem = {
  tooLong: (length: number): Problem => ({
    kind: "too-long",
    message: `The link is ${length.toLocaleString("en-US")} characters long; links over ${maxShareLength.toLocaleString("en-US")} characters are not read.`,
  }),
  malformed: (part: string): Problem => ({
    kind: "malformed",
    value: part,
    message: `Part of the link could not be read: ${shown(part)}.`,
  }),
  missingVersion: (): Problem => ({
    kind: "missing-version",
    parameter: "v",
    message: "The link does not say which version of the advisor made it (v=…).",
  }),
  unknownVersion: (value: string): Problem => ({
    kind: "unknown-version",
    parameter: "v",
    value,
    message: `The link's version ${shown(value)} is not one the advisor has released.`,
  }),
  futureVersion: (value: string, current: number): Problem => ({
    kind: "future-version",
    parameter: "v",
    value,
    message: `The link was made by a newer version of the advisor (v=${value}); this site reads links up to v=${current}.`,
  }),
  duplicateVersion: (value: string): Problem => ({
    kind: "duplicate",
    parameter: "v",
    value,
    message: "The link gives its version more than once.",
  }),
  duplicate: (questionId: QuestionId, value: string): Problem => ({
    kind: "duplicate",
    questionId,
    value,
    message: `The link answers ${named(questionId)} more than once.`,
  }),
  duplicateItem: (questionId: QuestionId, value: string): Problem => ({
    kind: "duplicate",
    questionId,
    value,
    message: `${named(questionId)} lists ${shown(optionLabel(questionId, value))} more than once.`,
  }),
  invalidValue: (questionId: QuestionId, value: string): Problem => ({
    kind: "invalid-value",
    questionId,
    value,
    message:
      value === ""
        ? `The link gives an empty answer to ${named(questionId)}.`
        : `${shown(value)} is not one of the answers to ${named(questionId)}.`,
  }),
  exclusiveMixed: (questionId: QuestionId, value: string): Problem => ({
    kind: "invalid-value",
    questionId,
    value,
    message: `${named(questionId)}: ${shown(optionLabel(questionId, value))} cannot be combined with other answers.`,
  }),
  notApplicable: (questionId: QuestionId, value: string): Problem => ({
    kind: "not-applicable",
    questionId,
    value,
    message: `${named(questionId)} is not asked with the link's other answers, so ${shown(optionLabel(questionId, value))} was ignored.`,
  }),
  notOffered: (questionId: QuestionId, value: string): Problem => ({
    kind: "not-applicable",
    questionId,
    value,
    message: `${named(questionId)}: ${shown(optionLabel(questionId, value))} is not offered with the link's other answers, so it was ignored.`,
  }),
  missingAnswer: (questionId: QuestionId): Problem => ({
    kind: "missing-answer",
    questionId,
    message: `The link has no answer to ${named(questionId)}.`,
  }),
};
