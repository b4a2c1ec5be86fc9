import { Suspense, useEffect, useState, useSyncExternalStore } from "react";
import { CsexportElsewhere, sendToPendingExports } from "../../shared/components/csexport-elsewhere";
import { DropZone } from "../../shared/components/drop-zone";
import { ForgetSaved } from "../../shared/components/forget-saved";
import { splitOffCsexports } from "../../core/file-kind/file-kind";
import { lazyWithPreload } from "../../shared/lazy-with-preload";
import { Link, useNavigate } from "react-router";
import { DEFAULT_CUTOFF } from "../../core/match-check/cutoff";
import { OLD_CONNECTOR_CSEXPORT } from "../../core/match-check/old-connector-command";
import type { MatchSummary, ReadSummary } from "../../core/match-check/session";
import { matchTargets, type MatchTarget } from "../../core/match-check/types";
import { useMatchStore } from "../../core/match-findings/match-store";
import { useMatchHydrated } from "../../core/match-findings/use-match-hydrated";
import { paths } from "../../shared/paths";
import { ScriptsSection } from "./scripts-section";
import { startSession, type SessionHandle } from "./session-client";
import type { SuggestedTarget } from "./suggested-target";

type Status = "idle" | "reading" | "done" | "error";

// The results (counts, table, downloads) load with the reader, never in the first load.
const loadResultsCode = () => import("./match-results");
const matchResults = lazyWithPreload(() => loadResultsCode().then((module) => module.MatchResults));

const noSubscription = () => () => undefined;

export const targetLabels: Record<MatchTarget, { label: string; hint: string }> = {
  "cloud-sync": {
    label: "Cloud sync",
    hint: "Anchors on ms-DS-ConsistencyGuid when it is set, else objectGUID.",
  },
  "connect-sync-consistencyguid": {
    label: "A new Connect Sync server, anchored on ms-DS-ConsistencyGuid",
    hint: "The default for new installations: for users, the same rule as cloud sync; groups and contacts on objectGUID always.",
  },
  "connect-sync-objectguid": {
    label: "An existing Connect Sync server that anchors on objectGUID",
    hint: "Servers installed before build 1.1.524, upgraded from DirSync, or that found ms-DS-ConsistencyGuid in use: objectGUID always.",
  },
};

