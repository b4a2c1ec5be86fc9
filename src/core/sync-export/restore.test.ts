import { describe, expect, it } from "vitest";
import { importFiles } from "./import-files";
import { restoreImport } from "./restore";
import { fixtureFolder } from "./testing/fixture-files";

const deps = {};
const imported = await importFiles(fixtureFolder("server"), deps);

describe("restoring saved findings", () => {
  it("keeps findings that round-trip through JSON", () => {
    const saved = JSON.parse(JSON.stringify({ imported, chosenId: "{X}", applied: { directory: "ad" } }));
    expect(restoreImport(saved)).toEqual({ imported, chosenId: "{X}", applied: { directory: "ad" } });
  });

  it("drops anything with the wrong shape", () => {
    expect(restoreImport(undefined)).toBeUndefined();
    expect(restoreImport({ imported: { agents: "x" } })).toBeUndefined();
    const badFlow = JSON.parse(JSON.stringify({ imported }));
    badFlow.imported.agents[0].exportFlows.push({
      objectType: "user",
      mvObjectType: "person",
      target: "x",
      sources: [],
      kind: "magic",
    });
    expect(restoreImport(badFlow)).toBeUndefined();
    const badRule = JSON.parse(JSON.stringify({ imported }));
    badRule.imported.metaverse.deletionRules[0].agentIds = [1];
    expect(restoreImport(badRule)).toBeUndefined();
    expect(restoreImport({ imported: { agents: [], problems: [], files: [] } })).toBeUndefined();
  });

  it("keeps the chosen server, other servers' metaverses and sync-rule expressions; drops a malformed expression", async () => {
    const two = await importFiles([...fixtureFolder("server"), ...fixtureFolder("other-server")], deps);
    const saved = JSON.parse(JSON.stringify({ imported: two, chosenServer: "sync02", applied: {} }));
    const restored = restoreImport(saved)!;
    expect(restored.chosenServer).toBe("sync02");
    expect(restored.imported.otherMetaverses?.[0]?.server).toBe("SYNC02");
    const old = restored.imported.agents.find((agent) => agent.exportFlows.some((flow) => flow.expression))!;
    expect(old.exportFlows.find((flow) => flow.expression)!.expression).toMatchObject({ fn: "+" });
    const bad = JSON.parse(JSON.stringify({ imported: two, applied: {} }));
    const flow = bad.imported.agents
      .flatMap((agent: { exportFlows: { expression?: unknown }[] }) => agent.exportFlows)
      .find((f: { expression?: unknown }) => f.expression);
    flow.expression = { fn: "+", args: [{ oops: 1 }] };
    expect(restoreImport(bad)).toBeUndefined();
  });

  it("drops applied answers that are not strings, keeping the rest", () => {
    expect(restoreImport({ imported, applied: { directory: "ad", forests: 3 } })?.applied).toEqual({ directory: "ad" });
  });
});
