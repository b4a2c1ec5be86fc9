import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { allCompleteAnswerSets } from "./enumerate";

/** The keys a complete set must hold, written from the spec's "asked when" column. */
function expectedKeys(a: Answers): string[] {
  const keys = ["engine", "directory"];
  if (a.directory === "ad") keys.push("in-ad");
  const adSynced = a.directory === "ad" && a["in-ad"] !== "must-not";
  if (adSynced) keys.push("forests", "largest-domain", "needs");
  if (a["in-ad"] === "already") keys.push("only-sync");
  if (adSynced) keys.push("existing-connect");
  if (a.directory === "ldap" || a.directory === "none" || a["in-ad"] === "can-add" || a["in-ad"] === "must-not") {
    keys.push("licenses");
  }
  keys.push("environment");
  return keys;
}

describe("enumerating the question graph", () => {
  const all = allCompleteAnswerSets();

  it("yields 25,974 complete answer sets", () => {
    // Per engine (3) and environment (2), i.e. 6 times:
    //   needs: with one forest 4 combinable needs → 2⁴−1 = 15 combinations + "none" = 16;
    //          with several forests 6 → 2⁶−1 = 63 + "none" = 64; over the 3 forest answers 16 + 64 + 64 = 144.
    //   AD, already:  144 × 3 domain sizes × 2 only-sync × 2 existing-connect = 1,728
    //   AD, can-add:  144 × 3 domain sizes × 2 existing-connect × 3 licenses  = 2,592
    //   AD, must-not: 3 licenses                                               =     3
    //   LDAP: 3 licenses; none: 3 licenses                                      =     6
    //   sum 4,329; × 6 = 25,974 (10,368 of them AD "already").
    expect(all.length).toBe(25_974);
    expect(all.filter((a) => a["in-ad"] === "already").length).toBe(10_368);
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
