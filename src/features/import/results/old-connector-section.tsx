import { describeAgentType } from "../../../core/sync-export/agent-kinds";
import { findingAnchors, type Analysis } from "../../../core/sync-export/analyze";
import { useImportStore } from "../../../core/import-findings/import-store";
import { GuideLink } from "./guide-link";

export function OldConnectorSection({ analysis }: { analysis: Analysis }) {
  const choose = useImportStore((state) => state.choose);
  const { candidates, oldConnector, choices, graphConnectors } = analysis;
  const needsChoice = candidates.length !== 1;
  return (
    <section aria-labelledby="old-title" data-old-connector={oldConnector?.id ?? "none"}>
      <h3 id="old-title">The old connector</h3>
      {candidates.length === 1 && oldConnector?.id === candidates[0]!.id && (
        <p>
          <strong>{oldConnector.name}</strong> ({oldConnector.id}) is the FIM Connector for Microsoft Entra ID: an
          Extensible2 agent of type "Windows Azure Active Directory (Microsoft)". It has not been able to connect since
          April 2024 (<GuideLink anchor={findingAnchors.oldConnector}>what it did</GuideLink>).
        </p>
      )}
      {graphConnectors.length > 0 && (
        <p data-graph-connector={graphConnectors.map((agent) => agent.id).join(" ")}>
          {graphConnectors.map((agent) => `"${agent.name}"`).join(", ")} {graphConnectors.length === 1 ? "is" : "are"}{" "}
          MIM's Microsoft Graph connector (Graph (Microsoft)), the replacement, not the old connector.
        </p>
      )}
      {candidates.length === 0 && (
        <p>
          No agent in the export is of the old connector's type (Extensible2, "Windows Azure Active Directory
          (Microsoft)").{" "}
          {choices.length > 0
            ? "If one of the Extensible2 agents below is it, choose it; otherwise the old connector may already be gone, or the export may be from another server."
            : "No other agent could be it (AD, LDAP, FIM Service, SQL and Graph agents are never the old connector): it may already be gone, or the export may be from another server."}
        </p>
      )}
      {candidates.length > 1 && (
        <p>
          {candidates.length} agents are of the old connector's type. Choose the one you are replacing; the others are
          listed above.
        </p>
      )}
      {needsChoice && choices.length > 0 && (
        <fieldset className="form-group">
          <legend>Which agent is the old connector?</legend>
          <div className="choices">
            {choices.map((agent) => (
              <div className="choice" key={agent.id}>
                <input
                  className="choice__input"
                  type="radio"
                  id={`old-${agent.id}`}
                  name="old-connector"
                  value={agent.id}
                  checked={oldConnector?.id === agent.id}
                  onChange={() => choose(agent.id)}
                />
                <label className="choice__label" htmlFor={`old-${agent.id}`}>
                  {agent.name} <span className="choice__hint">{describeAgentType(agent)}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
    </section>
  );
}
