import { PlanPage } from "../features/plan/plan-page";
import "../features/plan/plan.css";
import "../features/plan/plan-print.css";
import { pageTitle } from "../shared/site";

export const meta = () => {
  const title = "Your migration plan";
  const description =
    "A printable, step-by-step plan for leaving the FIM Connector for Microsoft Entra ID, tailored to the advisor's answers.";
  return [
    { title: pageTitle(title) },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
  ];
};

export default function PlanRoute() {
  return <PlanPage />;
}
