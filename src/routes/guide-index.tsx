import { Link, useRouteLoaderData } from "react-router";
import type { loader } from "./guide-layout";
import { paths } from "../shared/paths";
import { pageTitle } from "../shared/site";

const title = "The migration guide";
const description =
  "Everything an identity team needs to leave the FIM Connector for Microsoft Entra ID: the three replacements, how they compare, prerequisites and removing the old connector.";

export const meta = () => [{ title: pageTitle(title) }, { name: "description", content: description }];

export default function GuideIndex() {
  const data = useRouteLoaderData<typeof loader>("routes/guide-layout");
  const pages = data?.pages ?? [];
  return (
    <div className="prose">
      <header className="page-header">
        <h1>{title}</h1>
        <p className="page-header__lead">{description}</p>
      </header>
      <ol className="card-list">
        {pages.map((page) => (
          <li key={page.slug} className="card">
            <p className="card__eyebrow">{page.group}</p>
            <h2 className="card__title">
              <Link to={paths.guidePage(page.slug)}>{page.title}</Link>
            </h2>
            <p>{page.description}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
