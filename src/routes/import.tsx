import { ImportPage } from "../features/import/import-page";
import "../features/import/import.css";
import { pageTitle } from "../shared/site";

export const meta = () => {
  const title = "Read your sync server";
  const description =
    "Read your FIM/MIM server's configuration export in this browser: the old connector's flows, where each attribute goes next, what deleting it would delete, and answers for the advisor. Nothing is uploaded.";
  return [
    { title: pageTitle(title) },
    { name: "description", content: description },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
  ];
};

export default ImportPage;
