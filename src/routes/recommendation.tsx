import { isOutcomeId, outcomes } from "../core/decision/outcomes";
import { RecommendationPage } from "../features/advisor/result/recommendation-page";
import { pageTitle } from "../shared/site";
import type { Route } from "./+types/recommendation";

// Each outcome's page is prerendered with its own preview text; the answers in the query decide what shows.
export const meta = ({ params }: Route.MetaArgs) => {
  const outcome = params.outcomeId && isOutcomeId(params.outcomeId) ? outcomes[params.outcomeId] : undefined;
  const title = outcome ? `Recommendation: ${outcome.name}` : "Your recommendation";
  const description =
    outcome?.summary ?? "The advisor's recommendation for leaving the FIM Connector for Microsoft Entra ID.";
  return [
    { title: pageTitle(title) },
    { name: "description", content: description },
    { property: "og:type", content: "website" },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { name: "twitter:card", content: "summary" },
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: description },
  ];
};

export default function Recommendation() {
  return <RecommendationPage />;
}
