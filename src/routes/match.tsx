import { MatchPage } from "../features/match/match-page";
import "../features/import/import.css";
import "../features/match/match.css";
import { pageTitle } from "../shared/site";

export const meta = () => {
  const title = "Check matching";
  const description =
    "Before the first sync, compare every AD user with every Entra user in this browser: which the new engine will hard-match, which need ms-DS-ConsistencyGuid written, and which would be duplicated. Nothing is uploaded.";
  return [
    { title: pageTitle(title) },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
  ];
};

export default MatchPage;
