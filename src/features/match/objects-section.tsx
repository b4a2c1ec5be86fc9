import { PAGE_SIZE, Pager, pageEnd } from "../../shared/components/pager";
import { useEffect, useId, useState } from "react";
import { Link } from "react-router";
import { objectKindNames, objectVerdictAdvice } from "../../core/match-check/object-verdict-advice";
import { OLD_CONNECTOR_CSEXPORT } from "../../core/match-check/old-connector-command";
import type { MatchSummary, ObjectRowPage } from "../../core/match-check/session";
import {
  blockingVerdicts,
  directoryObjectKinds,
  quietVerdicts,
  verdicts,
  type DirectoryObjectKind,
  type Verdict,
} from "../../core/match-check/types";
import { saveFile } from "../../shared/components/save-file";
import { paths } from "../../shared/paths";
import type { SessionHandle } from "./session-client";

const isBlocking = (verdict: Verdict) => (blockingVerdicts as readonly Verdict[]).includes(verdict);
const actionVerdicts = verdicts.filter((verdict) => !(quietVerdicts as readonly Verdict[]).includes(verdict));

/** Where the sources differ on matching groups and contacts, and what we infer (shown beside the counts). */
function GroupSources() {
  return (
    <aside className="callout" aria-labelledby="match-objects-sources-title" data-match-objects-sources>
      <p className="callout__title" id="match-objects-sources-title">
        Sources differ
      </p>
      <div className="callout__body">
        <p>
          Microsoft's page on installing Connect Sync with an existing tenant says mail-enabled groups and contacts
          soft-match on proxyAddresses, that hard match does not apply to them, and that groups that are not
          mail-enabled match neither way. Its cloud sync pilot tutorial asks for ms-DS-ConsistencyGuid on the objects in
          scope, groups included, so that cloud sync hard-matches them, and its design concepts page says the anchor
          links existing objects to a new sync server for every object type. Cloud sync anchors groups on
          ms-DS-ConsistencyGuid when it is set, else objectGUID; Connect Sync on objectGUID (its ms-DS-ConsistencyGuid
          option is for users only).
        </p>
        <p>
          Our inference: the old connector's groups carry an anchor, so Entra refuses to soft-match them (as for users),
          and a new engine that presents the same anchor takes them over as a rebuilt sync server does. The verdicts
          below apply the users' rules on that basis: pilot one security group and one contact before the first sync.
        </p>
        <p className="hint">
          Sources: Microsoft Learn, “Microsoft Entra Connect: When you have an existing tenant” (Other objects than
          users), “Tutorial: Migrate to Microsoft Entra Cloud Sync for a synced Active Directory forest”, “Microsoft
          Entra Connect: Design concepts” (sourceAnchor; Using ms-DS-ConsistencyGuid as sourceAnchor).
        </p>
      </div>
    </aside>
  );
}

