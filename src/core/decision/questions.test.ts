import { describe, expect, it } from "vitest";
import { answerValues, questionIds } from "./answers";
import { conditionInputs } from "./conditions";
import { optionHint, questionHint, questionHints } from "./question-hints";
import { questions } from "./questions";

describe("the question graph", () => {
  it("asks the spec's questions in the spec's order", () => {
    expect(questions.map((q) => q.id)).toEqual([
      "engine",
      "directory",
      "in-ad",
      "forests",
      "largest-domain",
      "total-objects",
      "needs",
      "only-sync",
      "existing-connect",
      "federation",
      "licenses",
      "mail-objects",
      "environment",
    ]);
    expect(Object.keys(answerValues)).toEqual([...questionIds]);
  });

  it("offers exactly the spec's values for each question, in order", () => {
    expect(Object.fromEntries(questions.map((q) => [q.id, q.options.map((o) => o.value)]))).toEqual({
      engine: ["fim-2010-r2", "mim-2016-pre-sp2", "mim-2016-sp2", "mim-2016-sp3"],
      directory: ["ad", "ldap", "none"],
      "in-ad": ["already", "can-add", "must-not"],
      forests: ["one", "several-connected", "several-disconnected"],
      "largest-domain": ["under-100k", "100k-150k", "over-150k"],
      "total-objects": ["under-100k", "100k-or-more", "unsure"],
      needs: [
        "same-person-several-forests",
        "groups-over-50k",
        "device-sync",
        "device-writeback",
        "attribute-filtering",
        "pta-or-adfs-setup",
        "cross-forest-references",
        "none",
      ],
      "only-sync": ["yes", "no"],
      "existing-connect": ["yes", "no"],
      federation: ["managed", "adfs", "other-idp", "unsure"],
      licenses: ["p1-p2", "none", "unsure"],
      "mail-objects": ["yes", "no", "unsure"],
      environment: ["production", "non-production"],
    });
  });

  it("makes needs the only multiple-choice question, with none as its only exclusive option", () => {
    expect(questions.filter((q) => q.kind === "multi").map((q) => q.id)).toEqual(["needs"]);
    const exclusive = questions.flatMap((q) =>
      q.options.filter((o) => "exclusive" in o && o.exclusive === true).map((o) => `${q.id}=${o.value}`),
    );
    expect(exclusive).toEqual(["needs=none"]);
  });

  it("offers the two cross-forest needs only when several forests are in scope", () => {
    const conditional = questions.flatMap((q) =>
      q.options.filter((o) => "offeredWhen" in o && o.offeredWhen !== undefined).map((o) => o.value),
    );
    expect(conditional).toEqual(["same-person-several-forests", "cross-forest-references"]);
  });

  it("decides whether a question is asked only from questions asked before it", () => {
    for (const [index, question] of questions.entries()) {
      const earlier = questionIds.slice(0, index) as readonly string[];
      for (const input of conditionInputs(question.when)) expect(earlier).toContain(input);
      for (const option of question.options) {
        const offeredWhen = "offeredWhen" in option ? option.offeredWhen : undefined;
        for (const input of offeredWhen === undefined ? [] : conditionInputs(offeredWhen)) {
          expect(earlier).toContain(input);
        }
      }
    }
  });

  it("has help only for questions and options the graph holds", () => {
    for (const q of questions) {
      const values: readonly string[] = q.options.map((o) => o.value);
      expect(values).toEqual(expect.arrayContaining(Object.keys(questionHints[q.id].options ?? {})));
      for (const o of q.options) expect(optionHint(q.id, o.value) ?? "x").not.toBe("");
    }
  });

  it("words every question as a question, with help, a short label and a guide link", () => {
    for (const q of questions) {
      expect(q.title).toMatch(/\?$/);
      expect(questionHint(q.id).length).toBeGreaterThan(20);
      expect(q.shortLabel.length).toBeGreaterThan(0);
      for (const o of q.options) expect(o.label.length).toBeGreaterThan(1);
      expect(new Set(q.options.map((o) => o.label)).size).toBe(q.options.length);
    }
  });
});
