import { Pager, pageEnd } from "../../shared/components/pager";
import { useId, useMemo, useState } from "react";
import { pendingOperations, type PendingObjectRow, type PendingOperation } from "../../core/pending-exports/types";
import type { ShownSummary } from "../../core/pending-findings/pending-session";

/** Rows shown at a time: the table never holds more in the page. */

const operationWords: Record<PendingOperation, string> = {
  add: "add",
  update: "update",
  delete: "delete",
  "delete-add": "delete-add",
};

const matches = (row: PendingObjectRow, text: string) =>
  !text ||
  [row.dn, row.newDn, row.anchor, row.userPrincipalName, row.primarySmtp, row.displayName, row.mail].some((value) =>
    value?.toLowerCase().includes(text),
  );

/** The objects behind the counts (as many as the summary keeps), filtered and shown a page at a time. */
export function ObjectsTable({ summary }: { summary: ShownSummary }) {
  const id = useId();
  const types = useMemo(() => [...new Set(summary.counts.map((count) => count.objectType))], [summary]);
  const [objectType, setObjectType] = useState("all");
  const [operation, setOperation] = useState<PendingOperation | "all">("all");
  const [text, setText] = useState("");
  const [offset, setOffset] = useState(0);
  const chosen = summary.counts.filter(
    (count) =>
      (objectType === "all" || count.objectType === objectType) &&
      (operation === "all" || count.operation === operation),
  );
  const needle = text.trim().toLowerCase();
  const rows = useMemo(
    () => chosen.flatMap((count) => count.rows).filter((row) => matches(row, needle)),
    // The counts chosen change with the filters, which are the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [summary, objectType, operation, needle],
  );
  const leftOut = chosen.reduce((sum, count) => sum + count.rowsLeftOut, 0);
  const last = pageEnd(offset, rows.length);
  if (summary.counts.length === 0) return null;
  return (
    <section aria-labelledby="pending-objects-title" data-pending-objects>
      <h2 id="pending-objects-title">The objects</h2>
      <div className="match-filters">
        <div className="form-group">
          <label htmlFor={`${id}-type`}>Object type</label>
          <select
            id={`${id}-type`}
            value={objectType}
            onChange={(event) => {
              setObjectType(event.currentTarget.value);
              setOffset(0);
            }}
          >
            <option value="all">Every object type</option>
            {types.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor={`${id}-operation`}>Operation</label>
          <select
            id={`${id}-operation`}
            value={operation}
            onChange={(event) => {
              setOperation(event.currentTarget.value as PendingOperation | "all");
              setOffset(0);
            }}
          >
            <option value="all">Every operation</option>
            {pendingOperations.map((value) => (
              <option key={value} value={value}>
                {operationWords[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor={`${id}-text`}>Contains</label>
          <input
            id={`${id}-text`}
            type="search"
            value={text}
            placeholder="DN, UPN, mail or anchor"
            onChange={(event) => {
              setText(event.currentTarget.value);
              setOffset(0);
            }}
          />
        </div>
      </div>
      <p role="status" aria-live="polite" data-pending-rows={rows.length}>
        {rows.length === 0
          ? "No object for this filter."
          : `Objects ${(offset + 1).toLocaleString("en")} to ${last.toLocaleString("en")} of ${rows.length.toLocaleString("en")}.`}
        {leftOut > 0 &&
          ` ${leftOut.toLocaleString("en")} more are counted but not listed (the page keeps ${summary.limits.rowsPerCount.toLocaleString("en")} per object type and operation).`}
      </p>
      {rows.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="pending-objects-title">
          <table className="match-table">
            <thead>
              <tr>
                <th scope="col">Operation</th>
                <th scope="col">Object</th>
                <th scope="col">UPN or mail</th>
                <th scope="col">Attributes</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(offset, last).map((row, index) => (
                <tr key={offset + index} data-operation={row.operation}>
                  <td>
                    {operationWords[row.operation]}
                    <span className="match-sub">{row.objectType}</span>
                  </td>
                  <td className="match-id">
                    {row.dn}
                    {row.newDn && <span className="match-sub">becomes {row.newDn}</span>}
                    {row.displayName && <span className="match-sub">{row.displayName}</span>}
                  </td>
                  <td className="match-id">{row.userPrincipalName || row.primarySmtp || row.mail || ""}</td>
                  <td className="match-id">{row.attributes.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager offset={offset} total={rows.length} onOffset={setOffset} />
    </section>
  );
}
