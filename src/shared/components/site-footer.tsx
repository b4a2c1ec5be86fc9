import { Link } from "react-router";
import { paths } from "../paths";
import { site } from "../site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          {site.name} is independent guidance, not a Microsoft product. Facts are taken from Microsoft Learn; each guide
          page lists its sources and the date it was last reviewed.
        </p>
        <ul className="site-footer__links">
          <li>
            <Link to={paths.guideIndex()}>Guide</Link>
          </li>
          <li>
            <Link to={paths.advisorStart()}>Advisor</Link>
          </li>
          <li>
            <a href="https://learn.microsoft.com/microsoft-identity-manager/migrate-from-the-fim-connector-for-azure-active-directory">
              Microsoft's migration article
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
