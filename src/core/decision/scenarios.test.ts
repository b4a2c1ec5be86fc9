import { describe, expect, it } from "vitest";
import type { CompleteAnswers } from "./answers";
import { evaluate, type Evaluation } from "./evaluate";
import type { OptionId } from "./outcomes";
import { oneForestFromHr } from "./example-answers";

const caveats = (r: Evaluation) => r.caveats.map((c) => c.id);
const blockers = (r: Evaluation, option: OptionId) => r.options[option].blockers.map((b) => b.id);

describe("people who already provision into AD", () => {
  it("one forest, MIM feeds AD from HR, 40k users → cloud sync", () => {
    const r = evaluate(oneForestFromHr);
    expect(r.outcome).toBe("cloud-sync");
    expect(r.recommended).toBe("cloud-sync");
    expect(caveats(r)).toEqual([
      "partner",
      "pilot-disjoint-scopes",
      "match-existing-objects",
      "mim-support-ends",
      "remove-old-connector",
    ]);
    expect(r.caveats.find((c) => c.id === "match-existing-objects")?.text).toMatch(/hard match/);
    expect(r.options["connect-sync"].fits).toBe(true);
    expect(r.options["connect-sync"].whyNot?.anchor).toBe("connect-sync#strategic-direction");
    expect(blockers(r, "graph-connector")).toEqual(["provisions-into-ad"]);
    expect(r.reasons.map((x) => x.id)).toContain("in-ad-already");
  });

  it("FIM 2010 R2 that only copies AD to Entra ID, in a test lab → cloud sync, upgrade the engine, then retire it", () => {
    const r = evaluate({
      engine: "fim-2010-r2",
      directory: "ad",
      "in-ad": "already",
      forests: "several-connected",
      "largest-domain": "under-100k",
      "total-objects": "under-100k",
      needs: ["none"],
      "only-sync": "yes",
      "existing-connect": "no",
      federation: "managed",
      environment: "non-production",
    });
    expect(r.outcome).toBe("cloud-sync");
    expect(caveats(r)).toEqual([
      "upgrade-engine",
      "retire-sync-engine",
      "pilot-disjoint-scopes",
      "match-existing-objects",
      "remove-old-connector",
    ]);
    expect(r.caveats[0]?.text).toContain("9 January 2029");
  });

  it("Connect already running for other objects and a 120k domain → cloud sync with exclusive-scopes caveat", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ad",
      "in-ad": "already",
      forests: "one",
      "largest-domain": "100k-150k",
      "total-objects": "100k-or-more",
      needs: ["none"],
      "only-sync": "no",
      "existing-connect": "yes",
      federation: "managed",
      environment: "production",
    });
    expect(r.outcome).toBe("cloud-sync");
    expect(caveats(r)).toContain("exclusive-scopes");
    expect(caveats(r)).not.toContain("full-sql-server");
    expect(caveats(r)).not.toContain("extend-existing-connect");
    // The existing Connect Sync server must itself run a build that still syncs.
    expect(r.caveats.find((c) => c.id === "connect-version")?.text).toMatch(/stopped syncing on 30 September 2026/);
  });

  it("two disconnected forests with the same person in both → no-clean-fit", () => {
    const answers: CompleteAnswers = {
      engine: "mim-2016-pre-sp2",
      directory: "ad",
      "in-ad": "already",
      forests: "several-disconnected",
      "largest-domain": "under-100k",
      "total-objects": "under-100k",
      needs: ["same-person-several-forests"],
      "only-sync": "no",
      "existing-connect": "no",
      federation: "managed",
      environment: "non-production",
    };
    const r = evaluate(answers);
    expect(r.outcome).toBe("no-clean-fit");
    expect(r.recommended).toBeUndefined();
    expect(blockers(r, "cloud-sync")).toEqual(["same-person-several-forests"]);
    expect(blockers(r, "connect-sync")).toEqual(["disconnected-forests"]);
    expect(blockers(r, "graph-connector")).toEqual(["provisions-into-ad"]);
    expect(caveats(r)).toEqual(["upgrade-engine", "partner", "remove-old-connector"]);
    for (const option of ["cloud-sync", "connect-sync", "graph-connector"] as const) {
      for (const b of r.options[option].blockers) expect(b.unblock.length).toBeGreaterThan(20);
    }
    expect(r.whatWouldChange.map((c) => [c.questionId, c.to, c.outcome])).toEqual([
      ["forests", "several-connected", "connect-sync"],
      ["needs", ["none"], "cloud-sync"],
    ]);
  });

  it("hybrid-joined devices and a 200k domain → Connect Sync on a full SQL Server, expecting to revisit", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ad",
      "in-ad": "already",
      forests: "one",
      "largest-domain": "over-150k",
      "total-objects": "100k-or-more",
      needs: ["device-sync"],
      "only-sync": "no",
      "existing-connect": "no",
      federation: "managed",
      environment: "production",
    });
    expect(r.outcome).toBe("connect-sync");
    expect(blockers(r, "cloud-sync")).toEqual(["domain-over-150k", "device-sync"]);
    expect(r.options["cloud-sync"].blockers[1]?.text).toMatch(/preview/);
    expect(caveats(r)).toEqual([
      "full-sql-server",
      "strategic-direction",
      "partner",
      "pilot-disjoint-scopes",
      "match-existing-objects",
      "mim-support-ends",
      "remove-old-connector",
    ]);
    // Removing one blocker still leaves the other: no single change brings cloud sync back.
    expect(r.whatWouldChange.map((c) => c.outcome)).not.toContain("cloud-sync");
  });

  it("attribute filtering in a tenant that already runs Connect Sync → extend the existing Connect server", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ad",
      "in-ad": "already",
      forests: "several-connected",
      "largest-domain": "under-100k",
      "total-objects": "under-100k",
      needs: ["attribute-filtering"],
      "only-sync": "yes",
      "existing-connect": "yes",
      federation: "managed",
      environment: "production",
    });
    expect(r.outcome).toBe("connect-sync");
    expect(caveats(r)).toContain("extend-existing-connect");
    expect(caveats(r)).toContain("connect-version");
    expect(caveats(r)).not.toContain("exclusive-scopes");
    expect(caveats(r)).not.toContain("mim-support-ends");
    // v2 retires the engine for Connect Sync too, and says that this is our inference.
    expect(r.caveats.find((c) => c.id === "retire-sync-engine")?.text).toMatch(/our inference/);
  });
});

