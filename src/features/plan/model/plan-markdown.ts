import type { GuideAnchor } from "../../../shared/guide-anchors";
import { paths } from "../../../shared/paths";
import { site } from "../../../shared/site";
import { outcomes } from "../../../core/decision";
import { formatDate } from "../../../shared/format-date";
import {
  findingsSourceText,
  flowKindLabel,
  formatReadAt,
  riskLabel,
  type PlanFindings,
} from "../../../core/sync-export/plan-findings";
import { lowerFirst, matchPlanHeadline, type MatchPlanSummary } from "../../../core/match-check/plan-summary";
import {
  gateResultWords,
  pendingFileLine,
  pendingPlanHeadline,
  type PendingPlanSummary,
} from "../../../core/pending-findings/plan-summary";
import type { Plan, PlanStep } from "./build-plan";
import { planAnswers } from "./plan-answers";
import { planLeadFor, planTitleFor } from "./plan-heading-text";
import type { PlanProgress } from "./plan-progress";

export interface PlanDocumentInfo {
  /** The site's absolute root URL, base path included, ending in "/": `https://example.org/advisor/`. */
  readonly siteUrl: string;
  /** The visitor's date, "YYYY-MM-DD". */
  readonly producedOn: string;
  /** The newest review date of the guide pages the plan links to, "YYYY-MM-DD". */
  readonly lastReviewed?: string;
  /** "Page title › Section title" per anchor, when known. */
  readonly sectionTitles?: Readonly<Partial<Record<GuideAnchor, string>>>;
  readonly progress?: PlanProgress;
  /** What the sync server's export saved in this browser shows (never in a share link). */
  readonly findings?: PlanFindings;
  /** The last match check's counts saved in this browser (never in a share link). */
  readonly matchCheck?: MatchPlanSummary;
  /** The cut-over gates of the last pending exports read, saved in this browser (never in a share link). */
  readonly pendingExports?: PendingPlanSummary;
}

/** The plan's title: names the recommended option, or says that none fits. */
export const planTitle = (plan: Plan) => planTitleFor(plan.result.recommended);

/** The recommended option in words. */
export function recommendedText(plan: Plan): string {
  return plan.result.recommended
    ? outcomes[plan.result.recommended].name
    : "None fits as answered: resolve the collision first";
}

/** The plan's opening paragraph: what the option does, or for no clean fit, where the plan starts. */
export const planLead = (plan: Plan) => planLeadFor(plan.result.recommended);

