import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { conditionInputs } from "./conditions";
import { allCoreAnswerSets, completeAnswerSetAt, completeAnswerSetCount, coreFixed, freeQuestions } from "./enumerate";
import { isComplete } from "./flow";
import { questions, type QuestionOption } from "./questions";

/** The keys a complete set must hold, written from the spec's "asked when" column. */
function expectedKeys(a: Answers): string[] {
  const keys = ["engine", "directory"];
  if (a.directory === "ad") keys.push("in-ad");
  const adSynced = a.directory === "ad" && a["in-ad"] !== "must-not";
  if (adSynced) keys.push("forests", "largest-domain");
  if (adSynced || a.directory === "ldap") keys.push("total-objects");
  if (adSynced) keys.push("needs");
  if (a["in-ad"] === "already") keys.push("only-sync");
  if (adSynced) keys.push("existing-connect");
  keys.push("federation");
  if (a.directory === "ldap" || a.directory === "none" || a["in-ad"] === "can-add" || a["in-ad"] === "must-not") {
    keys.push("licenses", "mail-objects");
  }
  keys.push("environment");
  return keys;
}

describe("enumerating the question graph", () => {
  const core = allCoreAnswerSets();

  it("asks engine and federation always, and reads neither in any condition: every set is a core set with any of them", () => {
    for (const id of freeQuestions) expect(questions.find((q) => q.id === id)?.when).toBe("always");
    const read = questions.flatMap((q) => [
      ...conditionInputs(q.when),
      ...(q.options as readonly QuestionOption[]).flatMap((o) => (o.offeredWhen ? conditionInputs(o.offeredWhen) : [])),
    ]);
    expect(read.filter((id) => (freeQuestions as readonly string[]).includes(id))).toEqual([]);
  });

  it("yields 1,826,208 complete answer sets: 114,138 core sets, each with 4 engines and 4 federation answers", () => {
    // Per environment (2), i.e. twice:
    //   needs: with one forest 5 combinable needs → 2⁵−1 = 31 combinations + "none" = 32;
    //          with several forests 7 → 2⁷−1 = 127 + "none" = 128; over the 3 forest answers 32 + 128 + 128 = 288.
    //   AD, already:  288 × 3 domain sizes × 3 totals × 2 only-sync × 2 existing-connect            = 10,368
    //   AD, can-add:  288 × 3 domain sizes × 3 totals × 2 existing-connect × 3 licenses × 3 mail     = 46,656
    //   AD, must-not: 3 licenses × 3 mail                                                           =      9
    //   LDAP: 3 totals × 3 licenses × 3 mail = 27; none: 3 licenses × 3 mail = 9                    =     36
    //   sum 57,069; × 2 = 114,138 core sets; × 4 engines × 4 federation answers = 1,826,208
    //   (v2: × 3 engines = 342,414).
    expect(core.length).toBe(114_138);
    expect(completeAnswerSetCount()).toBe(1_826_208);
    expect(core.filter((a) => a["in-ad"] === "already").length).toBe(20_736);
    expect(core.every((a) => a.engine === coreFixed.engine && a.federation === coreFixed.federation)).toBe(true);
  });

  it("yields each core set once", () => {
    expect(new Set(core.map((a) => JSON.stringify(a))).size).toBe(core.length);
  });

  it("answers exactly the questions the spec asks for each set", () => {
    const wrong = core.filter((a) => JSON.stringify(Object.keys(a)) !== JSON.stringify(expectedKeys(a)));
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it("gives a complete set for any engine and federation answer (sampled across the product)", () => {
    for (let i = 0; i < completeAnswerSetCount(); i += 997) expect(isComplete(completeAnswerSetAt(i))).toBe(true);
  });

  it("offers the cross-forest needs only with several forests", () => {
    const wrong = core.filter(
      (a) =>
        a.forests === "one" &&
        a.needs?.some((n) => n === "same-person-several-forests" || n === "cross-forest-references"),
    );
    expect(wrong).toEqual([]);
  });
});
