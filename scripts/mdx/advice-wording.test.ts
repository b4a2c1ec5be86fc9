// The December 2026 review found advice that would hurt a migration. These checks keep it out of
// every guide page and the advisor's own wording; the plan's steps have the same checks
// (src/features/plan/build-plan.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockerRules } from "../../src/core/decision/blockers";
import { caveatsFor } from "../../src/core/decision/caveats";
import { allCoreAnswerSets, freeCombinations, withFreeAnswers } from "../../src/core/decision/enumerate";
import { optionIds } from "../../src/core/decision/outcomes";
import { questionHints } from "../../src/core/decision/question-hints";
import { questions } from "../../src/core/decision/questions";
import { decide } from "../../src/core/decision/decide";

const contentDir = path.resolve(import.meta.dirname, "../../content/guide");
const pages = readdirSync(contentDir)
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => ({ name, text: readFileSync(path.join(contentDir, name), "utf8").replace(/\s+/g, " ") }));

/** Every distinct caveat text the advisor can show (one answer set per decision and caveat set is enough). */
function advisorTexts(): string[] {
  const texts = new Set<string>();
  for (const q of questions) {
    texts.add(q.title);
    for (const o of q.options) texts.add(o.label);
  }
  for (const h of Object.values(questionHints)) {
    texts.add(h.hint);
    for (const t of Object.values(h.options ?? {})) texts.add(t as string);
  }
  for (const o of optionIds) for (const r of blockerRules[o]) texts.add(`${r.blocker.text} ${r.blocker.unblock}`);
  // Every 97th core set, with every engine and federation answer (the caveats v3 changed read them).
  for (const core of allCoreAnswerSets().filter((_, i) => i % 97 === 0))
    for (const pair of freeCombinations) {
      const a = withFreeAnswers(core, pair);
      for (const c of caveatsFor(a, decide(a))) texts.add(c.text);
    }
  return [...texts];
}

/** Sentences of a text that match a pattern, for a readable failure. */
const sentencesMatching = (text: string, pattern: RegExp) =>
  text
    .split(/(?<=[.!?])\s+/)
    // The What changed page quotes the old advice on purpose, after "Before:".
    .filter((sentence) => pattern.test(sentence) && !/\bBefore:/.test(sentence));

const wrongAdvice: { says: string; pattern: RegExp }[] = [
  {
    says: "offers soft match as a fallback for the old connector's objects",
    pattern: /\b(or|otherwise|else|fall(ing)? back (on|to)|failing that,?) (rely on |use |a )?soft[ -]match/i,
  },
  {
    says: "says one connector per AD domain",
    pattern: /\b(one|an?) (AD |Active Directory )?connector (per|for each) (AD )?domain/i,
  },
  {
    says: "words the 30 September 2026 deadline as still to come",
    pattern: /\b(by|before|until) 30 Sep(tember)? 2026|30 Sep(tember)? 2026[^.]*\b(will|must)\b/i,
  },
  {
    says: "says removing the old connector cannot reach Entra ID",
    pattern:
      /\b(cannot|can't|can ?not|does not|never) (send|reach|delete|propagate)[^.]{0,40}(to |in |from )?(Microsoft )?Entra ID/i,
  },
  {
    says: "tells readers to install 2.5.79.0 as the target build",
    pattern: /install (version |build )?2\.5\.79\.0 or later/i,
  },
];

describe("advice the December 2026 review found wrong", () => {
  for (const { says, pattern } of wrongAdvice) {
    it(`no guide page ${says}`, () => {
      const found = pages.flatMap(({ name, text }) => sentencesMatching(text, pattern).map((s) => `${name}: ${s}`));
      expect(found).toEqual([]);
    });
  }

  it("the advisor's questions, blockers and caveats hold none of it either", () => {
    const texts = advisorTexts();
    const found = wrongAdvice.flatMap(({ says, pattern }) =>
      texts.flatMap((t) => sentencesMatching(t, pattern).map((s) => `${says}: ${s}`)),
    );
    expect(found).toEqual([]);
  });

  it("would catch each of them (the patterns match the wording the review quoted)", () => {
    const quoted = [
      "Have MIM write ms-DS-ConsistencyGuid with the value behind its ImmutableId, or rely on soft match.",
      "Create one connector per AD domain.",
      "Every server must run 2.5.79.0 or later by 30 September 2026.",
      "Deleting the old management agent cannot send deletions to Entra ID.",
      "Install 2.5.79.0 or later.",
    ];
    wrongAdvice.forEach(({ pattern }, i) => expect(quoted[i]).toMatch(pattern));
  });
});

// The procedure review of 3 December 2026 (../shared/reference/procedure-review-2026-12.md) found more
// advice that a reader who follows it could get hurt by. These checks cover the guide's pages; the
// advisor's and the plan's wording are their owners' to check.
const procedureReviewWrongAdvice: { says: string; pattern: RegExp; quoted: string }[] = [
  {
    says: "says every object leaving scope is soft-deleted and restorable",
    pattern: /\b(every|each|all|any) objects?\b[^.]{0,60}\bsoft-deleted/i,
    quoted: "Each object leaving the scope is deleted from Entra ID, soft-deleted and restorable for 30 days.",
  },
  {
    says: "says synced groups are soft-deleted",
    pattern: /(?<!Microsoft 365 )\bgroups?\b[^.|]{0,40}\b(are|is) soft-deleted/i,
    quoted: "Users and groups are soft-deleted and can be restored for 30 days.",
  },
  {
    says: "says MIM 2016 SP3 is unconfirmed or delayed",
    pattern:
      /(SP3|Service Pack 3)[^.]{0,80}\b(delayed|unconfirmed|not confirmed)\b|no Microsoft page[^.]{0,40}confirms[^.]{0,10}(SP3|Service Pack 3)/i,
    quoted: "Third-party sources report that Microsoft announced a MIM 2016 Service Pack 3 and then delayed it.",
  },
  {
    says: "makes MIM 2016 SP2 the target build",
    pattern: /\btarget is \**MIM 2016 (Service Pack 2|SP2)\b/i,
    quoted: "The target is **MIM 2016 Service Pack 2, build 4.6.34.0**.",
  },
  {
    says: "states as settled that groups that are not mail-enabled cannot be hard matched",
    pattern:
      /^(?!.*\b(says|said)\b).*\bnot mail-enabled (cannot|can't|can not) be (soft or hard |soft matched or hard |hard )?matched/i,
    quoted: "Groups that are not mail-enabled cannot be soft or hard matched.",
  },
];

describe("advice the December 2026 procedure review found wrong", () => {
  for (const { says, pattern } of procedureReviewWrongAdvice) {
    it(`no guide page ${says}`, () => {
      const found = pages.flatMap(({ name, text }) => sentencesMatching(text, pattern).map((s) => `${name}: ${s}`));
      expect(found).toEqual([]);
    });
  }

  it("would catch each of them (the patterns match the wording the review quoted)", () => {
    for (const { quoted, pattern } of procedureReviewWrongAdvice) expect(quoted).toMatch(pattern);
  });
});
