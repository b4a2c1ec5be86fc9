import { describe, expect, it } from "vitest";
import { fimOnlyCopiesAd, ldapWithoutLicences } from "../../../core/decision/example-answers";
import { pendingPlanSummary } from "../../../core/pending-findings/plan-summary";
import { buildPlan } from "./build-plan";
import { planMarkdown } from "./plan-markdown";

const siteUrl = "https://example.org/entra-migration-advisor/";
const plan = buildPlan(fimOnlyCopiesAd);
const widenStep = plan.steps.find((step) => step.id === "cutover-widen-scope")!;
const stepOf = (markdown: string) =>
  markdown.split(`**${widenStep.number}. ${widenStep.title}**`)[1]!.split("\n- [")[0]!;

const pendingExports = pendingPlanSummary({
  file: "pending-entra.xml",
  fileDate: "2026-12-02T21:00:00.000Z",
  checkedAt: "2026-12-03T06:00:00.000Z",
  deleteThreshold: 500,
  counts: [{ objectType: "user", operation: "delete", count: 700 }],
  gates: [
    { id: "delete-threshold", result: "fail", reason: "700 deletes pending: more than the threshold of 500." },
    { id: "adds-should-match", result: "pass", reason: "None of the 0 pending adds matches." },
    { id: "anchor-changes", result: "pass", reason: "No anchor changes." },
    { id: "old-connector-deletes", result: "unknown", reason: "Cannot be told from this file alone." },
  ],
});

describe("the cut-over steps in the plan's Markdown", () => {
  it("are every batch of the cut-over, and for Connect Sync leaving staging mode too", () => {
    expect(plan.outcome).toBe("cloud-sync");
    expect(plan.steps.filter((step) => step.showsPendingExports).map((step) => step.id)).toEqual([
      "cutover-widen-scope",
    ]);
    const connectSync = buildPlan(ldapWithoutLicences);
    expect(connectSync.outcome).toBe("connect-sync");
    expect(connectSync.steps.filter((step) => step.showsPendingExports).map((step) => step.id)).toEqual([
      "pilot-leave-staging",
      "cutover-widen-scope",
    ]);
  });

  it("say not checked yet, with the page's link, when nothing is saved", () => {
    expect(stepOf(planMarkdown(plan, { siteUrl, producedOn: "2026-12-03" }))).toContain(
      `Pending exports: not checked yet in this browser. Check pending exports: <${siteUrl}pending-exports>`,
    );
  });

  it("carry the no-go, each gate with its result and reason, and the file's date", () => {
    const step = stepOf(planMarkdown(plan, { siteUrl, producedOn: "2026-12-03", pendingExports }));
    expect(step).toContain("Pending exports: No-go: the last pending exports read failed a gate");
    expect(step).toContain("- Deletes under the deletion threshold: fail. 700 deletes pending");
    expect(step).toContain("- No delete of an object the old connector created: not judged.");
    expect(step).toContain("File: pending-entra.xml, dated 2 Dec 2026, 21:00 UTC: 0 adds, 0 updates, 700 deletes");
  });
});
