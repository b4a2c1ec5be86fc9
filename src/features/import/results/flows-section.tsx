import { findingAnchors, type Analysis, type FlowFinding } from "../../../core/sync-export/analyze";
import { expressionText } from "../../../core/sync-export/expression";
import type { ManagementAgent } from "../../../core/sync-export/types";
import { GuideLink } from "./guide-link";
import { longTable, useRevealedRows } from "./use-revealed-rows";

const kindText: Record<FlowFinding["kind"], string> = {
  direct: "Direct",
  constant: "Constant",
  scripted: "Rules extension (scripted)",
  "sync-rule": "FIM Service synchronization rule",
};

export function FlowsSection({ analysis, old }: { analysis: Analysis; old: ManagementAgent }) {
  const byType = new Map<string, FlowFinding[]>();
  for (const flow of analysis.flows) byType.set(flow.objectType, [...(byType.get(flow.objectType) ?? []), flow]);
  const anchors = analysis.flows.filter((flow) => flow.anchor);
  return (
    <section aria-labelledby="flows-title">
      <h3 id="flows-title">What it exports to Entra ID</h3>
      <p>
        Each export flow of "{old.name}", and where that attribute goes with each new engine. With cloud sync or Connect
        Sync the value must reach AD first, through MIM's AD agent (
        <GuideLink anchor={findingAnchors.flows}>carry the flows over</GuideLink>).
        {old.extension && (
          <>
            {" "}
            Its scripted flows are code in its rules extension, <code>{old.extension}</code>: neither engine runs it.
          </>
        )}
      </p>
      <p>
        {anchors.length > 0 ? (
          <>
            The source anchor (the ImmutableId in Entra ID) comes from{" "}
            {anchors
              .map(
                (flow) =>
                  `${flow.objectType}.${flow.target} ← ${flow.sources.join(", ") || "a constant"} (${kindText[flow.kind].toLowerCase()})`,
              )
              .join("; ")}
            . The new engine takes each object over only if its own anchor equals that value (
            <GuideLink anchor={findingAnchors.anchor}>match existing objects</GuideLink>).
          </>
        ) : (
          <>
            No export flow writes the source anchor (sourceAnchor or immutableId): the connector may set it itself.
            Compare the ImmutableIds in Entra ID with the anchors the new engine will compute (
            <GuideLink anchor={findingAnchors.anchor}>match existing objects</GuideLink>).
          </>
        )}
      </p>
      {analysis.flows.length === 0 && <p>The export holds no export flow for this agent.</p>}
      {[...byType].map(([objectType, flows]) => (
        <FlowsTable key={objectType} objectType={objectType} flows={flows} old={old} />
      ))}
    </section>
  );
}

function FlowsTable({ objectType, flows, old }: { objectType: string; flows: FlowFinding[]; old: ManagementAgent }) {
  const shown = useRevealedRows(flows.length);
  return (
    <div
      className={longTable(flows.length)}
      tabIndex={0}
      role="region"
      aria-label={`Export flows to ${objectType} objects (scrolls sideways)`}
      aria-busy={shown < flows.length || undefined}
      data-flow-table={objectType}
      data-rows={flows.length}
      data-rows-shown={shown}
    >
      <table>
        <caption>
          Export flows to Entra ID {objectType} objects ({flows.length})
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
          {flows.slice(0, shown).map((flow, index) => (
            <tr
              key={`${flow.target}-${index}`}
              data-flow
              data-flow-object-type={flow.objectType}
              data-flow-target={flow.target}
              data-flow-kind={flow.kind}
              data-flow-mv-object-type={flow.mvObjectType}
            >
              <th scope="row">{flow.target}</th>
              <td>
                {flow.sources.join(", ") || "none"}
                {flow.mvObjectType && <span className="hint import-cell-note"> ({flow.mvObjectType})</span>}
              </td>
              <td>
                {kindText[flow.kind]}
                {flow.kind === "constant" && <> "{flow.constant}"</>}
                {flow.kind === "scripted" && (
                  <p className="import-cell-note">
                    <code>{flow.scriptContext}</code>
                    {old.extension ? <> in {old.extension}</> : null}
                  </p>
                )}
                {flow.kind === "sync-rule" && (
                  <p className="import-cell-note">
                    {flow.syncRuleMappingType ? `${flow.syncRuleMappingType} mapping. ` : ""}
                    {flow.expression ? (
                      <>
                        Expression: <code data-flow-expression>{expressionText(flow.expression)}</code>. The rule itself
                        lives in the FIM Service.
                      </>
                    ) : flow.constant !== undefined ? (
                      <>
                        Constant: <code>{flow.constant}</code>. The rule itself lives in the FIM Service.
                      </>
                    ) : (
                      "The rule's own logic lives in the FIM Service, not in this export."
                    )}
                  </p>
                )}
              </td>
              <td>{flow.landing.cloudSync.text}</td>
              <td>{flow.landing.connectSync.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
