import { describe, expect, it } from "vitest";
import { fimOnlyCopiesAd } from "../../../core/decision/example-answers";
import { matchPlanSummary } from "../../../core/match-check/plan-summary";
import { zeroCounts } from "../../../core/match-check/types";
import { buildPlan } from "./build-plan";
import { planMarkdown } from "./plan-markdown";

const siteUrl = "https://example.org/entra-migration-advisor/";
const plan = buildPlan(fimOnlyCopiesAd);
const matchingStep = plan.steps.find((step) => step.showsMatchCheck)!;
// The step's own lines: from its title to the next task.
const stepOf = (markdown: string) =>
  markdown.split(`**${matchingStep.number}. ${matchingStep.title}**`)[1]!.split("\n- [")[0]!;

describe("the matching step in the plan's Markdown", () => {
  it("is the step that compares ImmutableIds, and invites the check when none is saved", () => {
    expect(plan.steps.filter((step) => step.showsMatchCheck).map((step) => step.id)).toEqual([
      "prepare-compare-immutableids",
    ]);
    expect(stepOf(planMarkdown(plan, { siteUrl, producedOn: "2026-12-03" }))).toContain(
      `not run in this browser yet. Check matching: <${siteUrl}match>`,
    );
  });

  it("carries the saved counts and a no-go with what to do for each blocking verdict", () => {
    const matchCheck = matchPlanSummary({
      counts: { ...zeroCounts(), collision: 4, "no-ad-object": 2, "hard-match": 1200 },
      target: "cloud-sync",
      checkedAt: "2026-12-03T04:00:00.000Z",
    });
    const step = stepOf(planMarkdown(plan, { siteUrl, producedOn: "2026-12-03", matchCheck }));
    expect(step).toContain(
      "Match check: No-go: the last match check (for cloud sync) found 4 collision, 2 no AD user.",
    );
    expect(step).toMatch(/- Collision \(4\): An AD user nothing claims/);
    expect(step).toMatch(/- No AD user \(2\): No AD user has/);
    expect(step).toContain("hard match 1,200");
  });
});
