import { useEffect, useMemo } from "react";
import { Link } from "react-router";
import { paths } from "../../shared/paths";
import { useProgressiveCount } from "../../shared/use-progressive-count";
import type { CompleteAnswers } from "../../core/decision/answers";
import { buildPlan } from "./model/build-plan";
import { PlanActions } from "./components/plan-actions";
import { PlanAnswersSection } from "./components/plan-answers-section";
import { PlanCaveatsSection } from "./components/plan-caveats-section";
import { PlanFindingsSection, usePlanFindings } from "./components/plan-findings-section";
import { usePlanMatch } from "./components/plan-match-check";
import { usePlanPending } from "./components/plan-pending-exports";
import guide from "virtual:plan-guide-info";
import { contentLastReviewed } from "./model/plan-guide-info";
import { PlanPhaseSection } from "./components/plan-phase-section";
import { PlanMeta } from "./components/plan-meta";
import { PlanProgressSummary } from "./components/plan-progress-summary";
import { rehydratePlanProgress, usePlanProgressStore } from "./state/plan-progress-store";
import { usePlanProgress } from "./state/use-plan-progress";
import { useSiteUrl } from "./hooks/use-site-url";
import { useExpandDetailsForPrint } from "./hooks/use-expand-details-for-print";
import { useToday } from "./hooks/use-today";

/**
 * The plan below its title, for one answer set: when and where it was made, the answers, the
 * caveats and the checklist. Loaded after the title has painted, in the browser only, with what
 * it needs to know of the guide (read from content/guide at build time: scripts/plan/vite-plugin.ts).
 */
export function PlanDetails({ answers }: { answers: CompleteAnswers }) {
  // Built once: the checklist re-renders for each phase it adds.
  const plan = useMemo(() => buildPlan(answers), [answers]);
  useExpandDetailsForPrint();
  useEffect(() => {
    void rehydratePlanProgress();
  }, []);
  const siteUrl = useSiteUrl();
  const producedOn = useToday();
  const lastReviewed = contentLastReviewed(plan, guide);
  const { progress } = usePlanProgress(plan.query);
  const updateStep = usePlanProgressStore((state) => state.updateStep);
  const clearPlan = usePlanProgressStore((state) => state.clearPlan);
  const done = plan.steps.filter((s) => progress[s.id]?.done).length;
  const saved = plan.steps.filter((s) => progress[s.id] !== undefined).length;
  // The checklist is below the fold and holds most of the page: its phases arrive one per task
  // (Lighthouse measured a 250-300 ms task for the plan when it rendered in one go).
  const phasesShown = useProgressiveCount(plan.phases.length);

  // The sync server's export saved in this browser, if any: shown and exported, never in the link.
  const findings = usePlanFindings();
  // The last match check's counts saved in this browser, if any: in the matching step and its Markdown.
  const matchCheck = usePlanMatch();
  // The last pending exports read, if any: in the cut-over steps and their Markdown.
  const pendingExports = usePlanPending();

  const documentInfo = () => ({
    siteUrl,
    producedOn,
    lastReviewed,
    sectionTitles: guide.sectionTitles,
    progress,
    ...(findings ? { findings } : {}),
    ...(matchCheck ? { matchCheck } : {}),
    ...(pendingExports ? { pendingExports } : {}),
  });

  return (
    <>
      <PlanMeta plan={plan} siteUrl={siteUrl} producedOn={producedOn} lastReviewed={lastReviewed} />
      <PlanActions plan={plan} documentInfo={documentInfo} />
      <PlanAnswersSection plan={plan} />
      <PlanCaveatsSection plan={plan} siteUrl={siteUrl} guide={guide} />
      {findings && <PlanFindingsSection findings={findings} />}
      <section aria-labelledby="plan-checklist" className="plan-checklist" aria-busy={phasesShown < plan.phases.length}>
        <h2 id="plan-checklist">Checklist</h2>
        <PlanProgressSummary
          done={done}
          total={plan.steps.length}
          saved={saved}
          onClear={() => clearPlan(plan.query)}
        />
        {plan.phases.slice(0, phasesShown).map((phase, index) => (
          <PlanPhaseSection
            key={phase.id}
            phase={phase}
            index={index + 1}
            progress={progress}
            onStepChange={(stepId, change) => updateStep(plan.query, stepId, change)}
            siteUrl={siteUrl}
            guide={guide}
          />
        ))}
      </section>
      <p className="plan-back">
        <Link to={paths.recommendation(plan.outcome, plan.query)}>Back to the recommendation behind this plan</Link>
      </p>
    </>
  );
}
