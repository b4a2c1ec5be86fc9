import { PendingExportsPage } from "../features/pending-exports/pending-page";
import "../features/import/import.css";
import "../features/match/match.css";
import "../features/pending-exports/pending.css";
import { pageTitle } from "../shared/site";

export const meta = () => {
  const title = "Check pending exports";
  const description =
    "Before the first export, read a staging server's pending exports (csexport) in this browser: adds, updates and deletes per object type, the attributes they change, and the cut-over gates. Nothing is uploaded.";
  return [
    { title: pageTitle(title) },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
  ];
};

export default PendingExportsPage;
