/**
 * Properties that hold for every complete answer set the question graph can produce (1,826,208
 * in v3), without evaluating each of them in full.
 *
 * Why this covers every set. Engine and federation are asked always and no condition of the graph
 * reads them (enumerate.test.ts checks it from the data), so the complete sets are exactly the
 * core sets (every other answer: 114,138 of them) times 4 engines times 4 federation answers.
 * 1. Every core set is evaluated in full once, with one (engine, federation) pair, rotating
 *    through all 16 by the set's index: every check below runs on it. So every outcome, blocker,
 *    reason, "what would change" entry and caveat text is checked for every core set, and each
 *    engine and federation answer is exercised some 28,500 times across them.
 * 2. For every core set and each of the 16 pairs (all 1,826,208 sets), the recommendation, the
 *    alternative and the caveat ids are checked against spec-v3.ts: the cheap part of the result,
 *    and the only part the two free questions can change. The outcome and alternative come from
 *    the blockers' conditions, and reasons, "why not" and "what would change" read only the
 *    outcome's inputs (`outcomeInputs`, which leaves both out; "what would change" tries changes to
 *    those inputs only, and the walk checks its list against every single change the spec allows,
 *    engine and federation included, for every core set).
 * The walk is split into shards, one test file each, so Vitest spreads it over the machine's
 * cores; a shard keeps no results (they would not fit in memory all at once).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Answers, CompleteAnswers } from "../answers";
import { allCoreAnswerSets, freeCombinations, withFreeAnswers } from "../enumerate";
import { decideOutcome } from "../decide-outcome";
import { raisedCaveatIds } from "../caveat-conditions";
import { evaluate, type Evaluation } from "../evaluate";
import { isComplete, nextQuestion, pruneAnswers } from "../flow";
import { optionIds, outcomeIds } from "../outcomes";
import { questions } from "../questions";
import { singleChanges, specAlternative, specBlockers, specOutcome, specV3Caveats } from "./spec-v3";

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
    return key(got) === key(specV3Caveats(a, specOutcome(a))) ? undefined : `caveats ${got.join()}`;
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

/**
 * Point 2 above, for one core set: every engine and federation answer, checked on the decision
 * and the caveat ids alone. One scratch copy takes each pair in turn (1.8 million new objects
 * kept the garbage collector busy).
 */
function checkEveryPair(core: CompleteAnswers): string | undefined {
  const scratch: Record<string, unknown> = { ...core };
  const outcome = specOutcome(core);
  const alternative = specAlternative(core);
  for (const { engine, federation } of freeCombinations) {
    scratch.engine = engine;
    scratch.federation = federation;
    const a = scratch as CompleteAnswers;
    const decision = decideOutcome(a);
    if (decision.outcome !== outcome) return `outcome ${decision.outcome} with ${engine}, ${federation}`;
    if (decision.alternative !== alternative)
      return `alternative ${decision.alternative} with ${engine}, ${federation}`;
    if (key(raisedCaveatIds(a, decision)) !== key(specV3Caveats(a, outcome)))
      return `caveats ${raisedCaveatIds(a, decision).join()} with ${engine}, ${federation}`;
  }
  return undefined;
}

const everyPair = "gives every engine and federation answer the spec's outcome, alternative and caveats";

/** Walks the core sets whose index is in this shard (see the comment at the top). */
export function describeInvariants(shard: string, inShard: (index: number) => boolean): void {
  const failures = new Map<string, string[]>([...Object.keys(checks), everyPair].map((name) => [name, []]));
  let count = 0;
  let pairs = 0;

  describe(`every complete answer set (${shard})`, () => {
    beforeAll(() => {
      allCoreAnswerSets().forEach((core, index) => {
        if (!inShard(index)) return;
        count++;
        const a = withFreeAnswers(core, freeCombinations[index % freeCombinations.length]!);
        const r = evaluate(a);
        for (const [name, check] of Object.entries(checks)) {
          const list = failures.get(name)!;
          if (list.length >= 5) continue;
          const problem = check(a, r, index);
          if (problem !== undefined) list.push(`${problem} for ${key(a)}`);
        }
        pairs += freeCombinations.length;
        const list = failures.get(everyPair)!;
        const problem = list.length >= 5 ? undefined : checkEveryPair(core);
        if (problem !== undefined) list.push(`${problem} for ${key(core)}`);
      });
    }, 300_000);

    it("holds answer sets", () => expect(count).toBeGreaterThan(0));
    it("checks every engine and federation answer of each of its core sets", () => expect(pairs).toBe(count * 16));
    for (const name of [...Object.keys(checks), everyPair]) it(name, () => expect(failures.get(name)).toEqual([]));
  });
}
