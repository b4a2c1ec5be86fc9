import { useEffect, useRef } from "react";
import { Link, useNavigate } from "react-router";
import type { GuideAnchor } from "../../shared/guide-anchors";
import { paths } from "../../shared/paths";
import type { Answers, QuestionId } from "../../core/decision/answers";
import { nextQuestion } from "../../core/decision/flow";
import { getQuestion, optionLabel } from "../../core/decision/questions";
import { rehydrateAnswers, useAnswersStore } from "../../core/answers/answers-store";
import { analyze, findingAnchors, isAdAgent, type Analysis, type FlowFinding } from "./model/analyze";
import type { SavedImport } from "./model/restore";
import type { ManagementAgent } from "./model/types";
import { useImportStore } from "../../core/import-findings/import-store";

const kindText: Record<FlowFinding["kind"], string> = {
  direct: "Direct",
  constant: "Constant",
  scripted: "Rules extension (scripted)",
  "sync-rule": "FIM Service synchronization rule",
};

function GuideLink({ anchor, children }: { anchor: GuideAnchor; children: string }) {
  return <Link to={paths.guideAnchor(anchor)}>{children}</Link>;
}

function agentType(agent: ManagementAgent): string {
  return [agent.category, agent.subtype, agent.listName].filter(Boolean).join(" · ");
}

export function ImportResults({ saved, focusOnMount }: { saved: SavedImport; focusOnMount: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const analysis = analyze(saved.imported, saved.chosenId);
  const { imported } = saved;
  return (
    <div className="import-results" data-import-results>
      <h2 ref={headingRef} tabIndex={-1}>
        What your export shows
      </h2>
      <p>
        Read from {imported.files.length === 1 ? "1 file" : `${imported.files.length} files`}
        {imported.metaverse ? ", with the metaverse (MV.XML)" : ", without the metaverse (MV.XML)"}.
      </p>
      <AgentsSection agents={imported.agents} analysis={analysis} />
      <OldConnectorSection saved={saved} analysis={analysis} />
      {analysis.oldConnector && <FlowsSection analysis={analysis} old={analysis.oldConnector} />}
      <RemovalSection analysis={analysis} />
      <DerivedSection analysis={analysis} applied={saved.applied} />
    </div>
  );
}

function AgentsSection({ agents, analysis }: { agents: readonly ManagementAgent[]; analysis: Analysis }) {
  return (
    <section aria-labelledby="agents-title">
      <h3 id="agents-title">Management agents</h3>
      <p>
        Every agent in the export, with its type exactly as the export states it (
        <GuideLink anchor={findingAnchors.agents}>what a management agent is</GuideLink>).
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Management agents (scrolls sideways)">
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
            {agents.map((agent) => (
              <tr key={agent.id} data-ma={agent.id} data-ma-category={agent.category}>
                <th scope="row">
                  {agent.name}
                  {analysis.oldConnector?.id === agent.id && <strong className="import-tag"> old connector</strong>}
                  <br />
                  <code className="import-id">{agent.id}</code>
                </th>
                <td>{agentType(agent) || "not stated"}</td>
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

function OldConnectorSection({ saved, analysis }: { saved: SavedImport; analysis: Analysis }) {
  const choose = useImportStore((state) => state.choose);
  const { candidates, oldConnector } = analysis;
  const choices = candidates.length > 1 ? candidates : saved.imported.agents;
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
      {candidates.length === 0 && (
        <p>
          No agent in the export is of the old connector's type (Extensible2, "Windows Azure Active Directory
          (Microsoft)"). If one of these agents is it, choose it; otherwise the export may be from another server.
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
                  {agent.name} <span className="choice__hint">{agentType(agent)}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
    </section>
  );
}

function FlowsSection({ analysis, old }: { analysis: Analysis; old: ManagementAgent }) {
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
        <div
          className="table-scroll"
          key={objectType}
          tabIndex={0}
          role="region"
          aria-label={`Export flows to ${objectType} objects (scrolls sideways)`}
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
              {flows.map((flow, index) => (
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
                        {flow.syncRuleMappingType ? `${flow.syncRuleMappingType} mapping. ` : ""}The rule's own logic
                        lives in the FIM Service, not in this export.
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
      ))}
    </section>
  );
}

const riskText = {
  deletes: "Deletes objects",
  "last-connector": "Deletes objects with no other connector",
  scripted: "Decided by code: review",
  safe: "Deletes none",
} as const;

function RemovalSection({ analysis }: { analysis: Analysis }) {
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

function DerivedSection({ analysis, applied }: { analysis: Analysis; applied: Readonly<Record<string, string>> }) {
  const navigate = useNavigate();
  const markApplied = useImportStore((state) => state.markApplied);
  async function applyAnswers() {
    await rehydrateAnswers();
    const store = useAnswersStore.getState();
    const derived = Object.fromEntries(analysis.derived.map((answer) => [answer.questionId, answer.value]));
    store.replaceAnswers({ ...store.answers, ...derived } as Answers);
    const answers = useAnswersStore.getState().answers;
    markApplied(
      Object.fromEntries(
        Object.entries(derived).filter(([questionId, value]) => answers[questionId as QuestionId] === value),
      ),
      Object.fromEntries(analysis.derived.map((answer) => [answer.questionId, answer.evidence])),
    );
    const next = nextQuestion(answers);
    navigate(next ? paths.advisorQuestion(next.id) : paths.advisorCheck());
  }
  return (
    <section aria-labelledby="derived-title">
      <h3 id="derived-title">Answers for the advisor</h3>
      {analysis.derived.length === 0 ? (
        <p>The export answers none of the advisor's questions on its own.</p>
      ) : (
        <>
          <p>What the export shows reliably, with the evidence. You can change any of them in the advisor.</p>
          <dl className="summary-list">
            {analysis.derived.map((answer) => {
              const question = getQuestion(answer.questionId);
              return (
                <div
                  className="summary-list__row"
                  key={answer.questionId}
                  data-derived-answer={answer.questionId}
                  data-value={answer.value}
                >
                  <dt className="summary-list__key">{question.shortLabel}</dt>
                  <dd className="summary-list__value">
                    <strong>{optionLabel(answer.questionId, answer.value)}</strong>
                    {applied[answer.questionId] === answer.value && " (given to the advisor)"}
                    <ul className="import-cell-list">
                      {answer.evidence.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              );
            })}
          </dl>
          <button type="button" className="button button--primary" onClick={() => void applyAnswers()}>
            Use these answers
          </button>
        </>
      )}
      <h4>What the export cannot tell</h4>
      <ul>
        {analysis.notDerived.map((item) => (
          <li key={item.questionId}>
            <strong>{getQuestion(item.questionId as QuestionId).shortLabel}</strong>: {item.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
