import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { importFiles, MAX_FILE_BYTES, type InputFile } from "./import-files";
import { decodeText, parseExportFile } from "./parse-export-file";
import { fixtureFile, fixtureFolder, inputFile, zipOf, zipWithoutExport } from "./testing/fixture-files";

const deps = {};

const AD = "{6F1C2A10-3B4D-4E5F-8A9B-0C1D2E3F4A51}";
const OLD = "{9A8B7C6D-5E4F-4A3B-9C2D-1E0F2A3B4C52}";
const LDAP = "{2B3C4D5E-6F70-4812-93A4-B5C6D7E8F953}";
const TEST_TENANT = "{C4D5E6F7-0812-4A3B-8C4D-5E6F70819A54}";

describe("reading a whole server export", async () => {
  const imported = await importFiles(fixtureFolder("server"), deps);

  it("reads every agent and the metaverse, with no problem", () => {
    expect(imported.problems).toEqual([]);
    expect(imported.agents.map((agent) => agent.id).sort()).toEqual([LDAP, AD, OLD].sort());
    expect(imported.metaverse?.file).toBe("server/MV.XML");
    expect(imported.files).toHaveLength(4);
  });

  it("reads each agent's name, id, type as exported, partitions, forest and run profiles", () => {
    const ad = imported.agents.find((agent) => agent.id === AD)!;
    expect(ad).toMatchObject({
      name: "Fabrikam AD",
      category: "AD",
      subtype: "",
      listName: "",
      forest: "fabrikam.example",
    });
    expect(ad.partitions.filter((p) => p.selected && p.isDomain).map((p) => p.dn)).toEqual([
      "DC=fabrikam,DC=example",
      "DC=emea,DC=fabrikam,DC=example",
    ]);
    expect(ad.partitions.find((p) => p.name.startsWith("DC=DomainDnsZones"))).toMatchObject({
      selected: false,
      isDomain: false,
    });
    expect(ad.runProfiles).toEqual(["Full Import", "Delta Sync", "Export"]);
    expect([...ad.objectTypes].sort()).toEqual(["contact", "group", "inetOrgPerson", "user"]);
    expect(ad.projections?.map((p) => [p.cdObjectType, p.type, p.mvObjectType])).toEqual([
      ["group", "declared", "group"],
      ["user", "declared", "person"],
      ["contact", "declared", "contact"],
      ["inetOrgPerson", "scripted", undefined],
    ]);
    expect(ad.server).toBe("SYNC01");
    expect(ad.deprovisioning).toEqual({ type: "declared", action: "delete-object" });
    expect(ad.extension).toBe("Fabrikam.AdExtension.dll");
    expect(ad.exportFlows).toHaveLength(5);
    expect([...ad.exportedMvObjectTypes].sort()).toEqual(["contact", "externalUser", "group", "person"]);
    const old = imported.agents.find((agent) => agent.id === OLD)!;
    expect(old).toMatchObject({
      category: "Extensible2",
      subtype: "Windows Azure Active Directory (Microsoft)",
      listName: "Windows Azure Active Directory (Microsoft)",
      extension: "Fabrikam.EntraExtension.dll",
    });
  });

  it("reads the metaverse: provisioning, extension, deletion rules and each agent's import flows", () => {
    const mv = imported.metaverse!;
    expect(mv.provisioning).toBe("both");
    expect(mv.extension).toBe("Fabrikam.MVExtension.dll");
    expect(mv.deletionRules.map((rule) => [rule.mvObjectType, rule.type, rule.agentIds.length])).toEqual([
      ["person", "declared-any", 2],
      ["group", "declared-last", 0],
      ["contact", "scripted", 0],
      ["externalUser", "declared-last", 1],
    ]);
    // Ids compare without case: MV.XML wrote one in lower case.
    expect(mv.importsByAgent[OLD]).toEqual(["person", "contact"]);
  });

  describe("the analysis", () => {
    const analysis = analyze(imported);

    it("finds the one old connector by its type", () => {
      expect(analysis.candidates.map((agent) => agent.id)).toEqual([OLD]);
      expect(analysis.oldConnector?.id).toBe(OLD);
    });

    it("lists each export flow with its kind, sources and details", () => {
      const flow = (objectType: string, target: string) =>
        analysis.flows.find((f) => f.objectType === objectType && f.target === target)!;
      expect(analysis.flows).toHaveLength(12);
      expect(flow("user", "displayName")).toMatchObject({
        kind: "direct",
        sources: ["displayName"],
        mvObjectType: "person",
      });
      expect(flow("user", "usageLocation")).toMatchObject({ kind: "constant", constant: "GB", sources: [] });
      expect(flow("user", "sourceAnchor")).toMatchObject({
        kind: "scripted",
        sources: ["objectGUID"],
        scriptContext: "cd.user:sourceAnchor<-mv.person:objectGUID",
        anchor: true,
      });
      expect(flow("group", "proxyAddresses")).toMatchObject({ kind: "scripted", sources: ["mail", "mailNickname"] });
      expect(flow("user", "department")).toMatchObject({
        kind: "sync-rule",
        syncRuleMappingType: "direct",
        syncRuleId: "{33333333-4444-4555-8666-777777777701}",
      });
      expect(flow("contact", "displayName")).toMatchObject({
        kind: "sync-rule",
        syncRuleMappingType: "expression",
        sources: ["firstName", "lastName"],
      });
    });

    it("says where each attribute lands in cloud sync and Connect Sync", () => {
      const landing = (target: string) =>
        analysis.flows.find((f) => f.objectType === "user" && f.target === target)!.landing;
      expect(landing("displayName").cloudSync.kind).toBe("default");
      expect(landing("displayName").adAttribute).toBe("displayName");
      expect(landing("extensionAttribute3").connectSync.kind).toBe("extension-attribute");
      expect(landing("usageLocation").cloudSync.kind).toBe("expression");
      expect(landing("sourceAnchor").cloudSync.kind).toBe("anchor");
      expect(landing("department").cloudSync.kind).toBe("default");
    });

    it("judges each deletion rule the old connector is attached to", () => {
      const risks = Object.fromEntries(analysis.removal.map((r) => [r.mvObjectType, r.risk]));
      expect(risks).toEqual({ person: "deletes", externalUser: "safe", group: "last-connector", contact: "scripted" });
      const person = analysis.removal.find((r) => r.mvObjectType === "person")!;
      expect(person.change).toMatch(/untick "Fabrikam Entra \(old connector\)"/);
      expect(person.change).toMatch(/keep the other agent ticked/);
      expect(person.otherAgents.map((agent) => agent.name).sort()).toEqual(["Fabrikam AD", "Fabrikam Partner LDAP"]);
      expect(person.otherAgents.find((agent) => agent.name === "Fabrikam AD")!.deprovisioning).toMatch(
        /stages a delete/,
      );
      const group = analysis.removal.find((r) => r.mvObjectType === "group")!;
      expect(group.change).toMatch(/Do not recognize disconnections/);
      const contact = analysis.removal.find((r) => r.mvObjectType === "contact")!;
      expect(contact.change).toMatch(/Fabrikam\.MVExtension\.dll/);
    });

    it("derives the advisor's answers it can, each with its evidence, and leaves the rest", () => {
      const derived = Object.fromEntries(analysis.derived.map((answer) => [answer.questionId, answer.value]));
      expect(derived).toEqual({ directory: "ad", "in-ad": "already", forests: "one", "mail-objects": "yes" });
      for (const answer of analysis.derived) expect(answer.evidence.length).toBeGreaterThan(0);
      expect(analysis.derived.find((a) => a.questionId === "mail-objects")!.evidence.join(" ")).toMatch(
        /contacts.*proxyAddresses/s,
      );
      expect(analysis.notDerived.map((n) => n.questionId)).toContain("engine");
      expect(analysis.notDerived.map((n) => n.questionId)).toContain("largest-domain");
    });
  });
});

