import { PAGE_SIZE, Pager, pageEnd } from "../../shared/components/pager";
import { useEffect, useId, useState } from "react";
import type { RowPage } from "../../core/match-check/session";
import { verdictAdvice } from "../../core/match-check/verdict-advice";
import { quietVerdicts, verdicts, type Verdict } from "../../core/match-check/types";
import type { SessionHandle } from "./session-client";

/** Rows per page: the table never holds more than this many in the DOM. */

const actionVerdicts = verdicts.filter((verdict) => !(quietVerdicts as readonly Verdict[]).includes(verdict));

/** The users needing action, filtered in the session and shown a page at a time. */
export function UsersTable({ handle, version }: { handle: SessionHandle; version: number }) {
  const [verdict, setVerdict] = useState<Verdict | "all">("all");
  const [text, setText] = useState("");
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<RowPage>({ rows: [], total: 0 });
  const filterId = useId();

  useEffect(() => {
    let current = true;
    void handle.session
      .rows({ verdicts: verdict === "all" ? actionVerdicts : [verdict], text, offset, limit: PAGE_SIZE })
      .then((next) => {
        if (current) setPage(next);
      });
    return () => {
      current = false;
    };
  }, [handle, version, verdict, text, offset]);

  const last = pageEnd(offset, page.total);
  return (
    <section aria-labelledby="match-table-title" data-match-table>
      <h2 id="match-table-title">Users needing action</h2>
      <div className="match-filters">
        <div className="form-group">
          <label htmlFor={`${filterId}-verdict`}>Verdict</label>
          <select
            id={`${filterId}-verdict`}
            value={verdict}
            onChange={(event) => {
              setVerdict(event.currentTarget.value as Verdict | "all");
              setOffset(0);
            }}
          >
            <option value="all">Every verdict needing action</option>
            {actionVerdicts.map((value) => (
              <option key={value} value={value}>
                {verdictAdvice[value].label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor={`${filterId}-text`}>Contains</label>
          <input
            id={`${filterId}-text`}
            type="search"
            value={text}
            placeholder="UPN, id, DN or anchor"
            onChange={(event) => {
              setText(event.currentTarget.value);
              setOffset(0);
            }}
          />
        </div>
      </div>
      <p role="status" aria-live="polite" data-match-rows={page.total}>
        {page.total === 0
          ? "No user needs action for this filter."
          : `Users ${(offset + 1).toLocaleString("en")} to ${last.toLocaleString("en")} of ${page.total.toLocaleString("en")}.`}
      </p>
      {page.rows.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="match-table-title">
          <table className="match-table">
            <thead>
              <tr>
                <th scope="col">Verdict</th>
                <th scope="col">User</th>
                <th scope="col">ImmutableId</th>
                <th scope="col">AD user</th>
                <th scope="col">Computed anchor</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row, index) => (
                <tr key={`${offset + index}`} data-verdict={row.Verdict}>
                  <td>
                    {verdictAdvice[row.Verdict as Verdict]?.label ?? row.Verdict}
                    {row.Flags && <span className="match-flags"> ({row.Flags.replace(/;/g, ", ")})</span>}
                  </td>
                  <td className="match-id">
                    {row.UserPrincipalName}
                    {row.EntraId && <span className="match-sub">Entra {row.EntraId}</span>}
                  </td>
                  <td className="match-id">{row.ImmutableId}</td>
                  <td className="match-id">
                    {row.ADDistinguishedName}
                    {row.Forest && <span className="match-sub">{row.Forest}</span>}
                  </td>
                  <td className="match-id">{row.ComputedAnchor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager offset={offset} total={page.total} onOffset={setOffset} />
    </section>
  );
}
