import { Outlet, useLoaderData, useLocation } from "react-router";
import { SavedRecommendationLink } from "../features/advisor/components/saved-recommendation-link";
import { formatDate } from "../shared/format-date";
import { useGuidePage } from "../features/guide/guide-handle";
import { guideIndex } from "../features/guide/guide-index.server";
import { GuideNav } from "../features/guide/guide-nav";
import { PageSources, PrevNext } from "../features/guide/page-footer";
import { usePreloadGuideOnIntent } from "../features/guide/preload-on-intent";
import { TableOfContents } from "../features/guide/table-of-contents";
import { pageTitle } from "../shared/site";
import type { Route } from "./+types/guide-layout";

// Runs at build time only (prerender): the page list travels to the client as data.
export function loader() {
  return { pages: guideIndex() };
}

export const meta: Route.MetaFunction = ({ data, location }) => {
  const slug = location.pathname.replace(/\/+$/, "").split("/").at(-1);
  const page = data?.pages.find((entry) => entry.slug === slug);
  if (!page) return [];
  return [
    { title: pageTitle(page.title) },
    { name: "description", content: page.description },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
  ];
};

export default function GuideLayout() {
  const { pages } = useLoaderData<typeof loader>();
  const handle = useGuidePage();
  usePreloadGuideOnIntent();
  const { pathname } = useLocation();
  const slug = pathname.replace(/\/+$/, "").split("/").at(-1) ?? "";
  return (
    <div className="guide-layout">
      <div className="guide-layout__sidebar">
        <GuideNav pages={pages} label="Guide" idPrefix="sidebar" />
      </div>
      <main id="main" tabIndex={-1} className="guide-layout__main">
        <details className="guide-layout__menu">
          <summary>Guide pages</summary>
          <GuideNav pages={pages} label="Guide pages" idPrefix="menu" />
        </details>
        <SavedRecommendationLink />
        {handle ? (
          <article className="prose">
            <header className="page-header">
              <h1>{handle.frontmatter.title}</h1>
              <p className="page-header__lead">{handle.frontmatter.description}</p>
              <p className="page-header__meta">Last reviewed {formatDate(handle.frontmatter.lastReviewed)}</p>
            </header>
            <Outlet />
            <PageSources sources={handle.frontmatter.sources} />
            <PrevNext pages={pages} slug={slug} />
          </article>
        ) : (
          <Outlet />
        )}
      </main>
      <div className="guide-layout__toc">{handle && <TableOfContents headings={handle.headings} />}</div>
    </div>
  );
}
