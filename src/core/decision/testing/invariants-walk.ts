/**
 * Properties that hold for every complete answer set the question graph can produce (342,414
 * in v2). The walk is split into shards, one test file each, so Vitest spreads it over the
 * machine's cores; every shard evaluates each of its answer sets once and runs every check on
 * it, keeping no results (they would not fit in memory all at once).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Answers, CompleteAnswers } from "../answers";
import { allCompleteAnswerSets } from "../enumerate";
import { decideOutcome } from "../decide-outcome";
import { evaluate, type Evaluation } from "../evaluate";
import { isComplete, nextQuestion, pruneAnswers } from "../flow";
import { optionIds, outcomeIds } from "../outcomes";
import { questions } from "../questions";
import { singleChanges, specAlternative, specBlockers, specCaveats, specOutcome } from "./spec-v2";

const key = (value: unknown) => JSON.stringify(value);

/** For pruned answers (nothing stale left), complete means no question asked is unanswered. */
const answersEveryAskedQuestion = (pruned: Answers) =>
  questions.every((q) => pruned[q.id] !== undefined || !q.askedWhen(pruned));

type Check = (a: CompleteAnswers, r: Evaluation, index: number) => string | undefined;

/**
 * Every single change, derived from the spec, that gives a complete set with another outcome.
 * Which changes those are depends only on the answers `specOutcome` reads (which questions are
 * asked follows from them too), so it is worked out once per combination of those answers; the
 * engine's own list is still checked against it for every set.
 */
const outcomeInputs = ["directory", "in-ad", "forests", "largest-domain", "needs", "licenses", "mail-objects"] as const;
const expectedByInputs = new Map<string, string[]>();
function expectedChanges(a: CompleteAnswers, outcome: string): string[] {
  const inputs = key(outcomeInputs.map((id) => a[id] ?? null));
  let expected = expectedByInputs.get(inputs);
  if (expected === undefined) {
    expected = singleChanges(a)
      .map(([q, to]) => ({ q, to, changed: pruneAnswers({ ...a, [q]: to }) }))
      .filter(({ changed }) => answersEveryAskedQuestion(changed) && specOutcome(changed) !== outcome)
      .map(({ q, to }) => `${q}=${key(to)}`);
    expectedByInputs.set(inputs, expected);
  }
  return expected;
}