function ObjectCounts({ kind, summary }: { kind: DirectoryObjectKind; summary: MatchSummary }) {
  const counts = summary.objects?.[kind];
  if (!counts) return null;
  return (
    <>
      <h4 id={`match-objects-${kind}-title`}>{objectKindNames[kind].many.replace(/^./, (c) => c.toUpperCase())}</h4>
      <ul className="match-counts match-counts--compact" aria-labelledby={`match-objects-${kind}-title`}>
        {verdicts.map((verdict) => {
          const count = counts[verdict];
          return (
            <li
              key={verdict}
              className={`match-count${count > 0 && isBlocking(verdict) ? " match-count--blocking" : ""}`}
              data-match-object-count={`${kind}:${verdict}`}
              data-value={count}
            >
              <p className="match-count__head">
                <span className="match-count__value">{count.toLocaleString("en")}</span>{" "}
                <span className="match-count__label">{objectVerdictAdvice[verdict].label}</span>
                {count > 0 && isBlocking(verdict) && <span className="match-count__tag">blocks the first sync</span>}
              </p>
              {count > 0 && (
                <p className="match-count__sentence">
                  {objectVerdictAdvice[verdict].sentence}{" "}
                  <Link to={paths.guideAnchor(objectVerdictAdvice[verdict].anchor)}>What to do</Link>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function ObjectsTable({ handle, version }: { handle: SessionHandle; version: number }) {
  const [kind, setKind] = useState<DirectoryObjectKind | "all">("all");
  const [verdict, setVerdict] = useState<Verdict | "all">("all");
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<ObjectRowPage>({ rows: [], total: 0 });
  const id = useId();

  useEffect(() => {
    let current = true;
    void handle.session
      .objectRows({
        kinds: kind === "all" ? undefined : [kind],
        verdicts: verdict === "all" ? actionVerdicts : [verdict],
        offset,
        limit: PAGE_SIZE,
      })
      .then((next) => {
        if (current) setPage(next);
      });
    return () => {
      current = false;
    };
  }, [handle, version, kind, verdict, offset]);

  const last = pageEnd(offset, page.total);
  return (
    <section aria-labelledby={`${id}-title`} data-match-objects-table>
      <h4 id={`${id}-title`}>Groups and contacts needing action</h4>
      <div className="match-filters">
        <div className="form-group">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => {
              setKind(event.currentTarget.value as DirectoryObjectKind | "all");
              setOffset(0);
            }}
          >
            <option value="all">Groups and contacts</option>
            {directoryObjectKinds.map((value) => (
              <option key={value} value={value}>
                {objectKindNames[value].many}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor={`${id}-verdict`}>Verdict</label>
          <select
            id={`${id}-verdict`}
            value={verdict}
            onChange={(event) => {
              setVerdict(event.currentTarget.value as Verdict | "all");
              setOffset(0);
            }}
          >
            <option value="all">Every verdict needing action</option>
            {actionVerdicts.map((value) => (
              <option key={value} value={value}>
                {objectVerdictAdvice[value].label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" aria-live="polite" data-match-object-rows={page.total}>
        {page.total === 0
          ? "No group or contact needs action for this filter."
          : `Objects ${(offset + 1).toLocaleString("en")} to ${last.toLocaleString("en")} of ${page.total.toLocaleString("en")}.`}
      </p>
      {page.rows.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
          <table className="match-table">
            <thead>
              <tr>
                <th scope="col">Verdict</th>
                <th scope="col">Object</th>
                <th scope="col">Old connector's anchor</th>
                <th scope="col">AD object</th>
                <th scope="col">Computed anchor</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row, index) => (
                <tr
                  key={`${offset + index}`}
                  data-kind={row.Kind}
                  data-verdict={row.Verdict}
                  data-anchor-form={row.SourceAnchor ? row.AnchorForm : undefined}
                >
                  <td>
                    {objectVerdictAdvice[row.Verdict as Verdict]?.label ?? row.Verdict}
                    <span className="match-sub">{row.Kind}</span>
                  </td>
                  <td className="match-id">
                    {row.DisplayName}
                    {row.PrimarySmtp && <span className="match-sub">{row.PrimarySmtp}</span>}
                    {row.CloudObjectId && <span className="match-sub">Entra {row.CloudObjectId}</span>}
                  </td>
                  <td className="match-id">
                    {row.SourceAnchor}
                    {row.SourceAnchor && (
                      <span className="match-sub">
                        {row.AnchorForm}
                        {row.AnchorGuid && row.AnchorForm !== "" ? `: GUID ${row.AnchorGuid}` : ""}
                      </span>
                    )}
                  </td>
                  <td className="match-id">
                    {row.ADDistinguishedName}
                    {row.ADObjectGUID && <span className="match-sub">objectGUID {row.ADObjectGUID}</span>}
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

/**
 * Groups and contacts: their counts by the users' verdicts, where the sources differ, a table of
 * those needing action and the report; or, when the old connector's csexport was not given, how
 * to add them.
 */
export function ObjectsSection({
  handle,
  summary,
  version,
  adObjects,
}: {
  handle: SessionHandle;
  summary: MatchSummary;
  version: number;
  adObjects: number;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="match-objects-title" data-match-objects={summary.objects ? "checked" : "not-checked"}>
      <h3 id="match-objects-title">Groups and contacts</h3>
      {summary.objects ? (
        <>
          {adObjects === 0 && (
            <p className="match-verdict match-verdict--no-go">
              The old connector's groups and contacts were read, but no AD groups and contacts file: every one of them
              shows as having no AD object. Add that file (its script is above) and pick the files again.
            </p>
          )}
          <GroupSources />
          {directoryObjectKinds.map((kind) => (
            <ObjectCounts key={kind} kind={kind} summary={summary} />
          ))}
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              data-download="match-objects-report"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void handle.session
                  .objectsReport()
                  .then((csv) => saveFile(csv, "match-groups-contacts-report.csv", "text/csv"))
                  .finally(() => setBusy(false));
              }}
            >
              Download the groups and contacts report (CSV)
            </button>
          </div>
          <ObjectsTable handle={handle} version={version} />
        </>
      ) : (
        <p>
          Not checked: Microsoft Graph does not show the anchors of groups and contacts. To check them, add the old
          connector's connector space export, written on the FIM/MIM server with <code>{OLD_CONNECTOR_CSEXPORT}</code>{" "}
          (no <code>/f</code> filter, so every object is written), and the AD groups and contacts file its script above
          writes, then pick the files again.
        </p>
      )}
    </section>
  );
}
