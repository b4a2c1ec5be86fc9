import { useEffect, useRef, type ReactNode } from "react";
import { Link } from "react-router";
import { pendingOperations, type Gate, type PendingOperation } from "../../core/pending-exports/types";
import { gateResultWords, gateTitles } from "../../core/pending-findings/plan-summary";
import type { GuideAnchor } from "../../shared/guide-anchors";
import { paths } from "../../shared/paths";
import { AttributesSection } from "./attributes-section";
import { ObjectsTable } from "./objects-table";
import type { PendingReadResult, ShownSummary } from "../../core/pending-findings/pending-session";

export const operationLabels: Record<PendingOperation, string> = {
  add: "Adds",
  update: "Updates",
  delete: "Deletes",
  "delete-add": "Delete-adds",
};

/** Every object type of the file (in the order met) by every operation, zeros included. */
function CountsTable({ summary }: { summary: ShownSummary }) {
  const types = [...new Set(summary.counts.map((count) => count.objectType))];
  const countOf = (objectType: string, operation: PendingOperation) =>
    summary.counts.find((count) => count.objectType === objectType && count.operation === operation)?.count ?? 0;
  return (
    <section aria-labelledby="pending-counts-title">
      <h2 id="pending-counts-title">Pending exports per object type</h2>
      {types.length === 0 ? (
        <p>The file holds no pending export: the next export would write nothing for this connector.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="pending-counts-title">
          <table className="pending-counts">
            <thead>
              <tr>
                <th scope="col">Object type</th>
                {pendingOperations.map((operation) => (
                  <th scope="col" key={operation}>
                    {operationLabels[operation]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {types.map((objectType) => (
                <tr key={objectType}>
                  <th scope="row">{objectType || "(no type)"}</th>
                  {pendingOperations.map((operation) => {
                    const value = countOf(objectType, operation);
                    return (
                      <td
                        key={operation}
                        data-pending-count={`${objectType}:${operation}`}
                        data-value={value}
                        className="pending-number"
                      >
                        {value.toLocaleString("en")}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {summary.renames > 0 && (
        <p data-pending-renames={summary.renames}>
          {summary.renames.toLocaleString("en")} of the pending changes rename or move their object (a new DN, shown in
          the objects table).
        </p>
      )}
      {summary.escrowed > 0 && (
        <p className="hint">
          {summary.escrowed.toLocaleString("en")} objects also hold an escrowed export: sent by an earlier export and
          not yet confirmed by an import. Run an import to confirm them.
        </p>
      )}
    </section>
  );
}

function GateList({ gates, extra }: { gates: readonly Gate[]; extra: Partial<Record<Gate["id"], ReactNode>> }) {
  const failed = gates.filter((gate) => gate.result === "fail").length;
  const unknown = gates.filter((gate) => gate.result === "unknown").length;
  return (
    <section aria-labelledby="pending-gates-title">
      <h2 id="pending-gates-title">The cut-over gates</h2>
      <p
        className={`match-verdict${failed > 0 || unknown > 0 ? " match-verdict--no-go" : ""}`}
        data-pending-verdict={failed > 0 ? "no-go" : unknown > 0 ? "not-decided" : "go"}
      >
        {failed > 0
          ? `No-go: ${failed === 1 ? "one gate fails" : `${failed} gates fail`}. Do not export: settle each, run the import and synchronization again and read a new file.`
          : unknown > 0
            ? `Not decided: ${unknown === 1 ? "one gate could not be judged" : `${unknown} gates could not be judged`}. Nothing failed, but go only once each is judged.`
            : "Go: every gate passes for this file."}
      </p>
      <ul className="pending-gates">
        {gates.map((gate) => (
          <li
            key={gate.id}
            className={`pending-gate pending-gate--${gate.result}`}
            data-gate={gate.id}
            data-result={gate.result}
          >
            <p className="pending-gate__head">
              <span className="pending-gate__title">{gateTitles[gate.id]}</span>:{" "}
              <span className="pending-gate__result">{gateResultWords[gate.result]}</span>
            </p>
            <p>{gate.reason}</p>
            {gate.examples.length > 0 && (
              <details>
                <summary>
                  {gate.examples.length === 1 ? "The object" : `The first ${gate.examples.length} objects`}
                </summary>
                <ul className="pending-examples">
                  {gate.examples.map((example, index) => (
                    <li key={index} className="match-id">
                      {example}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {extra[gate.id]}
            <p className="hint">
              Guide: <Link to={paths.guideAnchor(gate.anchor as GuideAnchor)}>why this gate matters</Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface Props {
  summary: ShownSummary;
  gates: readonly Gate[];
  matchUsers: PendingReadResult["matchUsers"];
  oldConnector: PendingReadResult["oldConnector"];
}

/** The results of one file: the gates first (the decision), then the counts, the attributes and the objects. */
export function PendingResults({ summary, gates, matchUsers, oldConnector }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [summary]);
  const addsGate = gates.find((gate) => gate.id === "adds-should-match");
  return (
    <div className="pending-results" data-pending-results>
      <h2 ref={heading} tabIndex={-1} className="visually-hidden">
        Results for {summary.file}
      </h2>
      <dl className="pending-file">
        <dt>File</dt>
        <dd>{summary.file}</dd>
        {summary.connectorName && (
          <>
            <dt>Connector</dt>
            <dd>{summary.connectorName}</dd>
          </>
        )}
        {summary.fileDate && (
          <>
            <dt>File date</dt>
            <dd>
              {new Date(summary.fileDate).toLocaleString("en-GB", {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: "UTC",
              })}{" "}
              UTC
            </dd>
          </>
        )}
        <dt>Objects</dt>
        <dd>
          {summary.objects.toLocaleString("en")} read, {summary.pending.toLocaleString("en")} with a pending export
        </dd>
        {matchUsers && (
          <>
            <dt>Match check users</dt>
            <dd>
              {matchUsers.users.toLocaleString("en")} Entra users from {matchUsers.files.join(", ")}
            </dd>
          </>
        )}
        {oldConnector && (
          <>
            <dt>Old connector's export</dt>
            <dd>
              {oldConnector.file}: {oldConnector.objects.toLocaleString("en")} objects' anchors
            </dd>
          </>
        )}
      </dl>
      {summary.partial && (
        <p className="callout callout--warning" data-pending-partial>
          The file was not read to its end
          {summary.readUpTo ? ` (it stops at line ${summary.readUpTo.line.toLocaleString("en")})` : ""}: the counts
          below are of the part read, and no gate passes on a part.
        </p>
      )}
      <GateList
        gates={gates}
        extra={{
          "adds-should-match":
            addsGate?.result === "unknown" && !matchUsers ? (
              <p>
                Pick the Entra users file of the <Link to={paths.matchCheck()}>match check</Link> (its script writes{" "}
                <code>entra-users.csv</code>) here with this file.
              </p>
            ) : undefined,
        }}
      />
      <CountsTable summary={summary} />
      <AttributesSection summary={summary} />
      <ObjectsTable summary={summary} />
    </div>
  );
}
