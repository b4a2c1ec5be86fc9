import { Link } from "react-router";
import type { SourceLink } from "../../shared/content/frontmatter";
import { paths } from "../../shared/paths";
import type { GuidePageSummary } from "./guide-index.server";

export function PageSources({ sources }: { sources: SourceLink[] }) {
  return (
    <section aria-labelledby="page-sources" className="page-sources">
      <h2 id="page-sources">Sources</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} className="external-link">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PrevNext({ pages, slug }: { pages: GuidePageSummary[]; slug: string }) {
  const index = pages.findIndex((page) => page.slug === slug);
  const previous = index > 0 ? pages[index - 1] : undefined;
  const next = index >= 0 ? pages[index + 1] : undefined;
  return (
    <nav aria-label="Previous and next pages" className="prev-next">
      {previous && (
        <Link to={paths.guidePage(previous.slug)} rel="prev" className="prev-next__link prev-next__link--prev">
          <span className="prev-next__label">Previous</span> {previous.title}
        </Link>
      )}
      {next && (
        <Link to={paths.guidePage(next.slug)} rel="next" className="prev-next__link prev-next__link--next">
          <span className="prev-next__label">Next</span> {next.title}
        </Link>
      )}
    </nav>
  );
}
