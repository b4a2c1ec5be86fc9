// The caveats v3 added or changed, in words: every engine and federation answer, for one answer
// set of each outcome and alternative (the walk checks when they are raised for every set).
import { describe, expect, it } from "vitest";
import { answersWith } from "./example-answers";
import { allCoreAnswerSets, freeCombinations, withFreeAnswers } from "./enumerate";
import { evaluate, type Evaluation } from "./evaluate";
import type { CompleteAnswers } from "./answers";

const caveat = (r: Evaluation, id: string) => r.caveats.find((c) => c.id === id);

/** One core set per outcome and alternative. */
function classRepresentatives(): CompleteAnswers[] {
  const picked = new Map<string, CompleteAnswers>();
  for (const core of allCoreAnswerSets()) {
    const r = evaluate(core);
    const key = `${r.outcome}|${r.alternative ?? ""}`;
    if (!picked.has(key)) picked.set(key, core);
  }
  return [...picked.values()];
}

describe("v3's caveats, for every engine and federation answer of each outcome and alternative", () => {
  const representatives = classRepresentatives();

  it("covers the five classes: the four outcomes, and Connect Sync with the Graph connector beside it", () => {
    expect(representatives.map((a) => `${evaluate(a).outcome}|${evaluate(a).alternative ?? ""}`).sort()).toEqual([
      "cloud-sync|",
      "connect-sync|",
      "connect-sync|graph-connector",
      "graph-connector|",
      "no-clean-fit|",
    ]);
  });

  it("words each one for its engine and sign-in, and links it to its guide section", () => {
    for (const core of representatives) {
      for (const pair of freeCombinations) {
        const r = evaluate(withFreeAnswers(core, pair));
        const upgrade = caveat(r, "upgrade-engine");
        if (pair.engine === "mim-2016-sp3") expect(upgrade).toBeUndefined();
        else {
          expect(upgrade?.anchor).toBe("lifecycle#upgrade-to-sp3");
          expect(upgrade?.text).toContain("Microsoft recommends the latest MIM 2016 Service Pack 3");
          expect(upgrade?.text).toContain("4.6.673.0");
          expect(upgrade?.text).toContain("SharePoint Server Subscription Edition");
          expect(upgrade?.text).toMatch(/Sources differ on Windows Server 2025/);
          expect(upgrade?.text.includes("out of support")).toBe(pair.engine !== "mim-2016-sp2");
          if (r.outcome === "graph-connector") expect(upgrade?.text).toMatch(/SP2/);
        }
        const claim = caveat(r, "federation-claim");
        if (claim) {
          expect(claim.anchor).toBe("migrate-safely#federated-sign-in");
          expect(claim.text).toContain("ImmutableID claim");
          expect(claim.text.includes("AD FS")).toBe(pair.federation === "adfs");
        }
        const confirm = caveat(r, "confirm-federation");
        if (confirm) expect(confirm.text).toContain("Get-MgDomain");
        const graph = caveat(r, "graph-federated-users");
        if (graph) {
          expect(graph.anchor).toBe("graph-connector#federated-users");
          expect(graph.text).toContain("not supported for users federated with AD FS");
        }
        expect(r.outcome).toBe(evaluate(core).outcome);
      }
    }
  });
});

describe("teams in v3's new situations", () => {
  it("AD FS in front of a plain cloud sync migration → check the ImmutableID claim before the pilot", () => {
    const r = evaluate(answersWith({ federation: "adfs" }));
    expect(r.outcome).toBe("cloud-sync");
    expect(caveat(r, "federation-claim")?.text).toMatch(/AD FS.*cloud sync/s);
    expect(caveat(r, "confirm-federation")).toBeUndefined();
  });

  it("an existing Connect Sync server → read its anchor first, in the wizard's configuration view", () => {
    const r = evaluate(answersWith({ needs: ["attribute-filtering"], "existing-connect": "yes" }));
    expect(r.outcome).toBe("connect-sync");
    const extend = caveat(r, "extend-existing-connect");
    expect(extend?.anchor).toBe("connect-sync#read-existing-anchor");
    expect(extend?.text).toContain("View or export current configuration");
    expect(extend?.text).toContain("base64(objectGUID)");
  });

  it("says that sources differ on hard-matching groups", () => {
    const r = evaluate(answersWith({}));
    expect(caveat(r, "match-existing-objects")?.text).toMatch(/sources differ.*test one security group/s);
  });

  it("users out of AD, federated with AD FS, on the Graph connector → recreate them or move their domain to managed", () => {
    const r = evaluate(
      answersWith({ "in-ad": "must-not", federation: "adfs", licenses: "p1-p2", "mail-objects": "no" }),
    );
    expect(r.outcome).toBe("graph-connector");
    expect(caveat(r, "graph-federated-users")?.text).toMatch(/recreating them.*managed authentication/s);
    expect(caveat(r, "federation-claim")).toBeUndefined();
  });

  it("nobody knows how users sign in, and no option fits → nothing to confirm yet", () => {
    const fits = evaluate(answersWith({ federation: "unsure" }));
    expect(caveat(fits, "confirm-federation")).toBeDefined();
    const none = evaluate(
      answersWith({ "in-ad": "must-not", federation: "unsure", licenses: "none", "mail-objects": "no" }),
    );
    expect(none.outcome).toBe("no-clean-fit");
    expect(caveat(none, "confirm-federation")).toBeUndefined();
  });
});
