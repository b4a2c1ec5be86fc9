import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";
import { importFiles } from "./import-files";
import { fixtureFolder } from "./testing/fixture-files";
import type { ImportedExport, ManagementAgent } from "./types";

const deps = {};
const OLD = "{9A8B7C6D-5E4F-4A3B-9C2D-1E0F2A3B4C52}";

const server = await importFiles(fixtureFolder("server"), deps);
const withRules = (rules: NonNullable<ImportedExport["metaverse"]>["deletionRules"]): ImportedExport => ({
  ...server,
  metaverse: { ...server.metaverse!, deletionRules: rules },
});
const mapAgents = (f: (agent: ManagementAgent) => ManagementAgent | undefined): ImportedExport => ({
  ...server,
  agents: server.agents.map(f).filter((agent): agent is ManagementAgent => agent !== undefined),
});
const risk = (imported: ImportedExport, type: string) => analyze(imported).removal.find((r) => r.mvObjectType === type);
const derived = (imported: ImportedExport) =>
  Object.fromEntries(analyze(imported).derived.map((answer) => [answer.questionId, answer.value]));

describe("deletion risks", () => {
  it("a declared-any rule that lists only the old agent: switch to last-connector, ignoring it", () => {
    const finding = risk(
      withRules([{ mvObjectType: "person", type: "declared-any", agentIds: [OLD.toLowerCase()] }]),
      "person",
    )!;
    expect(finding.risk).toBe("deletes");
    expect(finding.change).toMatch(
      /change it to "Delete the metaverse object when the last connector is disconnected"/,
    );
  });

  it("a declared-any rule that does not list the old agent is safe", () => {
    expect(risk(withRules([{ mvObjectType: "person", type: "declared-any", agentIds: ["{X}"] }]), "person")!.risk).toBe(
      "safe",
    );
  });

  it("a declared-last rule that ignores the old agent is safe; one that does not, deletes its sole-connector objects", () => {
    expect(risk(withRules([{ mvObjectType: "group", type: "declared-last", agentIds: [OLD] }]), "group")!.risk).toBe(
      "safe",
    );
    const finding = risk(
      withRules([{ mvObjectType: "group", type: "declared-last", agentIds: ["{OTHER}"] }]),
      "group",
    )!;
    expect(finding.risk).toBe("last-connector");
    expect(finding.effect).toMatch(/other connectors are all from the agents the rule ignores/);
  });

  it("no rule for a type: the engine's default (last connector) is assumed, never 'safe'", () => {
    const finding = risk(withRules([]), "person")!;
    expect(finding.risk).toBe("last-connector");
    expect(finding.rule).toBeUndefined();
  });

  it("an unknown rule type is one to review, never 'decided by code'", () => {
    const finding = risk(withRules([{ mvObjectType: "person", type: "declared-other", agentIds: [] }]), "person")!;
    expect(finding.risk).toBe("review");
    expect(finding.change).toMatch(/^Review this rule/);
  });
});

describe("derived answers", () => {
  it("two AD forests on one server: several-connected", () => {
    const second: ManagementAgent = {
      ...server.agents.find((agent) => agent.category === "AD")!,
      id: "{AAAAAAAA-0000-4000-8000-000000000002}",
      name: "Contoso AD",
      forest: "contoso.example",
    };
    const result = analyze({ ...server, agents: [...server.agents, second] });
    const forests = result.derived.find((answer) => answer.questionId === "forests")!;
    expect(forests.value).toBe("several-connected");
    expect(forests.evidence.join(" ")).toMatch(/fabrikam\.example.*contoso\.example/s);
  });

  it("no AD agent but a Generic LDAP agent: ldap, and no in-ad or forests answer", () => {
    const result = derived(mapAgents((agent) => (agent.category === "AD" ? undefined : agent)));
    expect(result).toEqual({ directory: "ldap", "mail-objects": "yes" });
  });

  it("no directory agent at all leaves the directory question to the visitor", () => {
    const result = analyze(mapAgents((agent) => (agent.id === OLD ? agent : undefined)));
    expect(result.derived.map((answer) => answer.questionId)).toEqual(["mail-objects"]);
    expect(result.notDerived.map((n) => n.questionId)).toContain("directory");
  });

  it("an old connector exporting only users without mail attributes: mail-objects = no", () => {
    const result = derived(
      mapAgents((agent) =>
        agent.id === OLD
          ? { ...agent, exportFlows: agent.exportFlows.filter((flow) => flow.objectType === "user") }
          : agent,
      ),
    );
    expect(result["mail-objects"]).toBe("no");
  });

  it("in-ad = already when AD alone projects every type the old connector exports, with that proof", () => {
    const inAd = analyze(server).derived.find((answer) => answer.questionId === "in-ad")!;
    expect(inAd.value).toBe("already");
    expect(inAd.evidence.join(" ")).toMatch(/Every person is projected from AD, by "Fabrikam AD"/);
  });

  it("in-ad is not derived when another agent also projects a type the old connector exports", () => {
    const result = analyze(
      mapAgents((agent) =>
        agent.category === "Extensible2" && agent.subtype.startsWith("Generic LDAP")
          ? { ...agent, projections: [{ cdObjectType: "inetOrgPerson", type: "declared", mvObjectType: "person" }] }
          : agent,
      ),
    );
    expect(result.derived.map((answer) => answer.questionId)).not.toContain("in-ad");
    expect(result.notDerived.find((n) => n.questionId === "in-ad")!.reason).toMatch(
      /"Fabrikam Partner LDAP" also projects person objects.*metaverse provisioning is on \("both"\)/,
    );
  });

  it("in-ad is not derived when nothing in the export projects a type (AD does not create those objects)", () => {
    const result = analyze(mapAgents((agent) => ({ ...agent, projections: [] })));
    expect(result.notDerived.find((n) => n.questionId === "in-ad")!.reason).toMatch(/No agent in the export projects/);
  });
});