export function MatchPage() {
  const [suggested, setSuggested] = useState<SuggestedTarget | undefined>();
  const hydrated = useMatchHydrated();
  const saved = useMatchStore((state) => state.saved);
  const save = useMatchStore((state) => state.save);
  const forget = useMatchStore((state) => state.forget);
  const [status, setStatus] = useState<Status>("idle");
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [message, setMessage] = useState("");
  const [chosenTarget, setChosenTarget] = useState<MatchTarget | undefined>(undefined);
  const [cutoff, setCutoff] = useState(DEFAULT_CUTOFF);
  const [handle, setHandle] = useState<SessionHandle | undefined>(undefined);
  const [readSummary, setReadSummary] = useState<ReadSummary | undefined>(undefined);
  const [summary, setSummary] = useState<(MatchSummary & { target: MatchTarget; cutoff: string }) | undefined>();
  const [version, setVersion] = useState(0);
  const [readerReady, setReaderReady] = useState(false);
  const [sentElsewhere, setSentElsewhere] = useState<readonly File[]>([]);
  const navigate = useNavigate();
  const pageHydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const target = chosenTarget ?? suggested?.target ?? "cloud-sync";
  const advisor = suggested?.advisor;

  // The advisor's recommendation, worked out after the page shows.
  useEffect(() => {
    let current = true;
    import("./suggested-target")
      .then((module) => module.suggestedTarget())
      .then(
        (found) => {
          if (current) setSuggested(found);
        },
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, []);

  const prepare = () => {
    matchResults.preload();
    void startSession().then(
      () => setReaderReady(true),
      () => undefined,
    );
  };

  async function runMatch(using: SessionHandle, names: readonly string[], forTarget: MatchTarget, forCutoff: string) {
    const result = await using.session.match({ target: forTarget, cutoff: forCutoff });
    setSummary({ ...result, target: forTarget, cutoff: forCutoff });
    setVersion((count) => count + 1);
    save({
      counts: result.counts,
      target: forTarget,
      cutoff: forCutoff,
      checkedAt: new Date().toISOString(),
      files: names,
      ...(result.objects ? { objects: result.objects } : {}),
    });
  }

  async function read(picked: File[]) {
    if (picked.length === 0) return;
    // Pending exports (csexport /f:x) go to the page that reads them: at once when they are all that was
    // picked. A whole connector space stays: the old connector's gives groups' and contacts' anchors here.
    const { csexports, rest: files } = await splitOffCsexports(picked, { pendingOnly: true }).catch(() => ({
      csexports: [],
      rest: picked,
    }));
    if (files.length === 0) {
      sendToPendingExports(navigate, "Check matching", csexports);
      return;
    }
    setSentElsewhere(csexports);
    try {
      const [session] = await Promise.all([startSession(), loadResultsCode()]);
      setHandle(session);
      setReaderReady(true);
      setStatus("reading");
      setSummary(undefined);
      setProgress({ done: 0, total: files.reduce((sum, file) => sum + file.size * 2, 0) });
      setMessage(`Reading ${files.length === 1 ? "1 file" : `${files.length} files`} in this browser…`);
      const onProgress = session.callback((done: number, total: number) => setProgress({ done, total }));
      const result = await session.session.read(files, onProgress);
      setReadSummary(result);
      if (result.adUsers === 0 && result.entraUsers === 0 && result.oldConnectorObjects === 0) {
        setStatus("error");
        setMessage("No users, groups or contacts were read from what you picked. The problems below say why.");
        return;
      }
      await runMatch(
        session,
        result.files.map((file) => file.name),
        target,
        cutoff,
      );
      setStatus("done");
      setMessage(
        `Read ${result.adUsers.toLocaleString("en")} AD users and ${result.entraUsers.toLocaleString("en")} Entra users${result.oldConnectorObjects > 0 || result.adObjects > 0 ? `, ${result.adObjects.toLocaleString("en")} AD groups and contacts, and ${result.oldConnectorObjects.toLocaleString("en")} groups and contacts of the old connector` : ""}.${result.problems.length > 0 ? ` ${result.problems.length === 1 ? "1 problem" : `${result.problems.length} problems`} below.` : ""}${result.adUsers === 0 ? " No AD users file was read: every old-connector user will show as having no AD user." : ""}${result.entraUsers === 0 ? " No Entra users file was read: every AD user will show as new." : ""}`,
      );
    } catch {
      setStatus("error");
      setMessage(
        "The page's reading code could not be loaded or failed (the site may have been updated). Reload the page and pick the files again.",
      );
    }
  }

  /** A changed target or cut-off recomputes from what was read, without reading again. */
  function rematch(nextTarget: MatchTarget, nextCutoff: string) {
    if (!handle || !readSummary || status !== "done") return;
    void runMatch(
      handle,
      readSummary.files.map((file) => file.name),
      nextTarget,
      nextCutoff,
    );
  }

  const problems = readSummary?.problems ?? [];

  return (
    <main id="main" tabIndex={-1} className="page match">
      <p className="page-header__eyebrow">Check matching</p>
      <h1>Check matching before the first sync</h1>
      <p className="page-header__lead">
        The new engine takes over a user the old connector created only when its source anchor equals that user's
        ImmutableId; otherwise Entra refuses the soft match and the user ends up twice. This page compares every user in
        your AD forests with every user in your tenant and says, per user, what the first sync will do.
      </p>
      <div className="callout callout--important" role="note" data-privacy-notice>
        <p className="callout__title">Your files stay on this computer</p>
        <div className="callout__body">
          <p>
            The files are read in this browser and nothing is uploaded: this page makes no network request while it
            reads them. Only the counts are kept in this browser, for the plan, until you forget them; no user is ever
            stored.
          </p>
        </div>
      </div>

      <ScriptsSection />

      <section aria-labelledby="match-pick-title">
        <h2 id="match-pick-title">2. Choose the files</h2>
        <p>
          Pick or drop every file at once: one AD users file per forest, the Entra users file and, if you ran it, the
          tenant settings file. To check groups and contacts too, add the AD groups and contacts file of each forest and
          the old connector's connector space export (<code>{OLD_CONNECTOR_CSEXPORT}</code> on the FIM/MIM server, with
          no <code>/f</code> filter; <code>csexport.exe</code> is in the Synchronization Service's <code>Bin</code>{" "}
          folder). Each is recognised by its content, whatever its name.
        </p>
        <div
          className="import-pickers js-only"
          data-hydrated={pageHydrated ? "true" : undefined}
          data-reader-ready={readerReady ? "true" : undefined}
          onFocus={prepare}
          onPointerEnter={prepare}
          onDragEnter={prepare}
        >
          <div className="form-group">
            <label className="import-pickers__label" htmlFor="match-files">
              The exported files: <code>.csv</code>, <code>.json</code> and the csexport <code>.xml</code>
            </label>
            <p className="hint" id="match-files-hint">
              Pick several at once.
            </p>
            <input
              id="match-files"
              type="file"
              multiple
              accept=".csv,.json,.txt,.xml,.zip,text/csv,application/json,text/xml,application/xml,application/zip"
              aria-describedby="match-files-hint"
              onChange={(event) => {
                const files = Array.from(event.currentTarget.files ?? []);
                event.currentTarget.value = "";
                void read(files);
              }}
            />
          </div>
          <DropZone onDrop={(transfer) => void read(Array.from(transfer.files))}>
            <p>Or drop the files here.</p>
          </DropZone>
        </div>
        <noscript>
          <p className="hint">The check needs JavaScript; the files would still never leave your computer.</p>
        </noscript>
      </section>

      <section aria-labelledby="match-target-title">
        <h2 id="match-target-title">3. Say what the new engine will be</h2>
        <fieldset className="match-target">
          <legend className="question-legend">
            Which anchor will the new engine compute?
            {advisor && (
              <span className="hint">
                {" "}
                (pre-selected from <Link to={advisor.path}>your recommendation</Link>: {advisor.name})
              </span>
            )}
          </legend>
          <div className="choices">
            {matchTargets.map((value) => (
              <div className="choice" key={value}>
                <input
                  className="choice__input"
                  type="radio"
                  name="match-target"
                  id={`match-target-${value}`}
                  value={value}
                  checked={target === value}
                  aria-describedby={`match-target-${value}-hint`}
                  onChange={() => {
                    setChosenTarget(value);
                    rematch(value, cutoff);
                  }}
                />
                <label className="choice__label" htmlFor={`match-target-${value}`}>
                  {targetLabels[value].label}
                </label>
                <p className="choice__hint hint" id={`match-target-${value}-hint`}>
                  {targetLabels[value].hint}
                </p>
              </div>
            ))}
          </div>
          <p className="hint">
            Extending an existing Connect Sync server? Its anchor was fixed when it was installed:{" "}
            <Link to={paths.guideAnchor("connect-sync#read-existing-anchor")}>read it first</Link>.
          </p>
        </fieldset>
        <div className="form-group">
          <label htmlFor="match-cutoff">The old connector's last sync was before</label>
          <p className="hint" id="match-cutoff-hint">
            Users synced since belong to another engine and are left alone. The old connector stopped connecting in
            April 2024.
          </p>
          <input
            id="match-cutoff"
            type="date"
            value={cutoff}
            aria-describedby="match-cutoff-hint"
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
              setCutoff(value);
              rematch(target, value);
            }}
          />
        </div>
      </section>

      <div className="import-status" role="status" aria-live="polite" data-match-status={status}>
        {status === "reading" && (
          <>
            <label htmlFor="match-progress">{message}</label>
            <progress id="match-progress" value={progress.done} max={Math.max(progress.total, 1)}>
              {progress.done} of {progress.total}
            </progress>
          </>
        )}
        {status !== "reading" && message && <p>{message}</p>}
      </div>

      <CsexportElsewhere files={sentElsewhere} from="Check matching" />

      {problems.length > 0 && status !== "reading" && (
        <section className="callout callout--warning import-problems" aria-labelledby="match-problems-title">
          <h2 id="match-problems-title" className="callout__title">
            {problems.length === 1 ? "One problem with the files" : `${problems.length} problems with the files`}
          </h2>
          <ul>
            {problems.map((problem, index) => (
              <li key={`${problem.file}-${index}`} data-match-error={problem.file}>
                <p>
                  {problem.message}
                  {problem.link && (
                    <>
                      {" "}
                      <Link to={problem.link.path}>{problem.link.label}</Link>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {handle && summary && readSummary && status === "done" && (
        <Suspense fallback={<p>Preparing the results…</p>}>
          <matchResults.Component handle={handle} summary={summary} readSummary={readSummary} version={version} />
        </Suspense>
      )}

      {hydrated && saved && (
        <ForgetSaved
          id="match-forget-title"
          title="Forget the saved counts"
          button="Forget the counts"
          data-match-saved
          onForget={() => {
            forget();
            setMessage("The counts are forgotten: nothing from your files is kept in this browser.");
          }}
        >
          The counts of the check on{" "}
          {new Date(saved.checkedAt).toLocaleString("en-GB", {
            dateStyle: "medium",
            timeStyle: "short",
            timeZone: "UTC",
          })}{" "}
          UTC ({targetLabels[saved.target].label.toLowerCase()}) are kept in this browser for the{" "}
          <Link to={paths.plan()}>plan</Link>. No user is stored.
        </ForgetSaved>
      )}

      <section aria-labelledby="match-limits-title">
        <h2 id="match-limits-title">What this check cannot see</h2>
        <p>
          Microsoft Graph does not give the anchors of groups and contacts the old connector created: this page reads
          them from the old connector's own connector space export, and without that file it checks users only. With it,
          the sources differ on whether groups hard-match, so test one security group in the pilot whatever the
          verdicts, and put a group or contact that cannot match on the{" "}
          <Link to={paths.guideAnchor("migrate-safely#orphaned-objects")}>orphans list</Link> (the guide's{" "}
          <Link to={paths.guideAnchor("migrate-safely#matching-step")}>matching step</Link>). It cannot see the tenant's
          cloud-only groups, so a mail-enabled AD group that would soft-match one shows as new.
        </p>
      </section>
    </main>
  );
}
