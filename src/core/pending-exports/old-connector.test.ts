import { describe, expect, it } from "vitest";
import { cloudIdOf, judgeGates, oldConnectorKeys, oldConnectorObjects, readPendingExportBytes } from ".";
import { fixtureBytes } from "./testing/fixtures";

const source = () => ({ name: "all.xml", chunks: [fixtureBytes("old-connector.xml")] });

describe("the old connector's objects", () => {
  it("gives every user, group and contact with its anchors, mail and names, and nothing else", async () => {
    const { objects, leftOut, summary } = await oldConnectorObjects(source());
    expect(summary.connectorName).toBe("WAAD");
    expect(leftOut).toBe(0);
    expect(objects).toEqual([
      {
        objectType: "user",
        dn: "CN={7573657231}",
        anchor: "VXNlcjE=",
        sourceAnchor: "QWRhQW5jaG9y",
        cloudAnchor: "User_11111111-2222-4333-8444-555555555501",
        cloudId: "11111111-2222-4333-8444-555555555501",
        displayName: "Ada Lovelace",
        mail: "ada@contoso.com",
        userPrincipalName: "ada@contoso.com",
        primarySmtp: "Ada.Lovelace@contoso.com",
      },
      {
        objectType: "group",
        dn: "CN={67726f757031}",
        anchor: "R3JvdXAx",
        sourceAnchor: "R3JvdXBBbmNob3I=",
        cloudAnchor: "Group_11111111-2222-4333-8444-555555555502",
        cloudId: "11111111-2222-4333-8444-555555555502",
        displayName: "All Staff",
        mail: "allstaff@contoso.com",
        primarySmtp: "allstaff@contoso.com",
      },
      {
        objectType: "contact",
        dn: "CN={636f6e7461637431}",
        anchor: "Q29udGFjdDE=",
        sourceAnchor: "Q29udGFjdEFuY2hvcg==",
        displayName: "Partner Desk",
        mail: "desk@partner.example",
        primarySmtp: "desk@partner.example",
      },
    ]);
  });

  it("reads a cloud id only from a GUID, bare or after a type prefix", () => {
    expect(cloudIdOf("User_5C1F3A2E-9B7D-4C61-8E0A-2F4D6B8A1C3E")).toBe("5c1f3a2e-9b7d-4c61-8e0a-2f4d6b8a1c3e");
    expect(cloudIdOf("5c1f3a2e-9b7d-4c61-8e0a-2f4d6b8a1c3e")).toBe("5c1f3a2e-9b7d-4c61-8e0a-2f4d6b8a1c3e");
    expect(cloudIdOf("User_notaguid")).toBe("");
  });

  it("gives the keys that make a new engine's delete of these objects fail its gate", async () => {
    const { objects } = await oldConnectorObjects(source());
    const keys = oldConnectorKeys(objects);
    expect(keys).toContain("QWRhQW5jaG9y");
    expect(keys).not.toContain("VXNlcjE=");
    const deletes = readPendingExportBytes("pending.xml", fixtureBytes("connect-sync-entra.xml"));
    const gate = judgeGates(deletes, { oldConnector: { keys } }).find((entry) => entry.id === "old-connector-deletes");
    expect(gate!.result).toBe("pass");
  });

  it("fails the gate on the old connector's own file when it has a pending delete", () => {
    const summary = readPendingExportBytes("all.xml", fixtureBytes("old-connector.xml"));
    const gate = judgeGates(summary, { oldConnector: { names: ["WAAD"] } }).find(
      (entry) => entry.id === "old-connector-deletes",
    );
    expect(gate).toMatchObject({ result: "fail", examples: ["CN={636f6e7461637431}"] });
  });
});
