import { Link } from "react-router";
import { paths } from "../shared/paths";
import { pageTitle } from "../shared/site";

export const meta = () => [{ title: pageTitle("Page not found") }, { name: "robots", content: "noindex" }];

/** Rendered for every unknown URL (and prerendered as /404 for the static host's fallback). */
export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="page page--narrow">
      <p className="page-header__eyebrow">Error 404</p>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. If you typed it, check the spelling; if you followed a link, it may be out of
        date.
      </p>
      <ul>
        <li>
          <Link to={paths.home()}>Go to the home page</Link>
        </li>
        <li>
          <Link to={paths.guideIndex()}>Browse the migration guide</Link>
        </li>
        <li>
          <Link to={paths.advisorStart()}>Answer the advisor's questions</Link>
        </li>
      </ul>
    </main>
  );
}
