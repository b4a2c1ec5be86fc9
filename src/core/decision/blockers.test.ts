import { describe, expect, it } from "vitest";
import { blockerConditions } from "./blocker-conditions";
import { blockerRules } from "./blockers";
import { optionIds } from "./outcomes";

describe("blocker wording", () => {
  it("exists once for every blocker condition, listed in the conditions' order", () => {
    for (const option of optionIds) {
      expect(blockerRules[option].map((rule) => rule.blocker.id)).toEqual(Object.keys(blockerConditions[option]));
    }
  });
});
