import { Link } from "react-router";
import { paths } from "../shared/paths";
import { pageTitle, site } from "../shared/site";

export const meta = () => [
  { title: pageTitle() },
  { name: "description", content: site.description },
  { property: "og:title", content: site.name },
  { property: "og:description", content: site.description },
];

const options = [
  {
    name: "Microsoft Entra Connect cloud sync",
    path: paths.guidePage("cloud-sync"),
    text: "MIM provisions into Active Directory; the lightweight cloud sync agent carries the objects to Entra ID. Microsoft's preferred route where your forests fit its limits.",
  },
  {
    name: "Microsoft Entra Connect Sync",
    path: paths.guidePage("connect-sync"),
    text: "MIM provisions into AD or an LDAP directory; one Connect Sync server carries them to Entra ID. For topologies and features cloud sync cannot serve.",
  },
  {
    name: "MIM with the Microsoft Graph connector",
    path: paths.guidePage("graph-connector"),
    text: "MIM writes straight to Entra ID through Microsoft Graph, for users and groups that never enter an on-premises directory. Needs Entra ID P1 or P2.",
  },
];

export default function Home() {
  return (
    <main id="main" tabIndex={-1} className="page home">
      <section className="hero" aria-labelledby="home-title">
        <p className="page-header__eyebrow">FIM Connector for Microsoft Entra ID</p>
        <h1 id="home-title">Move off the deprecated connector, with a plan you can defend</h1>
        <p className="hero__lead">
          The FIM Connector for Microsoft Entra ID was deprecated in 2021 and has not been able to connect since April
          2024. Every FIM 2010 R2 or MIM 2016 deployment that still uses it must move to one of three replacements. This
          site explains each one from Microsoft's documentation and recommends one for your directory.
        </p>
        <div className="hero__actions">
          <Link to={paths.advisorStart()} className="button button--primary">
            Get a recommendation
          </Link>
          <Link to={paths.guidePage("overview")} className="button button--secondary">
            Read the guide
          </Link>
        </div>
        <p className="hero__note">
          The advisor asks up to 10 questions and takes about 5 minutes. Nothing leaves your browser.
        </p>
        <p className="hero__note">
          Have your FIM/MIM server's configuration export? <Link to={paths.importConfig()}>Read your sync server</Link>:
          this page finds the old connector, its flows and its deletion rules, in your browser.
        </p>
        <p className="hero__note">
          Before the first sync, <Link to={paths.matchCheck()}>check matching</Link>: which users the new engine will
          take over, and which it would duplicate, from two exports read in your browser.
        </p>
        <p className="hero__note">
          Before the first export, <Link to={paths.pendingExports()}>check pending exports</Link>: the adds, updates and
          deletes a staging server is about to write, judged against the cut-over gates.
        </p>
      </section>
      <section aria-labelledby="options-title" className="home__options">
        <h2 id="options-title">The three replacements</h2>
        <ul className="card-list card-list--three">
          {options.map((option) => (
            <li key={option.name} className="card">
              <h3 className="card__title">
                <Link to={option.path}>{option.name}</Link>
              </h3>
              <p>{option.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
