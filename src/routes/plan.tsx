import { useLoaderData } from "react-router";
import { planGuideInfo } from "../features/plan/model/plan-guide-info.server";
import { PlanPage } from "../features/plan/plan-page";
import "../features/plan/plan.css";
import "../features/plan/plan-print.css";
import { pageTitle } from "../shared/site";

// Runs at build time only (prerender): review dates and section names travel to the client as data.
export function loader() {
  return planGuideInfo();
}

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
  return <PlanPage guide={useLoaderData<typeof loader>()} />;
}
