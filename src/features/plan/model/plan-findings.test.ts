import { describe, expect, it } from "vitest";
import { importFiles } from "../../../core/sync-export/import-files";
import { formatReadAt, planFindings } from "../../../core/sync-export/plan-findings";
import { restoreImport } from "../../../core/sync-export/restore";
import { fixtureFolder } from "../../../core/sync-export/testing/fixture-files";
import { buildPlan } from "./build-plan";
import { findingsTitle, planMarkdown } from "./plan-markdown";
import { fimOnlyCopiesAd } from "../../../core/decision/example-answers";

const deps = {};
const server = await importFiles(fixtureFolder("server"), deps);
const single = await importFiles(fixtureFolder("single"), deps);
const OLD = "{9A8B7C6D-5E4F-4A3B-9C2D-1E0F2A3B4C52}";
const AD = "{6F1C2A10-3B4D-4E5F-8A9B-0C1D2E3F4A51}";
const readAt = "2026-12-01T09:05:00.000Z";

const siteUrl = "https://example.org/entra-migration-advisor/";
const answers = fimOnlyCopiesAd;
const plan = buildPlan(answers);
const markdownWith = (findings: ReturnType<typeof planFindings>) =>
  planMarkdown(plan, { siteUrl, producedOn: "2026-12-03", findings });

describe("the plan's findings from a whole server export", () => {
  const findings = planFindings({ imported: server, applied: {}, readAt });

  it("says where they came from and when", () => {
    expect(findings.oldConnector).toMatchObject({ id: OLD, name: "Fabrikam Entra (old connector)" });
    expect(findings.source).toEqual({ files: server.files, readAt, metaverse: true });
    expect(formatReadAt(readAt)).toBe("1 December 2026 at 09:05 UTC");
  });

  it("lists every deletion rule that deletes, with the change to make, and leaves out the safe ones", () => {
    expect(findings.deletionRules.map((rule) => [rule.mvObjectType, rule.risk, rule.ruleType])).toEqual([
      ["person", "deletes", "declared-any"],
      ["group", "last-connector", "declared-last"],
      ["contact", "scripted", "scripted"],
    ]);
    expect(findings.deletionRules[0]!.change).toMatch(/untick "Fabrikam Entra \(old connector\)"/);
    expect(findings.deletionRules[2]!.change).toMatch(/ShouldDeleteFromMV return false/);
    expect(findings.safeTypes).toEqual(["externalUser"]);
  });

  it("lists the scripted flows and the FIM Service sync-rule flows", () => {
    expect(findings.scripted.map((flow) => `${flow.objectType}.${flow.target}`)).toEqual([
      "user.sourceAnchor",
      "group.proxyAddresses",
    ]);
    expect(findings.oldConnector?.extension).toBe("Fabrikam.EntraExtension.dll");
    expect(findings.syncRule.map((flow) => [flow.objectType, flow.target, flow.mappingType])).toEqual([
      ["user", "department", "direct"],
      ["contact", "displayName", "expression"],
    ]);
  });

  it("lists every export flow's attribute with where it lands", () => {
    const old = server.agents.find((agent) => agent.id === OLD)!;
    expect(findings.attributes).toHaveLength(old.exportFlows.length);
    expect(findings.attributes.find((a) => a.target === "extensionAttribute3")).toMatchObject({
      cloudSync: "Extension attribute 3, mapped by default",
      connectSync: "Extension attribute 3, synced by default",
    });
    expect(findings.attributes.find((a) => a.target === "sourceAnchor")?.anchor).toBe(true);
  });

  it("goes into the Markdown between the caveats and the checklist", () => {
    const markdown = markdownWith(findings);
    const section = markdown.split(`## ${findingsTitle}`)[1]!.split("## Checklist")[0]!;
    expect(markdown.indexOf("## Caveats")).toBeLessThan(markdown.indexOf(`## ${findingsTitle}`));
    expect(section).toContain("read in this browser on 1 December 2026 at 09:05 UTC");
    expect(section).toContain(`Read it again or forget it: <${siteUrl}import>`);
    expect(section).toContain("- [ ] **person** (declared-any rule): Deletes objects.");
    expect(section).toMatch(/ {2}- Change: In Metaverse Designer, select person, .*untick/);
    expect(section).toContain("- [ ] **contact** (scripted rule): Decided by code: review.");
    expect(section).toContain("Fabrikam.EntraExtension.dll");
    expect(section).toContain("- [ ] user.**sourceAnchor** ← objectGUID");
    expect(section).toContain("- [ ] group.**proxyAddresses** ← mail, mailNickname");
    expect(section).toContain(
      "- [ ] user.**department**, rule \\{33333333-4444-4555-8666-777777777701\\} (direct mapping)",
    );
    expect(section).toContain(
      "| user | extensionAttribute3 | costCenter | direct | Extension attribute 3, mapped by default | Extension attribute 3, synced by default |",
    );
    expect(section.match(/^\| (?!Object type|---)/gm)).toHaveLength(findings.attributes.length);
  });

  it("never goes into the plan's links", () => {
    const markdown = markdownWith(findings);
    for (const link of markdown.match(/<https?:[^>]+>/g) ?? []) {
      expect(link).not.toMatch(/Fabrikam|sourceAnchor|person/);
    }
    expect(plan.query).not.toMatch(/import|finding/i);
  });

  it("escapes what the export says, so a name cannot become Markdown", () => {
    const renamed = {
      ...server,
      agents: server.agents.map((agent) =>
        agent.id === OLD ? { ...agent, name: "[x](https://evil.example) #" } : agent,
      ),
    };
    const markdown = markdownWith(planFindings({ imported: renamed, applied: {} }));
    expect(markdown).not.toContain("[x](https://evil.example)");
    expect(markdown).toContain("\\[x\\]\\(https://evil.example\\) \\#");
  });
});

