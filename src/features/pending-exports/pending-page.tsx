import { Suspense, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Link } from "react-router";
import { gateIds, DEFAULT_DELETE_THRESHOLD, type Gate } from "../../core/pending-exports/types";
import { usePendingStore } from "../../core/pending-findings/pending-store";
import { usePendingHydrated } from "../../core/pending-findings/use-pending-hydrated";
import { useMatchStore } from "../../core/match-findings/match-store";
import { useMatchHydrated } from "../../core/match-findings/use-match-hydrated";
import { DropZone } from "../../shared/components/drop-zone";
import { ForgetSaved } from "../../shared/components/forget-saved";
import { takeHandedFiles } from "../../shared/file-handoff";
import { lazyWithPreload } from "../../shared/lazy-with-preload";
import { paths } from "../../shared/paths";
import { CommandsSection } from "./commands-section";
import type { PendingReadResult } from "../../core/pending-findings/pending-session";
import { ProblemList } from "./problem-list";
import { startSession, type SessionHandle } from "./session-client";

type Status = "idle" | "reading" | "done" | "error";

// The results load with the reader, never in the first load.
const loadResultsCode = () => import("./pending-results");
const pendingResults = lazyWithPreload(() => loadResultsCode().then((module) => module.PendingResults));

const noSubscription = () => () => undefined;

