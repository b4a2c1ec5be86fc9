import { describe, expect, it } from "vitest";
import { guideAnchors } from "../../shared/guide-anchors";
import { gateIds, judgeGates, readPendingExportBytes, type GateId, type GateInputs } from ".";
import { attr, csObject, csObjects, encode, fixtureBytes } from "./testing/fixtures";

const read = (...objects: string[]) => readPendingExportBytes("pending.xml", encode(csObjects(...objects)));
const entra = () => readPendingExportBytes("pending.xml", fixtureBytes("connect-sync-entra.xml"));
const gateOf = (id: GateId, summary = entra(), inputs: GateInputs = {}) =>
  judgeGates(summary, inputs).find((gate) => gate.id === id)!;
const deletes = (count: number, operation = "delete") =>
  Array.from({ length: count }, (_, index) => csObject({ dn: `CN=d${index}`, operation }));

describe("the gates", () => {
  it("are judged in the contract's order, each with a reason and a registered guide anchor", () => {
    const gates = judgeGates(entra());
    expect(gates.map((gate) => gate.id)).toEqual([...gateIds]);
    for (const gate of gates) {
      expect(gate.reason.length).toBeGreaterThan(20);
      expect(guideAnchors).toContain(gate.anchor);
    }
  });
});

describe("a file that could not be read", () => {
  it("passes no gate, whatever its empty counts would say", () => {
    const ldif = readPendingExportBytes("users.ldf", encode("version: 1\ndn: CN=a,DC=x\n"));
    const cutEarly = readPendingExportBytes("cut.xml", encode(csObjects(...deletes(2)).slice(0, 60)));
    for (const summary of [ldif, cutEarly]) {
      expect(summary.partial).toBe(true);
      const gates = judgeGates(summary, { matchUserKeys: ["x@x"], oldConnector: { keys: ["k"] } });
      expect(gates.map((gate) => gate.result)).toEqual(["unknown", "unknown", "unknown", "unknown"]);
    }
  });
});

describe("delete-threshold", () => {
  it("passes at the threshold and fails above it (500 by default)", () => {
    expect(gateOf("delete-threshold", read(...deletes(500))).result).toBe("pass");
    const over = gateOf("delete-threshold", read(...deletes(501)));
    expect(over.result).toBe("fail");
    expect(over.reason).toMatch(/501 deletes pending: more than the threshold of 500/);
    expect(over.examples).toHaveLength(10);
  });

  it("judges against the threshold the visitor set", () => {
    const summary = entra();
    expect(gateOf("delete-threshold", summary, { deleteThreshold: 2 }).result).toBe("pass");
    expect(gateOf("delete-threshold", summary, { deleteThreshold: 1 }).result).toBe("fail");
    expect(gateOf("delete-threshold", summary, { deleteThreshold: Number.NaN }).reason).toMatch(/threshold of 500/);
  });

  it("counts a delete-add as a delete", () => {
    const gate = gateOf("delete-threshold", read(...deletes(1), ...deletes(1, "delete-add")), { deleteThreshold: 1 });
    expect(gate.result).toBe("fail");
    expect(gate.reason).toMatch(/1 delete and 1 delete-add/);
  });

  it("is unknown, never a pass, when a partly read file is within the threshold", () => {
    const text = csObjects(...deletes(3));
    const summary = readPendingExportBytes("cut.xml", encode(text.slice(0, text.lastIndexOf("<cs-object"))));
    expect(summary.partial).toBe(true);
    expect(gateOf("delete-threshold", summary).result).toBe("unknown");
  });
});

describe("adds-should-match", () => {
  it("is unknown without the match check's users", () => {
    expect(gateOf("adds-should-match").result).toBe("unknown");
    expect(gateOf("adds-should-match", entra(), { matchUserKeys: [] }).result).toBe("unknown");
  });

  it("fails on an add whose UPN is a user the match check read, whatever the case", () => {
    const gate = gateOf("adds-should-match", entra(), { matchUserKeys: ["NADIA.okafor@contoso.com"] });
    expect(gate.result).toBe("fail");
    expect(gate.examples).toEqual(["CN={6E61646961}"]);
  });

  it("fails on an add whose primary SMTP address or mail is a user's", () => {
    const smtp = read(
      csObject({ dn: "CN=a", operation: "add", delta: attr("proxyAddresses", ["SMTP:p@x", "smtp:s@x"], "add") }),
    );
    expect(gateOf("adds-should-match", smtp, { matchUserKeys: ["p@x"] }).result).toBe("fail");
    expect(gateOf("adds-should-match", smtp, { matchUserKeys: ["s@x"] }).result).toBe("pass");
    const mail = read(csObject({ dn: "CN=a", operation: "add", delta: attr("mail", ["m@x"], "add") }));
    expect(gateOf("adds-should-match", mail, { matchUserKeys: ["m@x"] }).result).toBe("fail");
  });

  it("passes when no add shares a UPN or SMTP address with the users read", () => {
    const gate = gateOf("adds-should-match", entra(), { matchUserKeys: ["someone.else@contoso.com"] });
    expect(gate.result).toBe("pass");
  });

  it("is unknown when the file had more adds than were kept", () => {
    const adds = Array.from({ length: 3 }, (_, index) => csObject({ dn: `CN=a${index}`, operation: "add" }));
    const summary = readPendingExportBytes("x.xml", encode(csObjects(...adds)), { limits: { gateKeys: 2 } });
    expect(gateOf("adds-should-match", summary, { matchUserKeys: ["x@x"] }).result).toBe("unknown");
  });
});