describe("the plan's findings in other cases", () => {
  it("without MV.XML: says the deletion rules are unknown", () => {
    const findings = planFindings({ imported: single, applied: {} });
    expect(findings.removalUnknown).toMatch(/MV.XML was not among the files/);
    expect(markdownWith(findings)).toContain("MV.XML was not among the files");
  });

  it("when the old connector is none: says so instead of listing anything", () => {
    const withoutOld = { ...server, agents: server.agents.filter((agent) => agent.id !== OLD) };
    const findings = planFindings({ imported: withoutOld, applied: {} });
    expect(findings.oldConnector).toBeUndefined();
    expect(findings.noOldConnector).toMatch(/No agent in the export is of the old connector's type/);
    const section = markdownWith(findings).split(`## ${findingsTitle}`)[1]!.split("## Checklist")[0]!;
    expect(section).toContain("No agent in the export is of the old connector");
    expect(section).not.toContain("### Deletion rules");
  });

  it("never takes an AD agent as the old connector, whatever was chosen", () => {
    const findings = planFindings({ imported: server, applied: {}, chosenId: AD });
    expect(findings.oldConnector?.id).toBe(OLD);
  });

  it("without findings the Markdown has no such section (as before)", () => {
    expect(planMarkdown(plan, { siteUrl, producedOn: "2026-12-03" })).not.toContain(findingsTitle);
  });
});

describe("findings saved in this browser", () => {
  it("keep when they were read and the evidence of the answers given, and drop bad values", () => {
    const restored = restoreImport({
      imported: server,
      applied: { directory: "ad" },
      appliedEvidence: { directory: ["AD agents"], forests: ["not applied"], "in-ad": [3] },
      readAt,
    });
    expect(restored?.readAt).toBe(readAt);
    expect(restored?.appliedEvidence).toEqual({ directory: ["AD agents"] });
    const bad = restoreImport({ imported: server, applied: {}, readAt: "yesterday", appliedEvidence: "x" });
    expect(bad?.readAt).toBeUndefined();
    expect(bad?.appliedEvidence).toBeUndefined();
  });
});
