import type { GuideAnchor } from "../../shared/guide-anchors";
import type { AnswerValue, CompleteAnswers, Need, QuestionId } from "./answers";
import type { Blocker } from "./blockers";
import { conditionInputs } from "./conditions";
import { completeAfterPruning, offeredOptions } from "./flow";
import { getQuestion, optionLabel, questions, type QuestionOption } from "./questions";
import { outcomes, type OutcomeId } from "./outcomes";
import { decideOutcome, outcomeInputs } from "./decide-outcome";
import { decide, type Decision } from "./decide";

/** One answer changed, and the different outcome it would lead to. */
export interface AnswerChange {
  readonly questionId: QuestionId;
  readonly from: AnswerValue;
  readonly to: AnswerValue;
  /** The whole answer set after the change (pruned and complete): link to its result with it. */
  readonly answers: CompleteAnswers;
  readonly outcome: OutcomeId;
  readonly text: string;
  readonly anchor: GuideAnchor;
}

interface Candidate {
  readonly questionId: QuestionId;
  readonly from: AnswerValue;
  readonly to: AnswerValue;
  /** "If …": the change in words (built only for changes that are kept). */
  readonly phrase: () => string;
}

function needsChanges(answers: CompleteAnswers): Candidate[] {
  const from = answers.needs;
  if (from === undefined) return [];
  const question = getQuestion("needs");
  const options: readonly QuestionOption<Need>[] = offeredOptions(question, answers);
  const exclusive = options.find((o) => o.exclusive === true)?.value;
  const order = (needs: readonly Need[]) => options.map((o) => o.value).filter((v) => needs.includes(v));
  return options
    .filter((o) => o.exclusive !== true)
    .flatMap((o): Candidate[] => {
      if (from.includes(o.value)) {
        const rest = from.filter((v) => v !== o.value);
        if (rest.length === 0 && exclusive === undefined) return [];
        const to = rest.length > 0 ? rest : [exclusive as Need];
        return [{ questionId: "needs", from, to, phrase: () => `If you did not need “${o.label}”` }];
      }
      const kept = from.filter((v) => v !== exclusive);
      return [
        { questionId: "needs", from, to: order([...kept, o.value]), phrase: () => `If you also needed “${o.label}”` },
      ];
    });
}

function singleChanges(answers: CompleteAnswers, questionId: QuestionId): Candidate[] {
  const from = answers[questionId];
  if (typeof from !== "string") return [];
  const question = getQuestion(questionId);
  const options: readonly QuestionOption[] = question.options;
  return options
    .filter((o) => o.value !== from)
    .map((o) => ({
      questionId,
      from,
      to: o.value as AnswerValue,
      phrase: () =>
        `If you answered “${o.label}” to “${question.shortLabel}” instead of “${optionLabel(questionId, from)}”`,
    }));
}

const newBlocker = (before: readonly Blocker[], after: readonly Blocker[]) =>
  after.find((b) => !before.some((x) => x.id === b.id));

function consequence(phrase: string, now: Decision, then: Decision): { text: string; anchor: GuideAnchor } {
  const target = outcomes[then.outcome];
  const current = now.recommended;
  const lost = current === undefined ? undefined : newBlocker(now.blockers[current], then.blockers[current]);
  if (current !== undefined && lost !== undefined) {
    const result =
      then.recommended === undefined
        ? "no option would fit cleanly"
        : `the advisor would recommend ${target.name} instead`;
    return {
      text: `${phrase}, “${lost.title}” would rule out ${outcomes[current].inSentence}, and ${result}.`,
      anchor: lost.anchor,
    };
  }
  const next = then.recommended;
  const gained = next === undefined ? undefined : newBlocker(then.blockers[next], now.blockers[next]);
  if (next !== undefined && gained !== undefined) {
    return {
      text: `${phrase}, “${gained.title}” would no longer rule out ${outcomes[next].inSentence}, and the advisor would recommend ${target.name}.`,
      anchor: gained.anchor,
    };
  }
  return { text: `${phrase}, the advisor would recommend ${target.name} instead.`, anchor: target.anchor };
}

/** The questions whose answers decide whether another question is asked or an option offered. */
const readByConditions: ReadonlySet<QuestionId> = new Set(
  questions.flatMap((q) => [
    ...conditionInputs(q.when),
    ...(q.options as readonly QuestionOption[]).flatMap((o) => (o.offeredWhen ? conditionInputs(o.offeredWhen) : [])),
  ]),
);

/**
 * Every change of a single answer (for `needs`: adding or removing one need) that still gives
 * a complete answer set once pruned and leads to a different outcome, in question and option
 * order. Changes that would raise new questions are left out: the advisor cannot know their
 * answers.
 */
export function whatWouldChange(answers: CompleteAnswers, now: Decision = decide(answers)): AnswerChange[] {
  const changes: AnswerChange[] = [];
  // One scratch copy tried with each change in turn: the walk over every answer set tries
  // millions of changes, and a new object for each kept the garbage collector busy.
  const scratch: Record<string, unknown> = { ...answers };
  for (const question of questions) {
    if (!outcomeInputs.has(question.id)) continue;
    const candidates = question.kind === "multi" ? needsChanges(answers) : singleChanges(answers, question.id);
    for (const c of candidates) {
      let changed: CompleteAnswers | undefined;
      if (readByConditions.has(c.questionId)) {
        changed = completeAfterPruning({ ...answers, [c.questionId]: c.to });
        if (changed === undefined || decideOutcome(changed).outcome === now.outcome) continue;
      } else {
        // An answer no condition reads cannot make another question stale or due: the changed
        // set is complete as it is, without pruning.
        scratch[c.questionId] = c.to;
        const same = decideOutcome(scratch as CompleteAnswers).outcome === now.outcome;
        scratch[c.questionId] = c.from;
        if (same) continue;
        changed = { ...answers, [c.questionId]: c.to } as CompleteAnswers;
      }
      const then = decide(changed);
      const { phrase, ...change } = c;
      changes.push({ ...change, answers: changed, outcome: then.outcome, ...consequence(phrase(), now, then) });
    }
  }
  return changes;
}