/** A site path ("/guide/x#y") as an absolute URL under the site's root. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/?$/, "/")}${path.replace(/^\//, "")}`;
}

export const planUrl = (plan: Plan, siteUrl: string) => absoluteUrl(siteUrl, paths.plan(plan.query));
export const recommendationUrl = (plan: Plan, siteUrl: string) =>
  absoluteUrl(siteUrl, paths.recommendation(plan.outcome, plan.query));
export const guideUrl = (anchor: GuideAnchor, siteUrl: string) => absoluteUrl(siteUrl, paths.guideAnchor(anchor));

/** Markdown-escapes text typed by the visitor, so a name cannot turn into a link or a heading. */
export function escapeMarkdown(value: string): string {
  return value.replace(/\s+/g, " ").replace(/([\\`*_[\]{}<>()#+!|~])/g, "\\$1");
}

const cell = (value: string) => value.replace(/\|/g, "\\|");

export const findingsTitle = "From your sync server's export";

/** The findings of the export saved in this browser: what to change, rewrite and map. */
export function findingsMarkdown(findings: PlanFindings, siteUrl: string): string[] {
  const text = escapeMarkdown;
  const out = [
    `## ${findingsTitle}`,
    "",
    text(findingsSourceText(findings, formatReadAt)),
    `Read it again or forget it: <${absoluteUrl(siteUrl, paths.importConfig())}>`,
    "",
  ];
  if (!findings.oldConnector) {
    out.push(text(findings.noOldConnector ?? "The export names no old connector."), "");
    return out;
  }
  const old = findings.oldConnector;
  out.push("### Deletion rules to change before you delete the old connector", "");
  if (findings.removalUnknown) out.push(text(findings.removalUnknown), "");
  else if (findings.deletionRules.length === 0)
    out.push(`No deletion rule deletes objects when "${text(old.name)}" is deleted.`, "");
  for (const rule of findings.deletionRules) {
    out.push(
      `- [ ] **${text(rule.mvObjectType)}** (${rule.ruleType ? `${text(rule.ruleType)} rule` : "no rule in MV.XML"}): ${riskLabel[rule.risk]}. ${text(rule.effect)}`,
      `  - Change: ${text(rule.change)}`,
    );
  }
  if (findings.deletionRules.length > 0) out.push("");
  if (findings.safeTypes.length > 0)
    out.push(`Deleting it deletes no ${findings.safeTypes.map(text).join(", ")} object.`, "");
  if (findings.recall && findings.recall.length > 0) {
    out.push("### Attribute recall", "");
    for (const finding of findings.recall)
      out.push(
        `- [ ] **${text(finding.mvObjectType)}.${text(finding.mvAttribute)}** (exported to ${text(finding.exportedTo)}): ${text(finding.effect)}`,
        `  - Change: ${text(finding.change)}`,
      );
    out.push("");
  }
  if (findings.extensions) {
    out.push(
      "### Rules extensions",
      "",
      `- [ ] ${text(findings.extensions.advice)} Extensions: ${findings.extensions.assemblies.map(text).join(", ")}.`,
      "",
    );
  }
  out.push("### Flows to rewrite", "");
  if (findings.scripted.length === 0 && findings.syncRule.length === 0)
    out.push("None: every export flow is direct or a constant.", "");
  if (findings.scripted.length > 0) {
    out.push(
      `Scripted flows: code in the rules extension ${old.extension ? text(old.extension) : "(not named in the export)"}, which neither new engine runs.`,
      "",
      ...findings.scripted.map(
        (flow) =>
          `- [ ] ${text(flow.objectType)}.**${text(flow.target)}** ← ${flow.sources.map(text).join(", ") || "no attribute"}${flow.scriptContext ? ` (${text(flow.scriptContext)})` : ""}`,
      ),
      "",
    );
  }
  if (findings.syncRule.length > 0) {
    out.push(
      "Synchronization-rule flows: the rules live in the FIM Service; the export holds each flow's constant or expression.",
      "",
      ...findings.syncRule.map(
        (flow) =>
          `- [ ] ${text(flow.objectType)}.**${text(flow.target)}**${flow.syncRuleId ? `, rule ${text(flow.syncRuleId)}` : ""}${flow.mappingType ? ` (${text(flow.mappingType)} mapping)` : ""}${flow.value !== undefined ? `: ${text(flow.value)}` : ""}`,
      ),
      "",
    );
  }
  out.push("### Attributes to map", "");
  if (findings.attributes.length === 0) out.push(`"${text(old.name)}" has no export flow in the export.`, "");
  else
    out.push(
      "| Object type | Entra attribute | From the metaverse | Kind | Cloud sync | Connect Sync |",
      "| --- | --- | --- | --- | --- | --- |",
      ...findings.attributes.map(
        (a) =>
          `| ${[a.objectType, a.target, a.sources.join(", ") || "none", flowKindLabel[a.kind], a.cloudSync, a.connectSync].map((value) => cell(text(value))).join(" | ")} |`,
      ),
      "",
    );
  return out;
}

/** The matching step's go or no-go from the last match check, with what to do for each blocking verdict. */
function matchCheckMarkdown(info: PlanDocumentInfo): string[] {
  const url = absoluteUrl(info.siteUrl, paths.matchCheck());
  const summary = info.matchCheck;
  if (!summary) return [`  - Match check: not run in this browser yet. Check matching: <${url}>`];
  return [
    `  - Match check: ${matchPlanHeadline(summary)}`,
    ...summary.blocking.map((entry) => `    - ${entry.label} (${entry.count.toLocaleString("en")}): ${entry.todo}`),
    ...summary.objectBlocking.map(
      (entry) =>
        `    - ${entry.label.charAt(0).toUpperCase()}${entry.label.slice(1)} (${entry.count.toLocaleString("en")}): ${entry.todo}`,
    ),
    `    - Counts (${summary.checkedAt.slice(0, 10)}): ${summary.counts.map((entry) => `${lowerFirst(entry.label)} ${entry.count.toLocaleString("en")}`).join(", ")}. Check again: <${url}>`,
  ];
}

/** A cut-over step's gates from the last pending exports read: go, no-go or not decided, each gate and the file. */
function pendingExportsMarkdown(info: PlanDocumentInfo): string[] {
  const url = absoluteUrl(info.siteUrl, paths.pendingExports());
  const summary = info.pendingExports;
  if (!summary) return [`  - Pending exports: not checked yet in this browser. Check pending exports: <${url}>`];
  return [
    `  - Pending exports: ${pendingPlanHeadline(summary)}`,
    ...summary.gates.map((gate) => `    - ${gate.title}: ${gateResultWords[gate.result]}. ${gate.reason}`),
    `    - File: ${pendingFileLine(summary)} Check again: <${url}>`,
  ];
}

function stepMarkdown(step: PlanStep, info: PlanDocumentInfo): string[] {
  const progress = info.progress?.[step.id];
  const section = info.sectionTitles?.[step.anchor];
  const url = guideUrl(step.anchor, info.siteUrl);
  const lines = [
    `- [${progress?.done ? "x" : " "}] **${step.number}. ${step.title}**`,
    `  - What: ${step.what}`,
    `  - Why: ${step.why}`,
    `  - Guide: ${section ? `[${section}](${url})` : `<${url}>`}`,
  ];
  if (step.because) lines.push(`  - Included because: ${step.because}`);
  if (step.showsMatchCheck) lines.push(...matchCheckMarkdown(info));
  if (step.showsPendingExports) lines.push(...pendingExportsMarkdown(info));
  const owner = progress?.owner ? escapeMarkdown(progress.owner) : "";
  const due = progress?.due ? formatDate(progress.due) : "";
  if (owner || due) lines.push(`  - ${[owner && `Owner: ${owner}`, due && `Due: ${due}`].filter(Boolean).join(" · ")}`);
  return lines;
}

/**
 * The plan as Markdown for a ticket or a wiki page: title block, answers, caveats, then the
 * checklist as task-list items. Every link is absolute, so the text works anywhere.
 */
export function planMarkdown(plan: Plan, info: PlanDocumentInfo): string {
  const out: string[] = [
    `# ${planTitle(plan)}`,
    "",
    planLead(plan),
    "",
    `- Produced with: ${site.name}`,
    `- Recommended option: ${recommendedText(plan)}`,
    `- Plan produced: ${formatDate(info.producedOn)}`,
    ...(info.lastReviewed ? [`- Guide content last reviewed: ${formatDate(info.lastReviewed)}`] : []),
    `- Live plan: <${planUrl(plan, info.siteUrl)}>`,
    `- Recommendation: <${recommendationUrl(plan, info.siteUrl)}>`,
    "",
    "## Your answers",
    "",
    "| Question | Answer |",
    "| --- | --- |",
    ...planAnswers(plan).map((a) => `| ${cell(a.question)} | ${cell(a.answer)} |`),
    "",
    "## Caveats",
    "",
    ...plan.result.caveats.map(
      (caveat) => `- **${caveat.title}.** ${caveat.text} <${guideUrl(caveat.anchor, info.siteUrl)}>`,
    ),
    "",
    ...(info.findings ? findingsMarkdown(info.findings, info.siteUrl) : []),
    "## Checklist",
  ];
  for (const phase of plan.phases) {
    out.push("", `### ${phase.title}`, "", phase.summary, "");
    for (const step of phase.steps) out.push(...stepMarkdown(step, info));
  }
  out.push("");
  return out.join("\n");
}

/** `migration-plan-cloud-sync-2026-11-26.md` */
export function planFileName(plan: Plan, producedOn: string, suffix = ".md"): string {
  return `migration-plan-${plan.outcome}-${producedOn}${suffix}`;
}
