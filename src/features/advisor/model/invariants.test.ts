/**
 * Properties that hold for every complete answer set the question graph can produce.
 * Expectations are written from the spec (decision-model.md) independently of the engine's own
 * predicates, so a wrong rule in the engine cannot agree with itself here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { guideAnchors } from "../../../shared/guide-anchors";
import { answerValues, type Answers, type CompleteAnswers, type Need, type QuestionId } from "./answers";
import { blockerRules } from "./blockers";
import { caveatIds } from "./caveats";
import { allCompleteAnswerSets } from "./enumerate";
import { evaluate, type Result } from "./evaluate";
import { isComplete, nextQuestion, pruneAnswers } from "./flow";
import { optionIds, outcomeIds, outcomes, type OptionId, type OutcomeId } from "./outcomes";
import { questions } from "./questions";

// ---- The spec, restated for the tests -------------------------------------------------------

const needOrder = answerValues.needs;

function specBlockers(a: Answers): Record<OptionId, string[]> {
  const needs = needOrder.filter((n) => n !== "none" && a.needs?.includes(n));
  return {
    "cloud-sync": [
      ...(a.directory !== "ad" ? ["no-ad"] : []),
      ...(a["in-ad"] === "must-not" ? ["must-stay-out-of-ad"] : []),
      ...(a["largest-domain"] === "over-150k" ? ["domain-over-150k"] : []),
      ...needs,
    ],
    "connect-sync": [
      ...(a.directory === "none" ? ["no-directory"] : []),
      ...(a.directory === "ad" && a["in-ad"] === "must-not" ? ["must-stay-out-of-ad"] : []),
      ...(a.forests === "several-disconnected" ? ["disconnected-forests"] : []),
    ],
    "graph-connector": [
      ...(a["in-ad"] === "already" ? ["provisions-into-ad"] : []),
      ...(a.licenses === "none" ? ["no-p1-p2"] : []),
    ],
  };
}

function specOutcome(a: Answers): OutcomeId {
  const blockers = specBlockers(a);
  const first = (...options: OptionId[]) => options.find((o) => blockers[o].length === 0) ?? "no-clean-fit";
  if (a.directory === "ldap") return "connect-sync";
  if (a.directory === "ad" && a["in-ad"] === "already") return first("cloud-sync", "connect-sync");
  if (a.directory === "ad" && a["in-ad"] === "can-add") return first("cloud-sync", "connect-sync", "graph-connector");
  return first("graph-connector");
}

function specCaveatTable(a: Answers, outcome: OutcomeId): [string, boolean][] {
  const rec = outcome;
  return [
    ["upgrade-engine", a.engine === "fim-2010-r2" || a.engine === "mim-2016-pre-sp2"],
    ["add-ad-provisioning", (rec === "cloud-sync" || rec === "connect-sync") && a["in-ad"] === "can-add"],
    ["retire-sync-engine", rec === "cloud-sync" && a["only-sync"] === "yes"],
    ["extend-existing-connect", rec === "connect-sync" && a["existing-connect"] === "yes"],
    ["exclusive-scopes", rec === "cloud-sync" && a["existing-connect"] === "yes"],
    [
      "full-sql-server",
      rec === "connect-sync" && (a["largest-domain"] === "100k-150k" || a["largest-domain"] === "over-150k"),
    ],
    ["ldap-limited-support", rec === "connect-sync" && a.directory === "ldap"],
    ["confirm-licenses", rec === "graph-connector" && a.licenses === "unsure"],
    ["strategic-direction", rec === "connect-sync"],
    ["partner", a.environment === "production" || a.directory === "ldap" || outcome === "no-clean-fit"],
    ["pilot-disjoint-scopes", outcome !== "no-clean-fit"],
    ["remove-old-connector", true],
  ];
}

const specCaveats = (a: Answers, outcome: OutcomeId) =>
  specCaveatTable(a, outcome)
    .filter(([, raised]) => raised)
    .map(([id]) => id);

/** Every single-answer change, built here rather than by the engine: [question, new value]. */
function singleChanges(a: CompleteAnswers): [QuestionId, unknown][] {
  const changes: [QuestionId, unknown][] = [];
  for (const q of questions) {
    const current = a[q.id];
    if (current === undefined) continue;
    if (q.id !== "needs") {
      for (const v of answerValues[q.id]) if (v !== current) changes.push([q.id, v]);
      continue;
    }
    const needs = current as readonly Need[];
    const offered = needOrder.filter(
      (n) =>
        n !== "none" &&
        (a.forests !== "one" || (n !== "same-person-several-forests" && n !== "cross-forest-references")),
    );
    for (const n of offered) {
      const without = needs.filter((x) => x !== n && x !== "none");
      const next = needs.includes(n) ? without : [...without, n];
      changes.push(["needs", next.length === 0 ? ["none"] : needOrder.filter((x) => next.includes(x))]);
    }
  }
  return changes;
}