/** Each check, named as the test that reports it. */
const checks: Record<string, Check> = {
  "gets exactly one of the four outcomes, the one the spec's recommendation rules give": (a, r) =>
    outcomeIds.includes(r.outcome) && r.outcome === specOutcome(a) ? undefined : `outcome ${r.outcome}`,

  "recommends an option that fits, or none at all for no-clean-fit": (_, r) => {
    if (r.outcome === "no-clean-fit") return r.recommended === undefined ? undefined : "a recommendation";
    if (r.recommended !== r.outcome) return "recommended differs from outcome";
    const option = r.options[r.recommended];
    return option.fits && option.blockers.length === 0 && option.whyNot === undefined
      ? undefined
      : "recommended option does not fit";
  },

  "judges each option by exactly the spec's blockers, and fits it exactly when none holds": (a, r) => {
    const expected = specBlockers(a);
    return optionIds.every(
      (o) =>
        key(r.options[o].blockers.map((b) => b.id)) === key(expected[o]) &&
        r.options[o].fits === (expected[o].length === 0) &&
        r.options[o].blockers.every((b) => b.option === o && a[b.questionId] !== undefined),
    )
      ? undefined
      : "blockers";
  },

  "says why not for every option it does not recommend: blockers, or a whyNot when it fits": (_, r) => {
    for (const o of optionIds) {
      if (o === r.recommended) continue;
      const { fits, blockers, whyNot } = r.options[o];
      if (blockers.length === 0 && whyNot === undefined) return `${o} has no reason why not`;
      if ((whyNot !== undefined) !== fits) return `${o} has a whyNot although it is blocked`;
      if (whyNot !== undefined && whyNot.text.length < 40) return `${o} has a thin whyNot`;
    }
    return undefined;
  },

  "offers the Graph connector as the alternative exactly for an LDAP source where it fits": (a, r) => {
    const expected = specAlternative(a);
    if (r.alternative !== expected) return `alternative ${r.alternative}`;
    return expected === undefined || r.options[expected].fits ? undefined : "alternative does not fit";
  },

  "raises each caveat exactly when the spec's table says so, in the table's order": (a, r) => {
    const got = r.caveats.map((c) => c.id);
    return key(got) === key(specCaveats(a, specOutcome(a))) ? undefined : `caveats ${got.join()}`;
  },

  "never offers soft match as a way to take over the old connector's objects": (_, r) => {
    const texts = [...r.caveats.map((c) => c.text), ...r.reasons.map((x) => x.text)];
    return texts.some((t) => /rely on soft match|or (a )?soft match/i.test(t)) ? "soft match offered" : undefined;
  },

  "gives reasons from the answers given, each once": (a, r) => {
    if (r.reasons.length === 0) return "no reasons";
    if (new Set(r.reasons.map((x) => x.id)).size !== r.reasons.length) return "duplicate reason ids";
    return r.reasons.every((x) => a[x.questionId] !== undefined && x.text.length > 20)
      ? undefined
      : "reason about an unanswered question";
  },

  "lists what would change: each entry, applied, really gives its stated outcome": (a, r) => {
    for (const change of r.whatWouldChange) {
      const applied = pruneAnswers({ ...a, [change.questionId]: change.to });
      if (key(applied) !== key(change.answers)) return `change ${change.questionId} answers differ`;
      if (!isComplete(change.answers)) return `change ${change.questionId} is incomplete`;
      if (change.outcome === r.outcome) return `change ${change.questionId} keeps the outcome`;
      if (decideOutcome(change.answers).outcome !== change.outcome)
        return `change ${change.questionId} disagrees with the engine`;
      if (specOutcome(change.answers) !== change.outcome) return `change ${change.questionId} outcome is wrong`;
      if (key(change.from) !== key(a[change.questionId])) return `change ${change.questionId} from is wrong`;
    }
    return undefined;
  },

  "lists every single change that gives a complete set with another outcome, and no other": (a, r) => {
    const got = r.whatWouldChange.map((c) => `${c.questionId}=${key(c.to)}`);
    return key(got) === key(expectedChanges(a, r.outcome)) ? undefined : `changes ${got.join(" ")}`;
  },

  "is left unchanged by pruning, and has no next question": (a) =>
    key(pruneAnswers(a)) === key(a) && nextQuestion(a) === undefined ? undefined : "not stable",

  // The flow checks below look at the graph's structure, which repeats across the engine,
  // environment and total-object variants: a sample of every seventh set keeps the walk short.
  "has a next question whenever an answer is missing: the first applicable one missing": (a, _, i) => {
    if (i % 7 !== 0) return undefined;
    const answered = questions.filter((q) => a[q.id] !== undefined);
    for (let k = 0; k < answered.length; k++) {
      const prefix = Object.fromEntries(answered.slice(0, k).map((q) => [q.id, a[q.id]])) as Answers;
      if (nextQuestion(prefix)?.id !== answered[k]!.id) return `after ${k} answers`;
      if (isComplete(prefix)) return `complete after ${k} answers`;
    }
    return undefined;
  },

  // Stale answer sets (one answer changed, not yet pruned), from every 23rd set.
  "stays consistent after any single change: pruning is idempotent, and complete exactly when nothing is next": (
    a,
    _,
    i,
  ) => {
    if (i % 23 !== 0) return undefined;
    for (const [q, to] of singleChanges(a)) {
      const stale = { ...a, [q]: to } as Answers;
      const pruned = pruneAnswers(stale);
      if (key(pruneAnswers(pruned)) !== key(pruned)) return `prune not idempotent after ${q}`;
      if ((nextQuestion(stale) === undefined) !== isComplete(pruned)) return `next/complete disagree after ${q}`;
    }
    return undefined;
  },
};

export function describeInvariants(shard: string, inShard: (a: CompleteAnswers) => boolean): void {
  const failures = new Map<string, string[]>(Object.keys(checks).map((name) => [name, []]));
  let count = 0;

  describe(`every complete answer set (${shard})`, () => {
    beforeAll(() => {
      allCompleteAnswerSets().forEach((a, index) => {
        if (!inShard(a)) return;
        count++;
        const r = evaluate(a);
        for (const [name, check] of Object.entries(checks)) {
          const list = failures.get(name)!;
          if (list.length >= 5) continue;
          const problem = check(a, r, index);
          if (problem !== undefined) list.push(`${problem} for ${key(a)}`);
        }
      });
    }, 300_000);

    it("holds answer sets", () => expect(count).toBeGreaterThan(0));
    for (const name of Object.keys(checks)) it(name, () => expect(failures.get(name)).toEqual([]));
  });
}