describe("anchor-changes", () => {
  it("fails on an update of sourceAnchor, and on a delete-add, naming both", () => {
    const gate = gateOf("anchor-changes");
    expect(gate.result).toBe("fail");
    expect(gate.examples).toEqual(["CN={726570} (delete-add)", "CN={616e63686f72} (sourceAnchor)"]);
    expect(entra().anchorChanges.find((change) => change.what === "sourceAnchor")).toMatchObject({
      before: "T2xkQW5jaG9yVmFsdWU=",
      after: "TmV3QW5jaG9yVmFsdWU=",
    });
  });

  it("fails on an update of ms-DS-ConsistencyGuid (an AD agent's file), whatever its case", () => {
    const summary = read(
      csObject({ dn: "CN=u", operation: "update", delta: attr("mS-DS-ConsistencyGuid", ["AAAA"], "replace") }),
    );
    expect(gateOf("anchor-changes", summary).result).toBe("fail");
  });

  it("fails when the delta's connector space anchor differs from the synchronized one", () => {
    const summary = read(
      csObject({
        dn: "CN=u",
        operation: "update",
        delta: `<anchor encoding="base64">TmV3</anchor>${attr("title", ["x"], "replace")}`,
        before: `<anchor encoding="base64">T2xk</anchor>`,
      }),
    );
    expect(gateOf("anchor-changes", summary).examples).toEqual(["CN=u (anchor)"]);
  });

  it("is unknown, never a pass, when a partly read file shows no anchor change", () => {
    const text = csObjects(
      csObject({ dn: "CN=a", operation: "update", delta: attr("title", ["x"], "replace") }),
      csObject({ dn: "CN=b", operation: "update", delta: attr("title", ["y"], "replace") }),
    );
    const summary = readPendingExportBytes("cut.xml", encode(text.slice(0, text.lastIndexOf("<attr"))));
    expect(gateOf("anchor-changes", summary).result).toBe("unknown");
  });

  it("passes when no update touches an anchor", () => {
    const summary = read(csObject({ dn: "CN=u", operation: "update", delta: attr("title", ["x"], "replace") }));
    expect(gateOf("anchor-changes", summary).result).toBe("pass");
  });
});

describe("old-connector-deletes", () => {
  it("is unknown when nothing tells whose objects the deletes are", () => {
    const gate = gateOf("old-connector-deletes");
    expect(gate.result).toBe("unknown");
    expect(gate.reason).toMatch(/cannot be told from this file alone/);
  });

  it("fails when the file is the old connector's own agent and has deletes", () => {
    const gate = gateOf("old-connector-deletes", entra(), {
      oldConnector: { names: ["CONTOSO.onmicrosoft.com - AAD "] },
    });
    expect(gate.result).toBe("fail");
  });

  it("fails when a delete's sourceAnchor or cloud id is among the old connector's objects", () => {
    expect(
      gateOf("old-connector-deletes", entra(), { oldConnector: { keys: ["T2xkQW5jaG9yVmFsdWU="] } }).examples,
    ).toEqual(["CN={6F6C64}"]);
    expect(
      gateOf("old-connector-deletes", entra(), { oldConnector: { keys: ["5C1F3A2E-9B7D-4C61-8E0A-2F4D6B8A1C3E"] } })
        .result,
    ).toBe("fail");
  });

  it("is unknown when the old connector's own file, read in part, shows no delete", () => {
    const text = csObjects(
      csObject({ dn: "CN=a", ma: "WAAD", operation: "update", delta: attr("title", ["x"], "replace") }),
    );
    const summary = readPendingExportBytes("cut.xml", encode(text.slice(0, text.lastIndexOf("</cs-objects>"))));
    expect(summary.partial).toBe(true);
    expect(gateOf("old-connector-deletes", summary, { oldConnector: { names: ["WAAD"] } }).result).toBe("unknown");
  });

  it("compares base64 anchors with their case (another case is another anchor), GUIDs without it", () => {
    expect(gateOf("old-connector-deletes", entra(), { oldConnector: { keys: ["t2xkqw5jag9yvmfsdwu="] } }).result).toBe(
      "pass",
    );
    expect(
      gateOf("old-connector-deletes", entra(), { oldConnector: { keys: ["5c1f3a2e-9b7d-4c61-8e0a-2f4d6b8a1c3e"] } })
        .result,
    ).toBe("fail");
  });

  it("passes when none of the deletes is among the old connector's objects", () => {
    const gate = gateOf("old-connector-deletes", entra(), { oldConnector: { keys: ["unrelated"] } });
    expect(gate.result).toBe("pass");
  });

  it("passes when there are no deletes at all", () => {
    const summary = read(csObject({ dn: "CN=u", operation: "update", delta: attr("title", ["x"], "replace") }));
    expect(gateOf("old-connector-deletes", summary).result).toBe("pass");
  });
});
