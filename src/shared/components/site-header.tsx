import type { ReactNode } from "react";
import { Link, NavLink } from "react-router";
import { paths } from "../paths";
import { site } from "../site";
import { ThemeToggle } from "../theme/theme-toggle";

const primaryNav = [
  { to: paths.guideIndex(), label: "Guide" },
  { to: paths.advisorStart(), label: "Advisor" },
];

/** `extra` holds header controls that features add (search), so shared code imports no feature. */
export function SiteHeader({ extra }: { extra?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.home()} className="site-header__brand">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="24" height="24" className="site-header__logo">
            <path fill="currentColor" d="M16 2 3 9v14l13 7 13-7V9L16 2Zm0 4 9 5-9 5-9-5 9-5Z" />
          </svg>
          {site.name}
        </Link>
        <nav aria-label="Primary" className="site-header__nav">
          <ul>
            {primaryNav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-header__tools">
          {extra}
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
