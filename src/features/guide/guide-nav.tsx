import { NavLink } from "react-router";
import { paths } from "../../shared/paths";
import type { GuidePageSummary } from "./guide-index.server";

function groupPages(pages: GuidePageSummary[]) {
  const groups = new Map<string, GuidePageSummary[]>();
  for (const page of pages) groups.set(page.group, [...(groups.get(page.group) ?? []), page]);
  return [...groups];
}

/** The guide's page list; NavLink marks the current page with aria-current="page". */
const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** `idPrefix` keeps ids unique when the list is rendered twice (sidebar and mobile menu). */
export function GuideNav({ pages, label, idPrefix }: { pages: GuidePageSummary[]; label: string; idPrefix: string }) {
  return (
    <nav aria-label={label} className="guide-nav">
      {groupPages(pages).map(([group, items]) => (
        <div key={group} className="guide-nav__group">
          <p className="guide-nav__heading" id={`${idPrefix}-${slugify(group)}`}>
            {group}
          </p>
          <ul aria-labelledby={`${idPrefix}-${slugify(group)}`}>
            {items.map((page) => (
              <li key={page.slug}>
                <NavLink to={paths.guidePage(page.slug)} end>
                  {page.title}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