const key = (value: unknown) => JSON.stringify(value);

/** For pruned answers (nothing stale left), complete means no question asked is unanswered. */
const answersEveryAskedQuestion = (pruned: Answers) =>
  questions.every((q) => pruned[q.id] !== undefined || !q.askedWhen(pruned));

// ---- The properties ---------------------------------------------------------------------------

describe("every complete answer set", () => {
  let all: readonly CompleteAnswers[] = [];
  let results: Result[] = [];
  const each = (check: (a: CompleteAnswers, r: Result, index: number) => string | undefined): string[] => {
    const failures: string[] = [];
    all.forEach((a, i) => {
      const problem = check(a, results[i]!, i);
      if (problem !== undefined && failures.length < 5) failures.push(`${problem} for ${key(a)}`);
    });
    return failures;
  };

  // Evaluating all ~26,000 sets takes a few seconds of CPU: more than the default hook timeout on a busy machine.
  beforeAll(() => {
    all = allCompleteAnswerSets();
    results = all.map(evaluate);
  }, 60_000);

  it("gets exactly one of the four outcomes, the one the spec's recommendation rules give", () => {
    expect(
      each((a, r) =>
        outcomeIds.includes(r.outcome) && r.outcome === specOutcome(a) ? undefined : `outcome ${r.outcome}`,
      ),
    ).toEqual([]);
  });

  it("recommends an option that fits, or none at all for no-clean-fit", () => {
    expect(
      each((_, r) => {
        if (r.outcome === "no-clean-fit") return r.recommended === undefined ? undefined : "a recommendation";
        if (r.recommended !== r.outcome) return "recommended differs from outcome";
        const option = r.options[r.recommended];
        return option.fits && option.blockers.length === 0 && option.whyNot === undefined
          ? undefined
          : "recommended option does not fit";
      }),
    ).toEqual([]);
  });

  it("judges each option by exactly the spec's blockers", () => {
    expect(
      each((a, r) => {
        const expected = specBlockers(a);
        return optionIds.every(
          (o) =>
            JSON.stringify(r.options[o].blockers.map((b) => b.id)) === JSON.stringify(expected[o]) &&
            r.options[o].fits === (expected[o].length === 0) &&
            r.options[o].blockers.every((b) => b.option === o && a[b.questionId] !== undefined),
        )
          ? undefined
          : "blockers";
      }),
    ).toEqual([]);
  });

  it("says why not for every option it does not recommend: blockers, or a whyNot when it fits", () => {
    expect(
      each((_, r) => {
        for (const o of optionIds) {
          if (o === r.recommended) continue;
          const { fits, blockers, whyNot } = r.options[o];
          if (blockers.length === 0 && whyNot === undefined) return `${o} has no reason why not`;
          if ((whyNot !== undefined) !== fits) return `${o} has a whyNot although it is blocked`;
          if (whyNot !== undefined && whyNot.text.length < 40) return `${o} has a thin whyNot`;
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it("offers the Graph connector as the alternative exactly for an LDAP source with P1/P2 or unsure", () => {
    expect(
      each((a, r) => {
        const expected = a.directory === "ldap" && a.licenses !== "none" ? "graph-connector" : undefined;
        if (r.alternative !== expected) return `alternative ${r.alternative}`;
        return expected === undefined || r.options[expected].fits ? undefined : "alternative does not fit";
      }),
    ).toEqual([]);
  });

  it("raises each caveat exactly when the spec's table says so, in the table's order", () => {
    expect([...caveatIds]).toEqual(specCaveatTable({}, "no-clean-fit").map(([id]) => id));
    expect(
      each((a, r) => {
        const got = r.caveats.map((c) => c.id);
        const expected = specCaveats(a, specOutcome(a));
        return JSON.stringify(got) === JSON.stringify(expected) ? undefined : `caveats ${got.join()}`;
      }),
    ).toEqual([]);
  });

  it("gives reasons from the answers given, each once", () => {
    expect(
      each((a, r) => {
        if (r.reasons.length === 0) return "no reasons";
        if (new Set(r.reasons.map((x) => x.id)).size !== r.reasons.length) return "duplicate reason ids";
        return r.reasons.every((x) => a[x.questionId] !== undefined && x.text.length > 20)
          ? undefined
          : "reason about an unanswered question";
      }),
    ).toEqual([]);
  });

  it("links only to guide sections that exist", () => {
    const known = new Set<string>(guideAnchors);
    const staticAnchors = [
      ...questions.map((q) => q.learnMore),
      ...Object.values(outcomes).map((o) => o.anchor),
      ...optionIds.flatMap((o) => blockerRules[o].map((r) => r.blocker.anchor)),
    ];
    expect(staticAnchors.filter((x) => !known.has(x))).toEqual([]);
    expect(
      each((_, r) => {
        const anchors = [
          ...r.reasons.map((x) => x.anchor),
          ...r.caveats.map((x) => x.anchor),
          ...optionIds.flatMap((o) => r.options[o].blockers.map((b) => b.anchor)),
          ...optionIds.flatMap((o) => r.options[o].whyNot?.anchor ?? []),
          ...r.whatWouldChange.map((x) => x.anchor),
        ];
        const unknown = anchors.filter((x) => !known.has(x));
        return unknown.length === 0 ? undefined : `unknown anchors ${unknown.join()}`;
      }),
    ).toEqual([]);
  });

  it("lists what would change: each entry, applied, really gives its stated outcome", () => {
    expect(
      each((a, r) => {
        for (const change of r.whatWouldChange) {
          const applied = pruneAnswers({ ...a, [change.questionId]: change.to });
          if (key(applied) !== key(change.answers)) return `change ${change.questionId} answers differ`;
          if (!isComplete(change.answers)) return `change ${change.questionId} is incomplete`;
          if (change.outcome === r.outcome) return `change ${change.questionId} keeps the outcome`;
          if (specOutcome(change.answers) !== change.outcome) return `change ${change.questionId} outcome is wrong`;
          if (key(change.from) !== key(a[change.questionId])) return `change ${change.questionId} from is wrong`;
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it("lists every single change that gives a complete set with another outcome, and no other", () => {
    expect(
      each((a, r) => {
        const expected = singleChanges(a)
          .map(([q, to]) => ({ q, to, changed: pruneAnswers({ ...a, [q]: to }) }))
          .filter(({ changed }) => answersEveryAskedQuestion(changed) && specOutcome(changed) !== r.outcome)
          .map(({ q, to }) => `${q}=${key(to)}`);
        const got = r.whatWouldChange.map((c) => `${c.questionId}=${key(c.to)}`);
        return JSON.stringify(got) === JSON.stringify(expected) ? undefined : `changes ${got.join(" ")}`;
      }),
    ).toEqual([]);
  });

  it("is left unchanged by pruning, and has no next question", () => {
    expect(
      each((a) => (key(pruneAnswers(a)) === key(a) && nextQuestion(a) === undefined ? undefined : "not stable")),
    ).toEqual([]);
  });

  it("has a next question whenever an answer is missing: the first applicable one missing", () => {
    expect(
      each((a) => {
        const answered = questions.filter((q) => a[q.id] !== undefined);
        for (let k = 0; k < answered.length; k++) {
          const prefix = Object.fromEntries(answered.slice(0, k).map((q) => [q.id, a[q.id]])) as Answers;
          if (nextQuestion(prefix)?.id !== answered[k]!.id) return `after ${k} answers`;
          if (isComplete(prefix)) return `complete after ${k} answers`;
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  // Stale answer sets (one answer changed, not yet pruned) from every third complete set: the
  // variants repeat in structure, and all of them would double this file's run time.
  it("stays consistent after any single change: pruning is idempotent, and complete exactly when nothing is next", () => {
    expect(
      each((a, _, i) => {
        if (i % 3 !== 0) return undefined;
        for (const [q, to] of singleChanges(a)) {
          const stale = { ...a, [q]: to } as Answers;
          const pruned = pruneAnswers(stale);
          if (key(pruneAnswers(pruned)) !== key(pruned)) return `prune not idempotent after ${q}`;
          if ((nextQuestion(stale) === undefined) !== isComplete(pruned)) return `next/complete disagree after ${q}`;
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it("together reach every outcome, blocker and caveat", () => {
    const seen = new Set<string>();
    for (const r of results) {
      seen.add(`outcome:${r.outcome}`);
      for (const c of r.caveats) seen.add(`caveat:${c.id}`);
      for (const o of optionIds) for (const b of r.options[o].blockers) seen.add(`blocker:${o}:${b.id}`);
    }
    const expected = [
      ...outcomeIds.map((o) => `outcome:${o}`),
      ...caveatIds.map((c) => `caveat:${c}`),
      ...optionIds.flatMap((o) => blockerRules[o].map((r) => `blocker:${o}:${r.blocker.id}`)),
    ];
    expect(expected.filter((x) => !seen.has(x))).toEqual([]);
    expect(expected.length).toBe(4 + 12 + 9 + 3 + 2);
  });
});
