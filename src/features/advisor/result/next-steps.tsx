import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import type { Evaluation } from "../../../core/decision/evaluate";

/** What to do next, in order, with the guide pages that hold each step. */
export function NextSteps({ result, planHref }: { result: Evaluation; planHref: string }) {
  const option = result.recommended;
  return (
    <section aria-labelledby="next-steps">
      <h2 id="next-steps">Next steps</h2>
      <ol className="next-steps">
        {option ? (
          <>
            <li>
              Read the guide page for your option, <Link to={paths.guidePage(option)}>including its limits</Link>, and
              confirm nothing in your directory contradicts your answers.
            </li>
            <li>
              Work through the <Link to={paths.guideAnchor(`${option}#prerequisites`)}>prerequisites</Link>: servers,
              accounts, permissions and licences.
            </li>
            <li>
              Pilot with scopes the old connector and the new engine never share, and check that existing Entra objects
              are taken over, not duplicated (
              <Link to={paths.guideAnchor("overview#source-anchor-matching")}>source anchor matching</Link>).
              {option !== "graph-connector" && (
                <>
                  {" "}
                  Before the first sync, <Link to={paths.matchCheck()}>check matching</Link> for every user from your
                  own AD and Entra exports.
                </>
              )}
            </li>
            <li>
              Follow the <Link to={paths.guideAnchor(`${option}#migration-steps`)}>migration steps</Link> to cut over,
              then <Link to={paths.guideAnchor("remove-old-connector#checklist")}>remove the old connector</Link>,
              deletion rules first.
            </li>
          </>
        ) : (
          <>
            <li>
              Check the answers that collide above: an estimate that is too cautious (a domain size, a need you could
              live without) is the most common cause.
            </li>
            <li>
              Talk to a partner before choosing: Microsoft recommends one for production changes of sync technology (
              <Link to={paths.guideAnchor("overview#work-with-a-partner")}>why</Link>).
            </li>
            <li>
              Meanwhile,{" "}
              <Link to={paths.guideAnchor("remove-old-connector#before-you-start")}>
                prepare to remove the old connector
              </Link>
              : it has not connected since April 2024.
            </li>
          </>
        )}
      </ol>
      <p>
        <Link to={planHref} className="button button--primary">
          Open your migration plan
        </Link>
      </p>
    </section>
  );
}
