import { describe, expect, it } from "vitest";
import { zeroCounts } from "../match-check/types";
import { restoreApplied, restoreMatch } from "./match-store";

const saved = {
  counts: { ...zeroCounts(), collision: 2 },
  target: "cloud-sync",
  cutoff: "2024-05-01",
  checkedAt: "2026-12-03T04:00:00.000Z",
  files: ["a.csv"],
};

describe("the saved match counts", () => {
  it("are restored when whole", () => {
    expect(restoreMatch(saved)?.counts.collision).toBe(2);
  });

  it("are dropped when a count, the target or the time is wrong, and never carry rows", () => {
    expect(restoreMatch({ ...saved, counts: { ...saved.counts, new: -1 } })).toBeUndefined();
    expect(restoreMatch({ ...saved, target: "mars" })).toBeUndefined();
    expect(restoreMatch({ ...saved, checkedAt: "yesterday" })).toBeUndefined();
    expect(restoreMatch("nonsense")).toBeUndefined();
    expect(Object.keys(restoreMatch({ ...saved, rows: [{ upn: "x" }] })!)).not.toContain("rows");
  });
});

describe("the saved groups and contacts counts", () => {
  it("are restored with the users' counts when both kinds are whole, and dropped alone when not", () => {
    const objects = { group: { ...zeroCounts(), "no-ad-object": 3 }, contact: zeroCounts() };
    expect(restoreMatch({ ...saved, objects })?.objects?.group["no-ad-object"]).toBe(3);
    const broken = restoreMatch({ ...saved, objects: { group: objects.group } });
    expect(broken?.objects).toBeUndefined();
    expect(broken?.counts.collision).toBe(2);
    expect(restoreMatch(saved)?.objects).toBeUndefined();
  });
});

describe("the answers given from the tenant file", () => {
  it("keep each answer with its evidence, and drop what is malformed", () => {
    expect(
      restoreApplied({
        federation: { value: "adfs", evidence: ["contoso.com is federated", 3] },
        licenses: { value: 7 },
        junk: "x",
      }),
    ).toEqual({ federation: { value: "adfs", evidence: ["contoso.com is federated"] } });
    expect(restoreApplied(null)).toEqual({});
  });
});