describe("people whose users could be added to AD", () => {
  it("one forest with P1 licenses → cloud sync after adding AD provisioning, with Connect Sync and Graph as fitting fallbacks", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ad",
      "in-ad": "can-add",
      forests: "one",
      "largest-domain": "under-100k",
      "total-objects": "under-100k",
      needs: ["none"],
      "existing-connect": "no",
      licenses: "p1-p2",
      "mail-objects": "no",
      federation: "managed",
      environment: "production",
    });
    expect(r.outcome).toBe("cloud-sync");
    expect(caveats(r)).toContain("add-ad-provisioning");
    expect(r.options["connect-sync"].whyNot).toBeDefined();
    expect(r.options["graph-connector"].whyNot?.anchor).toBe("overview#how-to-choose");
  });

  it("a 120k domain needing device sync → Connect Sync after adding AD provisioning, on a full SQL Server", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ad",
      "in-ad": "can-add",
      forests: "one",
      "largest-domain": "100k-150k",
      "total-objects": "100k-or-more",
      needs: ["device-sync"],
      "existing-connect": "no",
      licenses: "none",
      "mail-objects": "no",
      federation: "managed",
      environment: "non-production",
    });
    expect(r.outcome).toBe("connect-sync");
    expect(caveats(r)).toEqual([
      "add-ad-provisioning",
      "full-sql-server",
      "strategic-direction",
      "pilot-disjoint-scopes",
      "match-existing-objects",
      "mim-support-ends",
      "remove-old-connector",
    ]);
    expect(blockers(r, "graph-connector")).toEqual(["no-p1-p2"]);
  });

  const disconnectedBigGroups: CompleteAnswers = {
    engine: "mim-2016-sp3",
    directory: "ad",
    "in-ad": "can-add",
    forests: "several-disconnected",
    "largest-domain": "under-100k",
    "total-objects": "under-100k",
    needs: ["groups-over-50k"],
    "existing-connect": "no",
    licenses: "p1-p2",
    "mail-objects": "no",
    federation: "managed",
    environment: "production",
  };

  it("disconnected forests and groups over 50,000 members, with P1 → the Graph connector instead of adding them to AD", () => {
    const r = evaluate(disconnectedBigGroups);
    expect(r.outcome).toBe("graph-connector");
    expect(blockers(r, "cloud-sync")).toEqual(["groups-over-50k"]);
    expect(blockers(r, "connect-sync")).toEqual(["disconnected-forests"]);
    expect(caveats(r)).toEqual([
      "partner",
      "pilot-disjoint-scopes",
      "graph-existing-objects",
      "graph-no-overlap",
      "mim-support-ends",
      "remove-old-connector",
    ]);
  });

  it("the same forests, but the old connector also sends distribution groups → no clean fit: Graph cannot take mail objects over", () => {
    const r = evaluate({ ...disconnectedBigGroups, "mail-objects": "yes" });
    expect(r.outcome).toBe("no-clean-fit");
    expect(blockers(r, "graph-connector")).toEqual(["mail-objects"]);
    expect(r.whatWouldChange.map((c) => [c.questionId, c.to, c.outcome])).toEqual([
      ["directory", "ldap", "connect-sync"],
      ["forests", "one", "connect-sync"],
      ["forests", "several-connected", "connect-sync"],
      ["needs", ["none"], "cloud-sync"],
      ["mail-objects", "no", "graph-connector"],
      ["mail-objects", "unsure", "graph-connector"],
    ]);
  });

  it("Windows Hello for Business on certificate trust, needing device writeback → Connect Sync, not cloud sync", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ad",
      "in-ad": "can-add",
      forests: "one",
      "largest-domain": "under-100k",
      "total-objects": "unsure",
      needs: ["device-writeback"],
      "existing-connect": "no",
      licenses: "p1-p2",
      "mail-objects": "no",
      federation: "managed",
      environment: "non-production",
    });
    expect(r.outcome).toBe("connect-sync");
    expect(blockers(r, "cloud-sync")).toEqual(["device-writeback"]);
    expect(r.options["cloud-sync"].blockers[0]?.text).toMatch(/Cloud Kerberos trust/);
    expect(caveats(r)).toContain("count-objects");
    expect(caveats(r)).not.toContain("full-sql-server");
  });

  it("every route blocked and no P1/P2 → no-clean-fit, with what would unblock each option", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ad",
      "in-ad": "can-add",
      forests: "several-disconnected",
      "largest-domain": "over-150k",
      "total-objects": "100k-or-more",
      needs: ["pta-or-adfs-setup", "cross-forest-references"],
      "existing-connect": "yes",
      licenses: "none",
      "mail-objects": "no",
      federation: "managed",
      environment: "non-production",
    });
    expect(r.outcome).toBe("no-clean-fit");
    expect(blockers(r, "cloud-sync")).toEqual(["domain-over-150k", "pta-or-adfs-setup", "cross-forest-references"]);
    expect(blockers(r, "connect-sync")).toEqual(["disconnected-forests"]);
    expect(blockers(r, "graph-connector")).toEqual(["no-p1-p2"]);
    expect(caveats(r)).toEqual(["partner", "connect-version", "remove-old-connector"]);
    expect(r.reasons).toHaveLength(5);
  });
});

