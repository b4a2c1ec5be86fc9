import { findingAnchors, type Analysis } from "../../../core/sync-export/analyze";
import { GuideLink } from "./guide-link";

const riskText = {
  deletes: "Deletes objects",
  "last-connector": "Deletes objects with no other connector",
  scripted: "Decided by code: review",
  safe: "Deletes none",
} as const;

export function RemovalSection({ analysis }: { analysis: Analysis }) {
  const old = analysis.oldConnector;
  return (
    <section aria-labelledby="removal-title">
      <h3 id="removal-title">Removing it safely</h3>
      <p>
        Deleting an agent triggers the metaverse deletion rules, and a metaverse deletion can deprovision the object in
        every other system, AD included, and from there in Entra ID (
        <GuideLink anchor={findingAnchors.removal}>deletion rules</GuideLink>).
      </p>
      {analysis.removalUnknown && <p data-removal-unknown>{analysis.removalUnknown}</p>}
      {old && (
        <p>
          Its own deprovisioning setting:{" "}
          {old.deprovisioning.action || old.deprovisioning.type || "not stated in the export"}. Remove its run profiles
          ({old.runProfiles.join(", ") || "none"}) from every scheduler first (
          <GuideLink anchor={findingAnchors.runProfiles}>run profiles</GuideLink>).
        </p>
      )}
      {analysis.removal.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Deletion rules (scrolls sideways)">
          <table>
            <caption>What deleting "{old?.name}" does to each metaverse object type it is attached to</caption>
            <thead>
              <tr>
                <th scope="col">Metaverse object type and rule</th>
                <th scope="col">Deleting the agent</th>
                <th scope="col">Change before you delete it</th>
                <th scope="col">Other agents: what a metaverse deletion makes them do</th>
              </tr>
            </thead>
            <tbody>
              {analysis.removal.map((finding) => (
                <tr
                  key={finding.mvObjectType}
                  data-deletion-rule={finding.mvObjectType}
                  data-deletion-risk={finding.risk}
                >
                  <th scope="row">
                    {finding.mvObjectType}
                    <p className="import-cell-note">{finding.rule ? finding.rule.type : "no rule in MV.XML"}</p>
                  </th>
                  <td>
                    <strong className={`import-risk import-risk--${finding.risk}`}>{riskText[finding.risk]}</strong>
                    <p className="import-cell-note">{finding.effect}</p>
                  </td>
                  <td>{finding.change}</td>
                  <td>
                    {finding.otherAgents.length === 0 ? (
                      "none"
                    ) : (
                      <ul className="import-cell-list">
                        {finding.otherAgents.map((agent) => (
                          <li key={agent.name}>
                            {agent.name} ({agent.category}): {agent.deprovisioning}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        Then follow the <GuideLink anchor={findingAnchors.checklist}>removal checklist</GuideLink>: back up the sync
        database, and inspect pending exports on every other agent before any export runs.
      </p>
    </section>
  );
}
