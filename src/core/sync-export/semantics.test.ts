import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { attributeLanding } from "./attribute-landing";
import { expressionText } from "./expression";
import { importFiles } from "./import-files";
import { planFindings } from "./plan-findings";
import { fixtureFile, fixtureFolder } from "./testing/fixture-files";

const deps = {};
const OLD = "{9A8B7C6D-5E4F-4A3B-9C2D-1E0F2A3B4C52}";
const TEST_TENANT = "{C4D5E6F7-0812-4A3B-8C4D-5E6F70819A54}";
const REVIEW_OLD = "{D1E2F3A4-1111-4222-8333-444455556603}";

describe("a Connect Sync server's own Export Server Configuration", async () => {
  const imported = await importFiles(fixtureFolder("connect-sync-server"), deps);
  const analysis = analyze(imported);

  it("is read, but named as Connect Sync, with the evidence, and no old connector is found in it", () => {
    expect(imported.problems).toEqual([]);
    expect(analysis.connectSync?.join(" ")).toMatch(/aad-password-reset-config/);
    expect(analysis.connectSync?.join(" ")).toMatch(/Sync_FABSYNC01_4f2a9c1e7b3d@fabrikam\.onmicrosoft\.com/);
    expect(analysis.connectSync?.join(" ")).toMatch(/password-hash-sync-config/);
    expect(analysis.connectSync?.join(" ")).toMatch(/MSOL_d1edb676ca03/);
    expect(analysis.connectSync?.join(" ")).toMatch(/Connect Sync global settings.*version is 2\.4\.27\.0/);
    expect(analysis.connectSync?.join(" ")).toMatch(
      /"fabrikam\.onmicrosoft\.com - AAD", follows Connect Sync.s "<tenant> - AAD" pattern/,
    );
    expect(analysis.oldConnector).toBeUndefined();
    expect(analysis.candidates).toEqual([]);
    expect(analysis.removal).toEqual([]);
    expect(analysis.derived).toEqual([]);
  });

  it("even when the visitor had chosen its Entra connector, nothing of it reaches the plan", () => {
    const findings = planFindings({ imported, applied: {}, chosenId: "{B891884F-051E-4A83-95AF-2544101C9083}" });
    expect(findings.oldConnector).toBeUndefined();
    expect(findings.noOldConnector).toMatch(/Microsoft Entra Connect Sync server/);
    expect(findings.deletionRules).toEqual([]);
    expect(findings.attributes).toEqual([]);
  });

  it("its Entra connector alone (Actions, Export Management Agent) is named too", async () => {
    const one = await importFiles(
      [fixtureFile("connect-sync-server/MA-{B891884F-051E-4A83-95AF-2544101C9083}.XML")],
      deps,
    );
    expect(analyze(one).connectSync?.length).toBeGreaterThan(0);
    expect(analyze(one).oldConnector).toBeUndefined();
  });

  it("a FIM connector named like Connect's is still the old connector: the name alone proves nothing", async () => {
    const server = await importFiles(fixtureFolder("server"), deps);
    const renamed = {
      ...server,
      agents: server.agents.map((agent) =>
        agent.id === OLD ? { ...agent, name: "fabrikam.onmicrosoft.com - AAD" } : agent,
      ),
    };
    expect(analyze(renamed).connectSync).toBeUndefined();
    expect(analyze(renamed).oldConnector?.id).toBe(OLD);
  });
});