describe("other inputs", () => {
  it("reads a zip of the folder exactly as the folder", async () => {
    const fromZip = await importFiles([zipOf("server", "export.zip")], deps);
    expect(fromZip.problems).toEqual([]);
    expect(fromZip.agents).toHaveLength(3);
    expect(fromZip.metaverse?.file).toBe("export.zip/server/MV.XML");
    expect(
      analyze(fromZip)
        .removal.map((r) => r.risk)
        .sort(),
    ).toEqual(["deletes", "last-connector", "safe", "scripted"]);
  });

  it("reads a single agent's export, and says the removal needs MV.XML", async () => {
    const single = await importFiles(fixtureFolder("single"), deps);
    expect(single.problems).toEqual([]);
    const analysis = analyze(single);
    // Found by its list name alone (its subtype is empty).
    expect(analysis.oldConnector?.id).toBe(TEST_TENANT);
    expect(analysis.removal).toEqual([]);
    expect(analysis.removalUnknown).toMatch(/MV\.XML/);
    expect(analysis.oldConnector?.deprovisioning).toEqual({ type: "scripted" });
  });

  it("with several old connectors lets the visitor choose, and with none says so", async () => {
    const twoServers = await importFiles([...fixtureFolder("server"), ...fixtureFolder("single")], deps);
    // The single agent is from SYNC02: the page asks which server, and judges nothing until then.
    expect(analyze(twoServers).serverChoice?.map((group) => group.name)).toEqual(["SYNC01", "SYNC02"]);
    // Two old connectors of one server (the test tenant's agent exported from SYNC01 too).
    const both = {
      ...twoServers,
      agents: twoServers.agents.map((agent) => (agent.id === TEST_TENANT ? { ...agent, server: "SYNC01" } : agent)),
    };
    const unchosen = analyze(both);
    expect(unchosen.candidates).toHaveLength(2);
    expect(unchosen.oldConnector).toBeUndefined();
    expect(unchosen.removalUnknown).toMatch(/No old connector/);
    expect(analyze(both, TEST_TENANT.toLowerCase()).oldConnector?.id).toBe(TEST_TENANT);
    const chosen = analyze(both, TEST_TENANT);
    // The test tenant's connector is attached to person only, and is not in person's declared-any list.
    expect(chosen.removal.map((r) => [r.mvObjectType, r.risk])).toEqual([["person", "safe"]]);
    const none = await importFiles(
      fixtureFolder("server").filter((f) => !f.name.includes(OLD)),
      deps,
    );
    expect(analyze(none).candidates).toEqual([]);
  });

  it("reads UTF-16 files with a byte order mark", async () => {
    const utf8 = fixtureFile("single/MA-{C4D5E6F7-0812-4A3B-8C4D-5E6F70819A54}.XML");
    const text = new TextDecoder().decode(await utf8.read());
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(utf16)).toBe(text);
    const result = await importFiles([inputFile("MA-utf16.XML", utf16)], deps);
    expect(result.problems).toEqual([]);
    expect(result.agents[0]?.name).toBe("Fabrikam Test Tenant");
  });
});