describe("people whose users stay out of any on-premises directory", () => {
  it("users must stay out of AD with P1 → graph-connector, after upgrading to SP2", () => {
    const r = evaluate({
      engine: "mim-2016-pre-sp2",
      directory: "ad",
      "in-ad": "must-not",
      licenses: "p1-p2",
      "mail-objects": "no",
      federation: "managed",
      environment: "production",
    });
    expect(r.outcome).toBe("graph-connector");
    expect(blockers(r, "cloud-sync")).toEqual(["must-stay-out-of-ad"]);
    expect(blockers(r, "connect-sync")).toEqual(["must-stay-out-of-ad"]);
    expect(caveats(r)).toEqual([
      "upgrade-engine",
      "partner",
      "pilot-disjoint-scopes",
      "graph-existing-objects",
      "graph-no-overlap",
      "mim-support-ends",
      "remove-old-connector",
    ]);
    expect(r.caveats[0]?.text).toContain("needs at least SP2");
  });

  it("users must stay out of AD and nobody knows the licenses → graph-connector, confirm the licenses", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ad",
      "in-ad": "must-not",
      licenses: "unsure",
      "mail-objects": "unsure",
      federation: "managed",
      environment: "non-production",
    });
    expect(r.outcome).toBe("graph-connector");
    expect(caveats(r)).toEqual([
      "confirm-licenses",
      "confirm-mail-objects",
      "pilot-disjoint-scopes",
      "graph-existing-objects",
      "graph-no-overlap",
      "mim-support-ends",
      "remove-old-connector",
    ]);
  });

  it("users must stay out of AD without P1/P2 → no-clean-fit, which licenses would change (an LDAP directory would raise a new question)", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ad",
      "in-ad": "must-not",
      licenses: "none",
      "mail-objects": "no",
      federation: "managed",
      environment: "non-production",
    });
    expect(r.outcome).toBe("no-clean-fit");
    expect(r.whatWouldChange.map((c) => [c.questionId, c.to, c.outcome])).toEqual([
      ["licenses", "p1-p2", "graph-connector"],
      ["licenses", "unsure", "graph-connector"],
    ]);
    const licenses = r.whatWouldChange.find((c) => c.to === "p1-p2");
    expect(licenses?.anchor).toBe("graph-connector#licensing");
    expect(licenses?.text).toContain("No Entra ID P1 or P2");
  });

  it("no on-premises directory, with P1/P2 → the Graph connector", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "none",
      licenses: "p1-p2",
      "mail-objects": "no",
      federation: "managed",
      environment: "production",
    });
    expect(r.outcome).toBe("graph-connector");
    expect(r.reasons.map((x) => x.id)).toEqual([
      "no-directory",
      "rules-out-cloud-sync-no-ad",
      "rules-out-connect-sync-no-directory",
      "licenses-p1-p2",
      "mail-objects-no",
    ]);
  });

  it("no on-premises directory and no P1/P2 → no-clean-fit: nothing to read and no license for Graph", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "none",
      licenses: "none",
      "mail-objects": "no",
      federation: "managed",
      environment: "production",
    });
    expect(r.outcome).toBe("no-clean-fit");
    expect(blockers(r, "cloud-sync")).toEqual(["no-ad"]);
    expect(blockers(r, "connect-sync")).toEqual(["no-directory"]);
    expect(blockers(r, "graph-connector")).toEqual(["no-p1-p2"]);
  });
});

