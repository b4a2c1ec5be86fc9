import { describe, expect, it } from "vitest";
import { targetForOutcome } from "./default-target";

describe("the target the page starts on", () => {
  it("follows the advisor's recommendation: Connect Sync's default anchor for connect-sync, else cloud sync", () => {
    expect(targetForOutcome("connect-sync")).toBe("connect-sync-consistencyguid");
    expect(targetForOutcome("cloud-sync")).toBe("cloud-sync");
    expect(targetForOutcome("graph-connector")).toBe("cloud-sync");
    expect(targetForOutcome(undefined)).toBe("cloud-sync");
  });
});