describe("a Connect Sync configuration folder (Get-ADSyncServerConfiguration) or its JSON settings", () => {
  it("gets one message naming what it is and what to export instead, and nothing is kept", async () => {
    const imported = await importFiles(fixtureFolder("connect-sync-configuration"), deps);
    expect(imported.agents).toEqual([]);
    expect(imported.metaverse).toBeUndefined();
    expect(imported.files).toEqual([]);
    expect(imported.problems).toHaveLength(1);
    const [problem] = imported.problems;
    expect(problem!.message).toMatch(
      /These files are a Microsoft Entra Connect Sync server's configuration.*2 connector files, 1 synchronization rule, its global settings \(connect-sync-configuration\/MV\.xml\), the Connect wizard's settings \(a JSON file\)/,
    );
    expect(problem!.hint).toMatch(/File → Export Server Configuration/);
  });

  it("the JSON settings file alone is named by its documented name", async () => {
    const imported = await importFiles(
      [fixtureFile("connect-sync-configuration/Applied-SynchronizationPolicy-20261130-100540.json")],
      deps,
    );
    expect(imported.problems).toHaveLength(1);
    expect(imported.problems[0]!.message).toMatch(/This file is a Microsoft Entra Connect Sync server's configuration/);
  });
});

describe("files from two servers are grouped by server, never merged", async () => {
  const imported = await importFiles(
    [...fixtureFolder("server"), ...fixtureFolder("single"), ...fixtureFolder("other-server")],
    deps,
  );

  it("keeps both metaverses and asks which server, judging nothing until then", () => {
    expect(imported.problems).toEqual([]);
    expect(imported.otherMetaverses?.map((mv) => mv.server)).toEqual(["SYNC02"]);
    const unchosen = analyze(imported);
    expect(unchosen.serverChoice?.map((group) => [group.name, group.agents, group.metaverse])).toEqual([
      ["SYNC01", 3, true],
      ["SYNC02", 1, true],
    ]);
    expect(unchosen.removal).toEqual([]);
    expect(planFindings({ imported, applied: {} }).noOldConnector).toMatch(/2 sync servers \(SYNC01, SYNC02\)/);
  });

  it("judges the second server's old connector with its own MV.XML, where its rule deletes", () => {
    const sync02 = analyze(imported, undefined, "sync02");
    expect(sync02.oldConnector?.id).toBe(TEST_TENANT);
    expect(sync02.agents.map((agent) => agent.id)).toEqual([TEST_TENANT]);
    expect(sync02.removal.map((r) => [r.mvObjectType, r.risk])).toEqual([["person", "deletes"]]);
    const sync01 = analyze(imported, undefined, "sync01");
    expect(sync01.oldConnector?.id).toBe(OLD);
    expect(sync01.removal.find((r) => r.mvObjectType === "person")?.risk).toBe("deletes");
  });
});

describe("recall, rules extensions and sync-rule values on the fixture server", async () => {
  const analysis = analyze(await importFiles(fixtureFolder("server"), deps));

  it("finds the values the old connector contributes that AD exports, and the change that keeps them", () => {
    expect(analysis.recall.map((r) => [r.mvObjectType, r.mvAttribute, r.recall])).toEqual([
      ["person", "displayName", "on"],
      ["contact", "mail", "on"],
    ]);
    const displayName = analysis.recall[0]!;
    expect(displayName.exportedTo).toContainEqual({
      agent: "Fabrikam AD",
      objectType: "user",
      attribute: "displayName",
    });
    expect(displayName.otherSources).toEqual(["Fabrikam AD"]);
    expect(displayName.effect).toMatch(/falls back to the next source by precedence \("Fabrikam AD"\)/);
    expect(displayName.change).toMatch(/Do not recall attributes contributed by objects from this management agent/);
    expect(analysis.recall[1]!.effect).toMatch(/No other agent imports it, so those values are cleared/);
  });

  it("names the rules extensions that could name the old agent (the MV extension and other agents')", () => {
    expect(analysis.extensions).toEqual([
      { where: "the metaverse (MV.XML), which provisions (Provision())", assembly: "Fabrikam.MVExtension.dll" },
      { where: '"Fabrikam AD"', assembly: "Fabrikam.AdExtension.dll" },
    ]);
    const plan = planFindings({ imported: { agents: [], problems: [], files: [] }, applied: {} });
    expect(plan.extensions).toBeUndefined();
  });

  it("keeps a sync rule's expression as a tree, shows it, and never maps it as a default", () => {
    const flow = analysis.flows.find((f) => f.objectType === "contact" && f.target === "displayName")!;
    expect(flow.constant).toBeUndefined();
    expect(flow.expression).toEqual({
      fn: "+",
      args: [{ attribute: "firstName" }, { literal: '" "' }, { attribute: "lastName" }],
    });
    expect(expressionText(flow.expression!)).toBe('+(firstName," ",lastName)');
    expect(flow.landing.cloudSync.kind).toBe("expression");
    expect(flow.landing.connectSync.kind).toBe("expression");
  });
});

describe("a server with an unknown rule type, a missing agent, a renamed file, a Graph connector and LDAP persons", async () => {
  const imported = await importFiles(fixtureFolder("review"), deps);
  const analysis = analyze(imported);

  it("says the file's name and its inner id differ", () => {
    expect(imported.problems).toHaveLength(1);
    expect(imported.problems[0]!.message).toMatch(
      /MA-\{D1E2F3A4-1111-4222-8333-444455556699\}\.XML is named for the agent .*but holds "Northwind Entra \(old\)"/,
    );
  });

  it("asks to review a rule of an unknown type, and names the agent it lists that is not in the files", () => {
    const person = analysis.removal.find((r) => r.mvObjectType === "person")!;
    expect(person.risk).toBe("review");
    expect(person.missingAgents).toEqual(["{D1E2F3A4-1111-4222-8333-4444555566FF}"]);
  });

  it("names the Graph connector and never offers it, the AD or the LDAP agent as the old connector", () => {
    expect(analysis.graphConnectors.map((agent) => agent.name)).toEqual(["Northwind Graph"]);
    expect(analysis.oldConnector?.id).toBe(REVIEW_OLD);
    const withoutOld = analyze({ ...imported, agents: imported.agents.filter((agent) => agent.id !== REVIEW_OLD) });
    expect(withoutOld.choices).toEqual([]);
    expect(analyze(imported, "{D1E2F3A4-1111-4222-8333-444455556601}").oldConnector?.id).toBe(REVIEW_OLD);
  });

  it("does not derive in-ad when a Generic LDAP agent also projects persons and provisioning is off", () => {
    expect(analysis.derived.map((answer) => answer.questionId)).not.toContain("in-ad");
    expect(analysis.notDerived.find((n) => n.questionId === "in-ad")!.reason).toMatch(
      /"Northwind Partners LDAP" also projects person objects.*metaverse provisioning is off/,
    );
  });

  it("recall not stated in MV.XML is still raised, for the attribute AD exports", () => {
    expect(analysis.recall.map((r) => [r.mvAttribute, r.recall, r.exportedTo[0]?.attribute])).toEqual([
      ["mail", "not-stated", "mail"],
    ]);
  });

  it("a sync rule's constant is its value, not a default mapping", () => {
    const usage = analysis.flows.find((f) => f.target === "usageLocation")!;
    expect(usage).toMatchObject({ kind: "sync-rule", constant: "GB", syncRuleMappingType: "constant" });
    expect(usage.landing.cloudSync.kind).toBe("expression");
  });

  it("attributes Connect Sync syncs by default are in the table, and a group's anchor advice is consistent", () => {
    const photo = analysis.flows.find((f) => f.target === "thumbnailPhoto")!;
    expect(photo.landing.adAttribute).toBe("thumbnailPhoto");
    expect(photo.landing.connectSync.kind).toBe("default");
    for (const [target, ad] of [
      ["alias", "mailNickname"],
      ["managedBy", "managedBy"],
      ["countryLetterCode", "c"],
      ["otherMobile", "otherMobile"],
    ] as const) {
      const landing = attributeLanding({
        objectType: "user",
        mvObjectType: "person",
        target,
        sources: [],
        kind: "direct",
      });
      expect(landing.adAttribute).toBe(ad);
      expect(landing.connectSync.text).not.toMatch(/Not in our table/);
    }
    const group = analysis.flows.find((f) => f.objectType === "group" && f.target === "sourceAnchor")!;
    expect(group.landing.connectSync.text).toMatch(/^objectGUID for group/);
    expect(group.landing.connectSync.text).not.toMatch(/Write ms-DS-ConsistencyGuid/);
  });
});

describe("files that another page reads", () => {
  it("names the match check's exports dropped here, by their content, and sends them to Check matching", async () => {
    const csv = new TextEncoder().encode('"Forest","DistinguishedName","ObjectGUID","mS-DS-ConsistencyGuid"\r\n');
    const result = await importFiles([{ name: "users (1).csv", size: csv.length, read: async () => csv }], {});
    expect(result.agents).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: "users (1).csv", readBy: "match", message: expect.stringContaining("AD users") }),
    ]);
  });

  it("sends the AD groups and contacts export to Check matching too", async () => {
    const csv = new TextEncoder().encode(
      '"Forest","DistinguishedName","ObjectClass","ObjectGUID","mS-DS-ConsistencyGuid"\r\n',
    );
    const result = await importFiles([{ name: "groups.csv", size: csv.length, read: async () => csv }], {});
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: "groups.csv",
        readBy: "match",
        message: expect.stringContaining("groups and contacts"),
      }),
    ]);
  });
});
