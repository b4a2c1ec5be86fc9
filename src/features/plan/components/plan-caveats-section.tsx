import type { Plan } from "../model/build-plan";
import { GuideSectionLink } from "./guide-section-link";
import type { PlanGuideInfo } from "../model/plan-guide-info";

/** The advisor's caveats for these answers, each with the guide section behind it. */
export function PlanCaveatsSection({ plan, siteUrl, guide }: { plan: Plan; siteUrl: string; guide: PlanGuideInfo }) {
  return (
    <section aria-labelledby="plan-caveats" className="plan-caveats">
      <h2 id="plan-caveats">Caveats</h2>
      <ul className="caveat-list">
        {plan.result.caveats.map((caveat) => (
          <li key={caveat.id} data-caveat={caveat.id} className="caveat">
            <strong className="caveat__title">{caveat.title}</strong>
            <span className="caveat__text">
              {caveat.text}{" "}
              <span className="plan-caveats__guide">
                Guide: <GuideSectionLink anchor={caveat.anchor} siteUrl={siteUrl} sectionTitles={guide.sectionTitles} />
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
