import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, isComplete, isQuestionId, type CompleteAnswers } from "../decision";
import { completeAnswerSetAt, completeAnswerSetCount, rotatedAnswerSets } from "../decision/enumerate";
import { decodeShare } from "./decode";
import { encodeAnswers, planPath } from "./encode";
import { recommendationPath } from "./recommendation-path";
import { maxShareLength } from "./problems";

// Every core set once, its engine and federation rotating through the 16 pairs (the codec reads
// those two answers value by value, and no condition reads them: see testing/invariants-walk.ts).
const all = rotatedAnswerSets();
// Any of the 1,826,208 complete sets, by index: constantFrom(...) would overflow the call stack.
const anyAnswers = fc.nat({ max: completeAnswerSetCount() - 1 }).map(completeAnswerSetAt);
const longBase = "/some/long/base/path/";

/** A decoded link may fail, but if it succeeds its answers must be complete, valid and canonical. */
function checkSafe(search: string): void {
  const result = decodeShare(search);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    return;
  }
  expect(isComplete(result.answers)).toBe(true);
  expect(decodeShare(encodeAnswers(result.answers))).toEqual({ ok: true, version: 3, answers: result.answers });
}

describe("share links, for any answers", () => {
  it("round-trip every complete answer set exactly", () => {
    const wrong = all.filter((a) => {
      const result = decodeShare(encodeAnswers(a));
      return !result.ok || JSON.stringify(result.answers) !== JSON.stringify(a) || result.version !== 3;
    });
    expect(wrong).toEqual([]);
  });

  it("decode to the same answers whatever the parameter order and extra parameters", () => {
    fc.assert(
      fc.property(
        anyAnswers,
        fc.array(fc.tuple(fc.stringMatching(/^[a-z_]{1,8}$/), fc.string({ maxLength: 8 }))),
        fc.infiniteStream(fc.nat()),
        (answers, extra, randomness) => {
          const params = [
            ...encodeAnswers(answers).split("&"),
            ...extra
              .filter(([name]) => name !== "v" && !isQuestionId(name))
              .map(([name, value]) => `${name}=${encodeURIComponent(value)}`),
          ];
          const shuffled = params
            .map((p) => [randomness.next().value, p] as const)
            .sort(([a], [b]) => a - b)
            .map(([, p]) => p);
          expect(decodeShare(shuffled.join("&"))).toEqual({ ok: true, version: 3, answers });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stay under 2,000 characters under a long base path, even for the longest answer set", () => {
    const longest = all.reduce((a, b) => (recommendationPath(a).length >= recommendationPath(b).length ? a : b));
    expect(longest.needs).toHaveLength(7);
    const worst = `${longBase.slice(0, -1)}${recommendationPath(longest)}`;
    expect(worst.length).toBeLessThan(maxShareLength);
    expect(`${longBase.slice(0, -1)}${planPath(longest)}`.length).toBeLessThan(maxShareLength);
    fc.assert(
      fc.property(anyAnswers, (answers: CompleteAnswers) => {
        const url = `${longBase.slice(0, -1)}${recommendationPath(answers)}`;
        expect(url.length).toBeLessThan(maxShareLength);
        expect(url).toContain(`/recommendation/${decide(answers).outcome}?v=3&`);
      }),
      { numRuns: 500 },
    );
  });
});

describe("share links, for any input at all", () => {
  it("never throw on arbitrary strings, and never accept an invalid answer set", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), checkSafe), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), checkSafe), { numRuns: 1000 });
  });

  it("never throw on web-style query strings", () => {
    fc.assert(fc.property(fc.webQueryParameters(), checkSafe), { numRuns: 1000 });
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => checkSafe(new URL(url).search)),
      { numRuns: 500 },
    );
  });

  it("never accept a mutated valid link unless it still encodes a valid answer set", () => {
    const vocabulary = fc.constantFrom(
      "v=1",
      "v=2",
      "v=3",
      "federation=adfs",
      "engine=mim-2016-sp3",
      "needs=none",
      "needs=device-sync",
      "forests=one",
      "in-ad=must-not",
      "licenses=none",
      "directory=ldap",
      "&",
      ",",
      "=",
      "%",
      "%2C",
      "+",
    );
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.nat(),
        text: fc.oneof(vocabulary, fc.string({ maxLength: 10 })),
      }),
      fc.record({ kind: fc.constant("drop-param" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("repeat-param" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("swap-values" as const), at: fc.nat(), with: fc.nat() }),
    );
    type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
    const apply = (query: string, m: Mutation): string => {
      const params = query.split("&");
      const i = m.at % params.length;
      switch (m.kind) {
        case "delete":
          return query.slice(0, m.at % query.length) + query.slice((m.at % query.length) + m.length);
        case "insert":
          return query.slice(0, m.at % (query.length + 1)) + m.text + query.slice(m.at % (query.length + 1));
        case "drop-param":
          return params.filter((_, j) => j !== i).join("&");
        case "repeat-param":
          return [...params, params[i]].join("&");
        case "swap-values": {
          const j = m.with % params.length;
          const [a, b] = [params[i]!.split("="), params[j]!.split("=")];
          return params.map((p, k) => (k === i ? `${a[0]}=${b[1]}` : k === j ? `${b[0]}=${a[1]}` : p)).join("&");
        }
      }
    };
    fc.assert(
      fc.property(anyAnswers, fc.array(mutation, { minLength: 1, maxLength: 4 }), (answers, mutations) => {
        checkSafe(mutations.reduce(apply, encodeAnswers(answers)));
      }),
      { numRuns: 3000 },
    );
  });
});
