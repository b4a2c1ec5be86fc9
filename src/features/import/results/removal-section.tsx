import { findingAnchors, type Analysis } from "../../../core/sync-export/analyze";
import { extensionAdvice } from "../../../core/sync-export/extension-findings";
import { GuideLink } from "./guide-link";

const riskText = {
  deletes: "Deletes objects",
  "last-connector": "Deletes objects with no other connector",
  scripted: "Decided by code: review",
  review: "Unknown rule type: review this rule",
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
                    {finding.missingAgents.length > 0 && (
                      <p className="import-cell-note" data-missing-agents={finding.missingAgents.join(" ")}>
                        The rule names {finding.missingAgents.join(", ")}, which{" "}
                        {finding.missingAgents.length === 1 ? "is" : "are"} not among the files: export the whole
                        server, or check whether that agent was deleted.
                      </p>
                    )}
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
      {old && analysis.recall.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Attribute recall (scrolls sideways)">
          <table>
            <caption>
              Values "{old.name}" contributes that other agents export: deleting it recalls them (
              <GuideLink anchor={findingAnchors.recall}>attribute recall</GuideLink>)
            </caption>
            <thead>
              <tr>
                <th scope="col">Metaverse attribute</th>
                <th scope="col">Exported to</th>
                <th scope="col">Deleting the agent</th>
                <th scope="col">Change before you delete it</th>
              </tr>
            </thead>
            <tbody>
              {analysis.recall.map((finding) => {
                const exportedTo = finding.exportedTo.map((to) => `${to.agent}: ${to.attribute}`).join("; ");
                return (
                  <tr
                    key={`${finding.mvObjectType}.${finding.mvAttribute}`}
                    data-recall={finding.mvAttribute}
                    data-recall-object-type={finding.mvObjectType}
                    data-recall-setting={finding.recall}
                    data-exported-to={exportedTo}
                  >
                    <th scope="row">
                      {finding.mvObjectType}.{finding.mvAttribute}
                    </th>
                    <td>
                      <ul className="import-cell-list">
                        {finding.exportedTo.map((to) => (
                          <li key={`${to.agent}-${to.objectType}-${to.attribute}`}>
                            "{to.agent}" {to.objectType}.{to.attribute}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{finding.effect}</td>
                    <td>{finding.change}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {old && analysis.extensions.length > 0 && (
        <div data-extensions>
          <h4>Rules extensions</h4>
          <p>
            {extensionAdvice(old.name)} (<GuideLink anchor={findingAnchors.extensions}>rules extensions</GuideLink>)
          </p>
          <ul>
            {analysis.extensions.map((extension) => (
              <li key={`${extension.where}-${extension.assembly}`} data-extension={extension.assembly}>
                <code>{extension.assembly}</code>, in {extension.where}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        Then follow the <GuideLink anchor={findingAnchors.checklist}>removal checklist</GuideLink>: back up the sync
        database, and inspect pending exports on every other agent before any export runs.
      </p>
    </section>
  );
}
