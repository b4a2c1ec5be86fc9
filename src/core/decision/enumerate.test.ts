import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { allCompleteAnswerSets } from "./enumerate";

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
  if (a.directory === "ldap" || a.directory === "none" || a["in-ad"] === "can-add" || a["in-ad"] === "must-not") {
    keys.push("licenses", "mail-objects");
  }
  keys.push("environment");
  return keys;
}

describe("enumerating the question graph", () => {
  const all = allCompleteAnswerSets();

  it("yields 342,414 complete answer sets", () => {
    // Per engine (3) and environment (2), i.e. 6 times:
    //   needs: with one forest 5 combinable needs → 2⁵−1 = 31 combinations + "none" = 32;
    //          with several forests 7 → 2⁷−1 = 127 + "none" = 128; over the 3 forest answers 32 + 128 + 128 = 288.
    //   AD, already:  288 × 3 domain sizes × 3 totals × 2 only-sync × 2 existing-connect            = 10,368
    //   AD, can-add:  288 × 3 domain sizes × 3 totals × 2 existing-connect × 3 licenses × 3 mail     = 46,656
    //   AD, must-not: 3 licenses × 3 mail                                                           =      9
    //   LDAP: 3 totals × 3 licenses × 3 mail = 27; none: 3 licenses × 3 mail = 9                    =     36
    //   sum 57,069; × 6 = 342,414 (62,208 of them AD "already").
    expect(all.length).toBe(342_414);
    expect(all.filter((a) => a["in-ad"] === "already").length).toBe(62_208);
  });

  it("yields each answer set once", () => {
    expect(new Set(all.map((a) => JSON.stringify(a))).size).toBe(all.length);
  });

  it("answers exactly the questions the spec asks for each set", () => {
    const wrong = all.filter((a) => JSON.stringify(Object.keys(a)) !== JSON.stringify(expectedKeys(a)));
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it("offers the cross-forest needs only with several forests", () => {
    const wrong = all.filter(
      (a) =>
        a.forests === "one" &&
        a.needs?.some((n) => n === "same-person-several-forests" || n === "cross-forest-references"),
    );
    expect(wrong).toEqual([]);
  });
});
