import { beforeAll, describe, expect, it } from "vitest";
import { currentVersion } from "../../../core/share";
import { buildPlan, type Plan } from "./build-plan";
import { notAskedText } from "./plan-answers";
import { absoluteUrl, escapeMarkdown, planFileName, planMarkdown, planTitle } from "./plan-markdown";
import { planSample } from "./testing/plan-sample";
import { fimOnlyCopiesAd, outOfAdWithoutLicences } from "../../../core/decision/example-answers";

const siteUrl = "https://example.org/entra-migration-advisor/";
const info = { siteUrl, producedOn: "2026-12-03", lastReviewed: "2026-11-26" };

const cloudSync = fimOnlyCopiesAd;
const noCleanFit = outOfAdWithoutLicences;

// The plans of a representative sample (see testing/plan-sample.ts): every distinct
// outcome, caveat set and answer other than needs and forests, and every set of blockers.
describe("the Markdown export of every distinct plan", () => {
  let plans: Plan[];
  beforeAll(() => {
    plans = planSample().sets.map(({ answers }) => buildPlan(answers));
  }, 120_000);

  it("holds every step title as a task-list item, the share URL, and only absolute links", () => {
    const failures: string[] = [];
    for (const plan of plans) {
      const markdown = planMarkdown(plan, info);
      const missing = plan.steps.find((s) => !markdown.includes(`- [ ] **${s.number}. ${s.title}**`));
      if (missing) failures.push(`${plan.query}: ${missing.id}`);
      else if (markdown.match(/^- \[ \] /gm)?.length !== plan.steps.length) failures.push(`${plan.query}: task count`);
      else if (!markdown.includes(`<${siteUrl}plan?${plan.query}>`)) failures.push(`${plan.query}: share URL`);
      else if (/\]\(\/|<\/|\(guide\//.test(markdown)) failures.push(`${plan.query}: relative link`);
      if (failures.length >= 5) break;
    }
    expect(failures).toEqual([]);
  });
});

describe("a plan's Markdown", () => {
  const plan = buildPlan(cloudSync);

  it("opens with the title block: option, dates and the live plan's address", () => {
    const markdown = planMarkdown(plan, info);
    expect(markdown.startsWith("# Migration plan: Microsoft Entra Connect cloud sync\n")).toBe(true);
    expect(markdown).toContain("- Produced with: Entra Migration Advisor");
    expect(markdown).toContain("- Recommended option: Microsoft Entra Connect cloud sync");
    expect(markdown).toContain("- Plan produced: 3 December 2026");
    expect(markdown).toContain("- Guide content last reviewed: 26 November 2026");
    expect(markdown).toContain(`- Live plan: <${siteUrl}plan?v=${currentVersion}&engine=fim-2010-r2&directory=ad&`);
    expect(markdown).toContain(
      `- Recommendation: <${siteUrl}recommendation/cloud-sync?v=${currentVersion}&engine=fim-2010-r2`,
    );
  });

  it("lists every question of the graph, including those not asked", () => {
    const markdown = planMarkdown(plan, info);
    const rows = markdown
      .split("## Your answers")[1]!
      .split("## Caveats")[0]!
      .match(/^\| (?!Question|---).*\|$/gm);
    expect(rows).toHaveLength(13);
    expect(markdown).toContain(
      `| Do the users in scope have Microsoft Entra ID P1 or P2 licenses? | ${notAskedText} |`,
    );
    expect(markdown).toContain(
      "| Is FIM/MIM used only to copy these objects from AD to Entra ID? | Yes, it only copies",
    );
  });

  it("gives each step its what, why and absolute guide link, titled when the section's name is known", () => {
    const markdown = planMarkdown(plan, {
      ...info,
      sectionTitles: {
        "remove-old-connector#deletion-rules": "Remove the old connector › Deletion rules: the real risk",
      },
    });
    expect(markdown).toContain(
      `  - Guide: [Remove the old connector › Deletion rules: the real risk](${siteUrl}guide/remove-old-connector#deletion-rules)`,
    );
    expect(markdown).toContain(`  - Guide: <${siteUrl}guide/lifecycle#upgrade-to-sp3>`);
    expect(markdown).toContain(
      "  - Why: Microsoft recommends the latest SP3 to anyone on FIM, MIM 2016 SP2 or earlier",
    );
    expect(markdown).toContain("  - Included because: Sync engine: FIM 2010 R2");
  });

  it("carries the visitor's progress: ticked steps, owners and due dates", () => {
    const markdown = planMarkdown(plan, {
      ...info,
      progress: {
        "prepare-inventory": { done: true, owner: "Identity team [ops]", due: "2027-01-15" },
        "prepare-licences": { done: false, owner: "", due: "2027-02-01" },
      },
    });
    expect(markdown).toContain("- [x] **1. Inventory what the old connector managed**");
    expect(markdown).toContain("  - Owner: Identity team \\[ops\\] · Due: 15 January 2027");
    expect(markdown).toMatch(/- \[ \] \*\*\d+\. Confirm licences and the tenant's object quota\*\*/);
    expect(markdown).toContain("  - Due: 1 February 2027");
  });

  it("lists the caveats with their guide links", () => {
    const markdown = planMarkdown(plan, info);
    for (const caveat of plan.result.caveats) expect(markdown).toContain(`- **${caveat.title}.** ${caveat.text}`);
  });

  it("names the plan with no clean fit for what it is", () => {
    const other = buildPlan(noCleanFit);
    expect(planTitle(other)).toBe("Migration plan: no option fits yet");
    expect(planMarkdown(other, info)).toContain("### Resolve the collision");
    expect(planFileName(other, "2026-12-03")).toBe("migration-plan-no-clean-fit-2026-12-03.md");
  });
});

describe("Markdown helpers", () => {
  it("escapes what a visitor types so that it cannot become a link, emphasis or a heading", () => {
    expect(escapeMarkdown("[click](https://x) *me* #1 <b>")).toBe("\\[click\\]\\(https://x\\) \\*me\\* \\#1 \\<b\\>");
    expect(escapeMarkdown("two\nlines")).toBe("two lines");
  });

  it("joins site paths to the site's root whether or not it ends with a slash", () => {
    expect(absoluteUrl("https://example.org", "/guide/x#y")).toBe("https://example.org/guide/x#y");
    expect(absoluteUrl("https://example.org/sub/", "/plan?v=1")).toBe("https://example.org/sub/plan?v=1");
  });
});
