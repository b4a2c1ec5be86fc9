import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import type { MatchSummary, ReadSummary } from "../../core/match-check/session";
import { flagAdvice } from "../../core/match-check/verdict-advice";
import { blockingVerdicts, type MatchTarget } from "../../core/match-check/types";
import { paths } from "../../shared/paths";
import { FederationAnswer } from "./federation-answer";
import { CountsList } from "./counts-list";
import { saveFile } from "../../shared/components/save-file";
import type { SessionHandle } from "./session-client";
import { ObjectsSection } from "./objects-section";
import { UsersTable } from "./users-table";

interface Props {
  handle: SessionHandle;
  summary: MatchSummary & { target: MatchTarget; cutoff: string };
  readSummary: ReadSummary;
  version: number;
}

const onOff = (value: boolean | undefined) => (value === undefined ? "not in the file" : value ? "on" : "off");

export function MatchResults({ handle, summary, readSummary, version }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const objectsBlocking = Object.values(summary.objects ?? {}).some((counts) =>
    blockingVerdicts.some((verdict) => counts[verdict] > 0),
  );
  const blocking = blockingVerdicts.filter((verdict) => summary.counts[verdict] > 0);
  const tenant = readSummary.tenant;
  const federation = readSummary.federation;

  async function download(kind: "match-report" | "match-stamp-script") {
    setBusy(kind);
    try {
      if (kind === "match-report") saveFile(await handle.session.report(), "match-report.csv", "text/csv");
      else
        saveFile(await handle.session.stampScript(new Date().toISOString()), "stamp-consistencyguid.ps1", "text/plain");
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="match-results" aria-labelledby="match-results-title" data-match-target={summary.target}>
      <h2 id="match-results-title" ref={heading} tabIndex={-1}>
        What the first sync will do
      </h2>
      <p
        className={blocking.length > 0 || objectsBlocking ? "match-verdict match-verdict--no-go" : "match-verdict"}
        data-match-go={blocking.length > 0 || objectsBlocking ? "no-go" : "go"}
      >
        {blocking.length > 0
          ? `Not ready: ${blocking.length === 1 ? "one verdict blocks" : `${blocking.length} verdicts block`} the first sync. Settle every collision, ambiguous, cannot-match and no-AD-user row before the new engine exports.`
          : objectsBlocking
            ? "Not ready: the users are, but groups or contacts below block the first sync."
            : "Nothing blocks the first sync on these files: still pilot a few users first."}
      </p>
      <h3 id="match-users-counts-title">Users</h3>
      <CountsList counts={summary.counts} />

      <h3>Flags</h3>
      <ul>
        {Object.values(flagAdvice).map((flag) => (
          <li key={flag.label}>
            <strong>{flag.label}:</strong> {flag.sentence}
          </li>
        ))}
      </ul>

      {tenant && (
        <>
          <h3>Your tenant's settings</h3>
          <ul data-match-tenant>
            <li>Soft match blocked (blockSoftMatchEnabled): {onOff(tenant.blockSoftMatchEnabled)}.</li>
            <li>
              Cloud object takeover through hard match blocked (blockCloudObjectTakeoverThroughHardMatchEnabled):{" "}
              {onOff(tenant.blockCloudObjectTakeoverThroughHardMatchEnabled)}.
            </li>
            <li>Soft match on UPN (softMatchOnUpnEnabled): {onOff(tenant.softMatchOnUpnEnabled)}.</li>
            {federation && (
              <li data-match-federation={federation.value ?? "ask"}>
                Federation:{" "}
                {federation.value === "managed"
                  ? "no federated domain, so sign-in does not depend on the ImmutableID claim."
                  : federation.value === "adfs"
                    ? "federated with AD FS: the ImmutableID claim must issue each user's new anchor."
                    : "a federated domain whose provider this file cannot name: find out which provider it is."}{" "}
                {federation.evidence.join(" ")}{" "}
                <Link to={paths.guideAnchor("migrate-safely#federated-sign-in")}>Federated sign-in</Link>
                {federation.value && <FederationAnswer value={federation.value} evidence={federation.evidence} />}
              </li>
            )}
          </ul>
        </>
      )}

      <h3>Downloads</h3>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          data-download="match-report"
          disabled={busy !== undefined}
          onClick={() => void download("match-report")}
        >
          Download the report (CSV)
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-download="match-stamp-script"
          disabled={busy !== undefined}
          onClick={() => void download("match-stamp-script")}
        >
          Download the stamping script ({summary.stampNeeded.toLocaleString("en")} users)
        </button>
      </div>
      <p className="hint">
        The report has one row per old-connector user and per AD user nobody claims (users of another engine are
        counted, not listed). The script writes ms-DS-ConsistencyGuid for the stamp-needed users only, where it is still
        empty; it rehearses (-WhatIf) unless run with -Apply, and logs each change. If MIM's AD management agent exports
        ms-DS-ConsistencyGuid, write the values through it instead.
      </p>

      <UsersTable handle={handle} version={version} />

      <ObjectsSection handle={handle} summary={summary} version={version} adObjects={readSummary.adObjects} />
    </section>
  );
}
