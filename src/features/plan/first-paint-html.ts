import { decideOutcome } from "../../core/decision/decide-outcome";
import { detailsPendingHtml, escapeHtml as e, type PaintedResult } from "../../core/linked-page/first-paint";
import { headlineTiming } from "../../core/linked-page/headline-timing";
import { site } from "../../shared/site";
import { planLeadFor, planTitleFor } from "./model/plan-heading-text";

// The plan's first paint, as HTML: the same elements, classes and text the app renders for it at
// once (PlanHeading and LinkedDetailsPending), so nothing moves when the app takes over.
// first-paint-html.test.tsx renders both and fails if they differ.

/** The plan's title and lead (PlanHeading), then the space its steps will fill. */
export function planFirstPaint({ answers }: PaintedResult): string {
  const decision = decideOutcome(answers);
  return (
    '<header class="page-header plan-header">' +
    `<p class="page-header__eyebrow">${e(site.name)} · Migration plan</p>` +
    `<h1 tabindex="-1" data-plan="${e(decision.outcome)}">${e(planTitleFor(decision.recommended))}</h1>` +
    `<p class="page-header__lead" elementtiming="${headlineTiming}">${e(planLeadFor(decision.recommended))}</p>` +
    "</header>" +
    detailsPendingHtml
  );
}