describe("bad input never throws: each file gets a problem that names it and a way forward", () => {
  it("malformed XML", async () => {
    const result = await importFiles([fixtureFile("broken/malformed.xml")], deps);
    expect(result.agents).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: "malformed.xml" });
    expect(result.problems[0]!.message).toMatch(/malformed\.xml is not well-formed XML/);
    expect(result.problems[0]!.hint).toMatch(/Export it again/);
  });

  it("XML that is not an export", async () => {
    const result = await importFiles([fixtureFile("broken/not-an-export.xml")], deps);
    expect(result.problems[0]!.message).toMatch(
      /not-an-export\.xml is XML, but not a FIM\/MIM configuration export \(its root element is <configuration>/,
    );
  });

  it("an export of another tool, named for what it is", async () => {
    const files = [
      [
        "Connector_{b891884f-051e-4a83-95af-2544101c9083}.xml",
        "<ma-data><id>{B8}</id><name>x - AAD</name></ma-data>",
        /is a Microsoft Entra Connect Sync server's configuration \(Get-ADSyncServerConfiguration.*1 connector file/,
      ],
      [
        "SynchronizationRule_{039d}.xml",
        "<synchronizationRule><name>Out to AAD</name></synchronizationRule>",
        /is a Microsoft Entra Connect Sync server's configuration.*1 synchronization rule/,
      ],
      [
        "policy.xml",
        "<Results><ExportObject /></Results>",
        /FIM Service configuration export.*not a FIM\/MIM Synchronization Service export/,
      ],
    ] as const;
    for (const [name, xml, says] of files) {
      const result = await importFiles([inputFile(name, new TextEncoder().encode(xml))], deps);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.message).toMatch(says);
      expect(result.problems[0]!.hint).toMatch(/MA-\{GUID\}\.XML and MV\.XML/);
    }
  });

  it("a zip with no export in it", async () => {
    const result = await importFiles([zipWithoutExport("notes.zip")], deps);
    expect(result.agents).toEqual([]);
    const messages = result.problems.map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/^notes\.zip holds no management agent/));
    // The XML inside it that is not an export is named too.
    expect(messages).toContainEqual(expect.stringMatching(/notes\.zip\/settings\.xml is XML, but not/));
  });

  it("a file that is not a zip at all", async () => {
    const result = await importFiles([inputFile("broken.zip", new TextEncoder().encode("not a zip"))], deps);
    expect(result.problems[0]!.message).toMatch(/broken\.zip cannot be opened as a zip archive/);
  });

  it("a huge file is refused before it is read", async () => {
    let read = false;
    const huge: InputFile = {
      name: "MA-huge.XML",
      size: MAX_FILE_BYTES + 1,
      read: async () => {
        read = true;
        return new Uint8Array();
      },
    };
    const result = await importFiles([huge], deps);
    expect(read).toBe(false);
    expect(result.problems[0]!.message).toMatch(/MA-huge\.XML is 64\.0 MB; this page reads files up to 64\.0 MB/);
    expect(result.problems[0]!.hint).toMatch(/one at a time/);
  });

  it("other file types, empty files, unreadable files and duplicates", async () => {
    const agent = fixtureFile("single/MA-{C4D5E6F7-0812-4A3B-8C4D-5E6F70819A54}.XML");
    const unreadable: InputFile = { name: "gone.xml", size: 10, read: () => Promise.reject(new Error("gone")) };
    const result = await importFiles(
      [
        inputFile("notes.txt", new Uint8Array([65])),
        inputFile("empty.xml", new Uint8Array()),
        unreadable,
        agent,
        { ...agent, name: "copy.XML" },
      ],
      deps,
    );
    expect(result.agents).toHaveLength(1);
    expect(result.problems.map((p) => p.file)).toEqual(["notes.txt", "empty.xml", "gone.xml", "copy.XML"]);
  });

  it("reports progress after each file", async () => {
    const progress: [number, number][] = [];
    await importFiles(fixtureFolder("server"), { ...deps, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it("parseExportFile strips the schema before parsing", () => {
    const bytes = new TextEncoder().encode(
      "<saved-ma-configuration><ma-data><id>{A}</id><name>n</name><schema><broken<<</schema><category>AD</category></ma-data></saved-ma-configuration>",
    );
    const parsed = parseExportFile("x.xml", bytes);
    expect("read" in parsed && parsed.read.kind === "agent" && parsed.read.agent.category).toBe("AD");
  });
});
