import { describeAgentType } from "../../../core/sync-export/agent-kinds";
import { findingAnchors, isAdAgent, type Analysis } from "../../../core/sync-export/analyze";
import type { ManagementAgent } from "../../../core/sync-export/types";
import { GuideLink } from "./guide-link";
import { longTable, useRevealedRows } from "./use-revealed-rows";

export function AgentsSection({ agents, analysis }: { agents: readonly ManagementAgent[]; analysis: Analysis }) {
  const shown = useRevealedRows(agents.length);
  return (
    <section aria-labelledby="agents-title">
      <h3 id="agents-title">Management agents</h3>
      <p>
        Every agent in the export, with its type exactly as the export states it (
        <GuideLink anchor={findingAnchors.agents}>what a management agent is</GuideLink>).
      </p>
      <div
        className={longTable(agents.length)}
        tabIndex={0}
        role="region"
        aria-label="Management agents (scrolls sideways)"
        aria-busy={shown < agents.length || undefined}
        data-agent-table
        data-rows={agents.length}
        data-rows-shown={shown}
      >
        <table>
          <caption className="visually-hidden">Management agents in the export</caption>
          <thead>
            <tr>
              <th scope="col">Name and id</th>
              <th scope="col">Type (category · subtype · list name)</th>
              <th scope="col">Object types</th>
              <th scope="col">Partitions</th>
              <th scope="col">Run profiles</th>
            </tr>
          </thead>
          <tbody>
            {agents.slice(0, shown).map((agent) => (
              <tr key={agent.id} data-ma={agent.id} data-ma-category={agent.category}>
                <th scope="row">
                  {agent.name}
                  {analysis.oldConnector?.id === agent.id && <strong className="import-tag"> old connector</strong>}
                  <br />
                  <code className="import-id">{agent.id}</code>
                </th>
                <td>{describeAgentType(agent) || "not stated"}</td>
                <td>{agent.objectTypes.join(", ") || "none"}</td>
                <td>
                  {isAdAgent(agent) && agent.forest && <p className="import-cell-note">Forest {agent.forest}</p>}
                  <ul className="import-cell-list">
                    {agent.partitions
                      .filter((partition) => partition.selected)
                      .map((partition) => (
                        <li key={partition.name}>
                          {partition.name}
                          {partition.isDomain ? " (domain)" : ""}
                        </li>
                      ))}
                  </ul>
                </td>
                <td>{agent.runProfiles.join(", ") || "none"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
