import { formatDate } from "../../../shared/format-date";
import type { Plan } from "../model/build-plan";
import { planUrl, recommendedText } from "../model/plan-markdown";

interface Props {
  plan: Plan;
  siteUrl: string;
  producedOn: string;
  lastReviewed: string | undefined;
}

/** What a printed plan needs on its first page, under the title: when it was made, and where it lives online. */
export function PlanMeta({ plan, siteUrl, producedOn, lastReviewed }: Props) {
  const url = planUrl(plan, siteUrl);
  return (
    <dl className="plan-meta">
      <div>
        <dt>Recommended option</dt>
        <dd data-recommendation={plan.outcome}>{recommendedText(plan)}</dd>
      </div>
      <div>
        <dt>Plan produced</dt>
        <dd data-produced={producedOn}>{producedOn ? formatDate(producedOn) : ""}</dd>
      </div>
      {lastReviewed && (
        <div>
          <dt>Guide content last reviewed</dt>
          <dd>{formatDate(lastReviewed)}</dd>
        </div>
      )}
      <div>
        <dt>This plan online</dt>
        <dd>
          <a href={url} className="plan-meta__url" data-plan-url>
            {url}
          </a>
        </dd>
      </div>
    </dl>
  );
}