describe("people with a non-AD LDAP directory", () => {
  it("LDAP-only directory, object total unknown, in a test lab → connect-sync with LDAP caveat and graph alternative, count the objects, no partner", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ldap",
      "total-objects": "unsure",
      licenses: "p1-p2",
      "mail-objects": "unsure",
      federation: "managed",
      environment: "non-production",
    });
    expect(r.outcome).toBe("connect-sync");
    expect(r.alternative).toBe("graph-connector");
    expect(r.options["graph-connector"].fits).toBe(true);
    expect(r.options["graph-connector"].whyNot?.text).toMatch(/alternative/);
    expect(blockers(r, "cloud-sync")).toEqual(["no-ad"]);
    expect(caveats(r)).toEqual([
      "count-objects",
      "ldap-limited-support",
      "confirm-mail-objects",
      "strategic-direction",
      "pilot-disjoint-scopes",
      "match-existing-objects",
      "mim-support-ends",
      "remove-old-connector",
    ]);
  });

  it("LDAP-only directory without P1/P2 → connect-sync with no alternative", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ldap",
      "total-objects": "100k-or-more",
      licenses: "none",
      "mail-objects": "no",
      federation: "managed",
      environment: "production",
    });
    expect(r.outcome).toBe("connect-sync");
    expect(r.alternative).toBeUndefined();
    expect(blockers(r, "graph-connector")).toEqual(["no-p1-p2"]);
    expect(caveats(r)).toContain("full-sql-server");
    expect(caveats(r)).toContain("partner");
  });

  it("LDAP-only directory whose old connector sends contacts → connect-sync with no alternative", () => {
    const r = evaluate({
      engine: "mim-2016-sp3",
      directory: "ldap",
      "total-objects": "under-100k",
      licenses: "unsure",
      "mail-objects": "yes",
      federation: "managed",
      environment: "production",
    });
    expect(r.alternative).toBeUndefined();
    expect(blockers(r, "graph-connector")).toEqual(["mail-objects"]);
    expect(caveats(r)).not.toContain("confirm-licenses");
  });
});
