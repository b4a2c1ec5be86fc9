import type { GuideAnchor } from "../../shared/guide-anchors";
import { paths } from "../../shared/paths";
import { site } from "../../shared/site";
import { outcomes } from "../advisor/model";
import { formatDate } from "../guide/format-date";
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
