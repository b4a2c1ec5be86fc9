import { useMemo } from "react";
import { Link } from "react-router";
import { paths } from "../../../shared/paths";
import {
  findingsSourceText,
  flowKindLabel,
  formatReadAt,
  planFindings,
  riskLabel,
  type PlanFindings,
} from "../../../core/sync-export/plan-findings";
import { useImportPersistence, useImportStore } from "../../../core/import-findings/import-store";
import { whereKeptSentence } from "../../../core/import-findings/where-kept";
import { useImportHydrated } from "../../../core/import-findings/use-import-hydrated";
import { findingsTitle } from "../model/plan-markdown";

/**
 * The findings of the sync server's export saved in this browser, if any: loaded with the plan's
 * details (never in its first load), read from this browser only, never from the link.
 */
export function usePlanFindings(): PlanFindings | undefined {
  const ready = useImportHydrated();
  const saved = useImportStore((state) => state.saved);
  return useMemo(() => (ready && saved ? planFindings(saved) : undefined), [ready, saved]);
}

function ReadAgain() {
  return (
    <p>
      <Link to={paths.importConfig()}>Read the export again, or forget it</Link> (on the page that read it).
    </p>
  );
}

/** What the export shows for this plan: the deletion rules to change, the flows to rewrite, the attributes to map. */
export function PlanFindingsSection({ findings }: { findings: PlanFindings }) {
  const old = findings.oldConnector;
  const where = useImportPersistence((state) => state.where);
  return (
    <section aria-labelledby="plan-findings" className="plan-findings" data-plan-findings={old ? "found" : "no-old"}>
      <h2 id="plan-findings">{findingsTitle}</h2>
      <p data-findings-source>
        {findingsSourceText(findings, formatReadAt)} {whereKeptSentence(where)}
      </p>
      <ReadAgain />
      {!old ? (
        <p data-findings-no-old-connector>{findings.noOldConnector}</p>
      ) : (
        <>
          <h3>Deletion rules to change before you delete the old connector</h3>
          {findings.removalUnknown && <p data-removal-unknown>{findings.removalUnknown}</p>}
          {!findings.removalUnknown && findings.deletionRules.length === 0 && (
            <p>No deletion rule deletes objects when "{old.name}" is deleted.</p>
          )}
          {findings.deletionRules.length > 0 && (
            <ul className="plan-findings__list">
              {findings.deletionRules.map((rule) => (
                <li key={rule.mvObjectType} data-plan-deletion-rule={rule.mvObjectType} data-deletion-risk={rule.risk}>
                  <strong>{rule.mvObjectType}</strong> ({rule.ruleType ? `${rule.ruleType} rule` : "no rule in MV.XML"}
                  ): {riskLabel[rule.risk]}. {rule.effect}
                  <p className="plan-findings__change">
                    <strong>Change:</strong> {rule.change}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {findings.safeTypes.length > 0 && <p>Deleting it deletes no {findings.safeTypes.join(", ")} object.</p>}
          {findings.recall && findings.recall.length > 0 && (
            <>
              <h3>Attribute recall</h3>
              <ul className="plan-findings__list">
                {findings.recall.map((finding) => (
                  <li
                    key={`${finding.mvObjectType}.${finding.mvAttribute}`}
                    data-plan-recall={finding.mvAttribute}
                    data-exported-to={finding.exportedTo}
                  >
                    <strong>
                      {finding.mvObjectType}.{finding.mvAttribute}
                    </strong>{" "}
                    (exported to {finding.exportedTo}): {finding.effect}
                    <p className="plan-findings__change">
                      <strong>Change:</strong> {finding.change}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {findings.extensions && (
            <>
              <h3>Rules extensions</h3>
              <p data-plan-extensions>
                {findings.extensions.advice} Extensions: {findings.extensions.assemblies.join(", ")}.
              </p>
            </>
          )}

          <h3>Flows to rewrite</h3>
          {findings.scripted.length === 0 && findings.syncRule.length === 0 && (
            <p>None: every export flow is direct or a constant.</p>
          )}
          {findings.scripted.length > 0 && (
            <>
              <p>
                Scripted flows: code in the rules extension{" "}
                {old.extension ? <code>{old.extension}</code> : "(not named in the export)"}, which neither new engine
                runs.
              </p>
              <ul className="plan-findings__list">
                {findings.scripted.map((flow, index) => (
                  <li key={`${flow.objectType}-${flow.target}-${index}`} data-plan-scripted-flow={flow.target}>
                    {flow.objectType}.<strong>{flow.target}</strong> ← {flow.sources.join(", ") || "no attribute"}
                    {flow.scriptContext && (
                      <>
                        {" "}
                        (<code>{flow.scriptContext}</code>)
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {findings.syncRule.length > 0 && (
            <>
              <p>
                Synchronization-rule flows: the rules live in the FIM Service; the export holds each flow's constant or
                expression.
              </p>
              <ul className="plan-findings__list">
                {findings.syncRule.map((flow, index) => (
                  <li key={`${flow.objectType}-${flow.target}-${index}`} data-plan-sync-rule-flow={flow.target}>
                    {flow.objectType}.<strong>{flow.target}</strong>
                    {flow.syncRuleId && (
                      <>
                        , rule <code>{flow.syncRuleId}</code>
                      </>
                    )}
                    {flow.mappingType && ` (${flow.mappingType} mapping)`}
                    {flow.value !== undefined && (
                      <>
                        : <code>{flow.value}</code>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}

          <h3>Attributes to map</h3>
          {findings.attributes.length === 0 ? (
            <p>"{old.name}" has no export flow in the export.</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Attributes to map (scrolls sideways)">
              <table>
                <caption className="visually-hidden">
                  Each export flow of "{old.name}" and where its attribute lands with each engine
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Entra attribute</th>
                    <th scope="col">From the metaverse</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Cloud sync</th>
                    <th scope="col">Connect Sync</th>
                  </tr>
                </thead>
                <tbody>
                  {findings.attributes.map((attribute, index) => (
                    <tr
                      key={`${attribute.objectType}-${attribute.target}-${index}`}
                      data-plan-attribute={attribute.target}
                    >
                      <th scope="row">
                        {attribute.objectType}.{attribute.target}
                      </th>
                      <td>{attribute.sources.join(", ") || "none"}</td>
                      <td>{flowKindLabel[attribute.kind]}</td>
                      <td>{attribute.cloudSync}</td>
                      <td>{attribute.connectSync}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