const when = (iso: string) =>
  `${new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;

/** The threshold as typed: a whole number of at least 0, else undefined (the input then says so). */
function parseThreshold(text: string): number | undefined {
  if (!/^\d{1,9}$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

export function PendingExportsPage() {
  const hydrated = usePendingHydrated();
  const saved = usePendingStore((state) => state.saved);
  const save = usePendingStore((state) => state.save);
  const forget = usePendingStore((state) => state.forget);
  const matchHydrated = useMatchHydrated();
  const matchSaved = useMatchStore((state) => state.saved);
  const [status, setStatus] = useState<Status>("idle");
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [message, setMessage] = useState("");
  const [handle, setHandle] = useState<SessionHandle | undefined>(undefined);
  const [result, setResult] = useState<PendingReadResult | undefined>(undefined);
  const [gates, setGates] = useState<readonly Gate[]>([]);
  const [thresholdText, setThresholdText] = useState(String(DEFAULT_DELETE_THRESHOLD));
  const [oldConnectorName, setOldConnectorName] = useState("");
  const [readerReady, setReaderReady] = useState(false);
  const [handedFrom, setHandedFrom] = useState<{ from: string; names: string[] } | undefined>(undefined);
  const pageHydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const threshold = parseThreshold(thresholdText);
  const reads = useRef(0);

  const prepare = () => {
    pendingResults.preload();
    void startSession().then(
      () => setReaderReady(true),
      () => undefined,
    );
  };

  function remember(read: PendingReadResult, judged: readonly Gate[], forThreshold: number) {
    if (!read.summary) return;
    save({
      file: read.summary.file,
      ...(read.summary.fileDate ? { fileDate: read.summary.fileDate } : {}),
      checkedAt: new Date().toISOString(),
      ...(read.summary.connectorName ? { connectorName: read.summary.connectorName } : {}),
      deleteThreshold: forThreshold,
      counts: read.summary.counts.map(({ objectType, operation, count }) => ({ objectType, operation, count })),
      gates: judged.map(({ id, result: outcome, reason }) => ({ id, result: outcome, reason })),
    });
  }

  async function read(files: readonly File[]) {
    if (files.length === 0) return;
    const thisRead = ++reads.current;
    const live = () => reads.current === thisRead;
    const forThreshold = threshold ?? DEFAULT_DELETE_THRESHOLD;
    try {
      const [session] = await Promise.all([startSession(), loadResultsCode()]);
      if (!live()) return;
      setHandle(session);
      setReaderReady(true);
      setStatus("reading");
      setResult(undefined);
      setProgress({ done: 0, total: files.reduce((sum, file) => sum + file.size, 0) });
      setMessage(`Reading ${files.length === 1 ? files[0]!.name : `${files.length} files`} in this browser…`);
      const onBytes = session.callback((done: number, total: number) => {
        if (live()) setProgress({ done, total });
      });
      const read = await session.session.read(
        { files: [...files], deleteThreshold: forThreshold, oldConnectorName },
        onBytes,
      );
      if (!live()) return;
      setResult(read);
      setGates(read.gates);
      if (!read.summary) {
        setStatus("error");
        setMessage(
          `No pending exports were read from ${files.map((file) => file.name).join(", ")}. The problems below say why.`,
        );
        return;
      }
      remember(read, read.gates, forThreshold);
      setStatus("done");
      const { summary } = read;
      setMessage(
        `Read ${summary.file}${summary.connectorName ? ` (${summary.connectorName})` : ""}: ${summary.pending.toLocaleString("en")} of ${summary.objects.toLocaleString("en")} objects have a pending export.${summary.partial ? " The file was not read to its end: what was read is shown." : ""}${read.problems.length > 0 ? ` ${read.problems.length === 1 ? "1 problem" : `${read.problems.length} problems`} below.` : ""}`,
      );
    } catch {
      if (!live()) return;
      setStatus("error");
      setMessage(
        "The page's reading code could not be loaded or failed (the site may have been updated). Reload the page and pick the file again.",
      );
    }
  }

  /** A changed threshold or old connector name is judged again from what was read. */
  function rejudge(nextThreshold: number | undefined, nextName: string) {
    if (!handle || !result?.summary || status !== "done" || nextThreshold === undefined) return;
    const thisRead = reads.current;
    void handle.session.judge(nextThreshold, nextName).then((judged) => {
      if (reads.current !== thisRead) return;
      setGates(judged);
      remember(result, judged, nextThreshold);
    });
  }

  // Files dropped on /import or /match that are csexports come here, with a word.
  useEffect(() => {
    const handed = takeHandedFiles(paths.pendingExports());
    if (!handed) return;
    void Promise.resolve().then(() => {
      setHandedFrom({ from: handed.from, names: handed.files.map((file) => file.name) });
      return read(handed.files);
    });
    // Once, on arriving: the hand-over is taken once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const problems = status === "reading" ? [] : (result?.problems ?? []);
  const summary = status === "done" ? result?.summary : undefined;

  return (
    <main id="main" tabIndex={-1} className="page pending">
      <p className="page-header__eyebrow">Check pending exports</p>
      <h1>Check pending exports before the first export</h1>
      <p className="page-header__lead">
        A staging server imports and synchronizes but exports nothing, so what it holds as pending exports is exactly
        what it will write once it exports. This page reads that list, as csexport writes it, and says how many adds,
        updates and deletes it holds, which attributes change, and whether each cut-over gate passes.
      </p>
      <div className="callout callout--important" role="note" data-privacy-notice>
        <p className="callout__title">Your file stays on this computer</p>
        <div className="callout__body">
          <p>
            The file is read in this browser and nothing is uploaded: this page makes no network request while it reads
            it. Only the counts and the gates' results are kept in this browser, for the plan, until you forget them; no
            object is ever stored.
          </p>
        </div>
      </div>

      {handedFrom && (
        <div className="callout callout--important" role="note" data-pending-handed-from={handedFrom.from}>
          <p>
            {handedFrom.names.join(", ")} {handedFrom.names.length === 1 ? "was" : "were"} dropped on {handedFrom.from}:{" "}
            {handedFrom.names.length === 1 ? "it is a connector space export" : "they are connector space exports"}{" "}
            (csexport), which this page reads.
          </p>
        </div>
      )}

      <CommandsSection />

      <section aria-labelledby="pending-pick-title">
        <h2 id="pending-pick-title">2. Choose the file</h2>
        <p>
          Pick or drop the XML that csexport wrote, or a zip of it. To check the adds against the users already in Entra
          ID, pick the match check's Entra users file (<code>entra-users.csv</code>) with it; to check the deletes
          against the old connector's objects, pick its own agent's export with it and give that agent's name below.
          Each file is recognised by its content, whatever its name.
        </p>
        {matchHydrated && matchSaved && (
          <p className="hint" data-pending-match-saved>
            The match check in this browser read {matchSaved.files.join(", ") || "its files"} on{" "}
            {when(matchSaved.checkedAt)}: pick the Entra users file among them here too.
          </p>
        )}
        <div
          className="import-pickers js-only"
          data-hydrated={pageHydrated ? "true" : undefined}
          data-reader-ready={readerReady ? "true" : undefined}
          onFocus={prepare}
          onPointerEnter={prepare}
          onDragEnter={prepare}
        >
          <div className="form-group">
            <label className="import-pickers__label" htmlFor="pending-files">
              The csexport file: <code>.xml</code> or <code>.zip</code>
            </label>
            <p className="hint" id="pending-files-hint">
              With, if you have them, <code>entra-users.csv</code> and the old connector's own export.
            </p>
            <input
              id="pending-files"
              type="file"
              multiple
              accept=".xml,.XML,.zip,.csv,application/xml,text/xml,application/zip,text/csv"
              aria-describedby="pending-files-hint"
              onChange={(event) => {
                const files = Array.from(event.currentTarget.files ?? []);
                event.currentTarget.value = "";
                setHandedFrom(undefined);
                void read(files);
              }}
            />
          </div>
          <DropZone
            onDrop={(transfer) => {
              setHandedFrom(undefined);
              void read(Array.from(transfer.files));
            }}
          >
            <p>Or drop the files here.</p>
          </DropZone>
        </div>
        <noscript>
          <p className="hint">The check needs JavaScript; the file would still never leave your computer.</p>
        </noscript>

        <div className="pending-settings">
          <div className={`form-group${threshold === undefined ? " form-group--error" : ""}`}>
            <label htmlFor="pending-threshold">Deletion threshold</label>
            <p className="hint" id="pending-threshold-hint">
              The number of deletes one export may hold: 500 by default in Connect Sync and in cloud sync's
              accidental-deletion prevention. Use the value set on your engine.
            </p>
            {threshold === undefined && (
              <p className="error-message" id="pending-threshold-error">
                Enter a whole number, 0 or more.
              </p>
            )}
            <input
              id="pending-threshold"
              name="delete-threshold"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              className="input--short"
              value={thresholdText}
              aria-describedby={`pending-threshold-hint${threshold === undefined ? " pending-threshold-error" : ""}`}
              aria-invalid={threshold === undefined ? true : undefined}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setThresholdText(text);
                rejudge(parseThreshold(text), oldConnectorName);
              }}
            />
          </div>
          <div className="form-group">
            <label htmlFor="pending-old-connector">The old connector's management agent name (optional)</label>
            <p className="hint" id="pending-old-connector-hint">
              As Synchronization Service Manager shows it. With it, a file from that agent is known as the old
              connector's, and its deletes are judged as deletes of objects it created.
            </p>
            <input
              id="pending-old-connector"
              name="old-connector-name"
              type="text"
              autoComplete="off"
              value={oldConnectorName}
              aria-describedby="pending-old-connector-hint"
              onChange={(event) => {
                const text = event.currentTarget.value;
                setOldConnectorName(text);
                rejudge(threshold, text);
              }}
            />
          </div>
        </div>
      </section>

      <div className="import-status" role="status" aria-live="polite" data-pending-status={status}>
        {status === "reading" && (
          <>
            <label htmlFor="pending-progress">{message}</label>
            <progress id="pending-progress" value={progress.done} max={Math.max(progress.total, 1)}>
              {progress.done} of {progress.total} bytes
            </progress>
          </>
        )}
        {status !== "reading" && message && <p>{message}</p>}
      </div>

      <ProblemList problems={problems} />

      {summary && result && gates.length === gateIds.length && (
        <Suspense fallback={<p>Preparing the results…</p>}>
          <pendingResults.Component
            summary={summary}
            gates={gates}
            matchUsers={result.matchUsers}
            oldConnector={result.oldConnector}
          />
        </Suspense>
      )}

      {hydrated && saved && (
        <ForgetSaved
          id="pending-forget-title"
          title="Forget the saved result"
          button="Forget the result"
          data-pending-saved
          onForget={() => {
            forget();
            setMessage("The result is forgotten: nothing from your file is kept in this browser.");
          }}
        >
          The counts and gates of {saved.file} (read {when(saved.checkedAt)}, deletion threshold{" "}
          {saved.deleteThreshold.toLocaleString("en")}) are kept in this browser for the{" "}
          <Link to={paths.plan()}>plan</Link>. No object is stored.
        </ForgetSaved>
      )}

      <section aria-labelledby="pending-limits-title">
        <h2 id="pending-limits-title">What this check cannot see</h2>
        <ul>
          <li>
            Only what the engine has already staged: a change made in the directories since the last import and
            synchronization, or one a later run adds (a full synchronization after a rule change), is not in the file.
            Run them again and export the file again just before the export.
          </li>
          <li>
            One connector at a time: each connector's pending exports are their own file. A staging server's connector
            to Active Directory has its own (writeback).
          </li>
          <li>
            Values beyond the samples: the page keeps a few before-and-after samples per attribute and up to 2,000
            objects per count, with long values cut; the counts themselves are whole.
          </li>
          <li>
            Whether the engine will refuse an export: Entra ID can still reject an object (a duplicate attribute, a
            blocked hard match) when the export runs. The adds that should have matched are caught only for users the
            match check read.
          </li>
        </ul>
      </section>
    </main>
  );
}
