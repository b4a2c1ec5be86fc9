import { Suspense, useRef, useState, useSyncExternalStore, type InputHTMLAttributes } from "react";
import { Link, useNavigate } from "react-router";
import { CsexportElsewhere, sendToPendingExports } from "../../shared/components/csexport-elsewhere";
import { DropZone } from "../../shared/components/drop-zone";
import { ForgetSaved } from "../../shared/components/forget-saved";
import { splitOffCsexports } from "../../core/file-kind/file-kind";
import { lazyWithPreload } from "../../shared/lazy-with-preload";
import { paths } from "../../shared/paths";
import type { PickedFile } from "../../core/sync-export/import-session";
import { isSystemFile } from "../../core/sync-export/system-files";
import { emptyPickMessage, filesFromDrop, pickFromInput, type Pick } from "./picked-files";
import { useImportPersistence, useImportStore } from "../../core/import-findings/import-store";
import { useImportHydrated } from "../../core/import-findings/use-import-hydrated";
import { ExportSteps } from "./export-steps";
import { ProblemsList } from "./problems-list";
import { StorageNote } from "./storage-note";
import { importSession, type ImportHandle } from "./worker-reader";

type Status = "idle" | "reading" | "done" | "error";

const noSubscription = () => () => undefined;

// The findings (and the advisor's question texts they use) load once there is something to show;
// the shared loader reloads the page once if a newer deployment removed the file.
const importResults = lazyWithPreload(() => import("./import-results").then((module) => module.ImportResults));

/**
 * The reading session (its worker's script holds the parser and zip code), started when the
 * visitor shows intent (focus, pointer or drag on the pickers) or picks: never in the page's first
 * load, and before any file is read, so reading itself makes no request at all. Where the worker
 * cannot start, the same session runs on the main thread.
 */
function loadReading(): Promise<ImportHandle> {
  // The findings' code comes too, so that nothing at all is fetched between reading and showing.
  importResults.preload();
  return importSession.start();
}

let readCount = 0;

/**
 * Reads the files with the session; a newer pick (`signal`) cancels the read in the session, which
 * then returns nothing. Rejects if the worker fails while reading.
 */
async function readWith(
  handle: ImportHandle,
  files: readonly PickedFile[],
  onBytes: (done: number, total: number) => void,
  signal: AbortSignal,
) {
  readCount += 1;
  const read = readCount;
  const onAbort = () => void handle.session.cancel(read);
  signal.addEventListener("abort", onAbort);
  try {
    return await Promise.race([handle.session.read(read, files, handle.callback(onBytes)), handle.failed]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

/** React does not type the folder picker's attribute; browsers have all supported it for years. */
const folderPicker = { webkitdirectory: "", directory: "" } as unknown as InputHTMLAttributes<HTMLInputElement>;

export function ImportPage() {
  const ready = useImportHydrated();
  const saved = useImportStore((state) => state.saved);
  const setImported = useImportStore((state) => state.setImported);
  const forget = useImportStore((state) => state.forget);
  const [status, setStatus] = useState<Status>("idle");
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [message, setMessage] = useState("");
  // Why the last read gave nothing, for the label on the earlier findings still shown.
  const [failure, setFailure] = useState("");
  const persistence = useImportPersistence();
  const [fromThisVisit, setFromThisVisit] = useState(false);
  // Problems of a read that produced nothing to save (saved findings carry their own).
  const [errors, setErrors] = useState<readonly { file: string; message: string; hint: string }[]>([]);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [readerReady, setReaderReady] = useState(false);
  const [sentElsewhere, setSentElsewhere] = useState<readonly File[]>([]);
  const navigate = useNavigate();
  // Each successful read remounts the findings, which then take focus.
  const [reads, setReads] = useState(0);
  const prepare = () => {
    void loadReading().then(
      () => setReaderReady(true),
      () => undefined,
    );
  };

  // The read under way; a newer pick aborts it, and nothing it still reports is shown.
  const current = useRef<AbortController | undefined>(undefined);

  function fail(text: string, reason: string, problems: typeof errors = []) {
    setStatus("error");
    setErrors(problems);
    setMessage(text);
    setFailure(reason);
  }

  async function read(pick: Pick) {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const live = () => !controller.signal.aborted;
    const empty = emptyPickMessage(pick);
    if (empty) {
      fail(empty, "what was picked held no file to read");
      return;
    }
    // Files the system adds (.DS_Store, macOS's ._ files) are never read, nor counted.
    const picked = pick.files.filter((file) => !isSystemFile(file.name));
    // A csexport goes to the page that reads it: at once when it is all that was picked.
    const byFile = new Map(picked.map((file) => [file.blob, file]));
    const split = await splitOffCsexports(picked.map((file) => file.blob)).catch(() => undefined);
    if (!live()) return;
    const csexports = split?.csexports ?? [];
    const files = split ? split.rest.map((file) => byFile.get(file)!) : picked;
    if (csexports.length > 0 && files.length === 0) {
      sendToPendingExports(navigate, "Read your sync server", csexports);
      return;
    }
    setSentElsewhere(csexports);
    try {
      const handle = await loadReading();
      if (!live()) return;
      setReaderReady(true);
      setStatus("reading");
      // Bytes parsed out of the bytes picked (a zip counts unpacked once opened).
      setProgress({ done: 0, total: files.reduce((sum, file) => sum + file.blob.size, 0) });
      setMessage(`Reading ${files.length === 1 ? "1 file" : `${files.length} files`} in this browser…`);
      const onBytes = (done: number, total: number) => {
        if (live()) setProgress({ done, total });
      };
      // A worker that fails while reading (out of memory, a crash): read again on the main thread.
      const imported = await readWith(handle, files, onBytes, controller.signal).catch(async () =>
        readWith(await importSession.mainThreadOnly(), files, onBytes, controller.signal),
      );
      if (!live() || !imported) return;
      const usable = imported.agents.length > 0 || imported.metaverse !== undefined;
      if (usable) setImported(imported);
      setFromThisVisit(true);
      if (!usable) {
        fail(
          "Nothing usable was found in what you picked. The problems below say why.",
          "nothing usable was found in what was picked (the problems above say why)",
          imported.problems,
        );
        return;
      }
      setStatus("done");
      setMessage(
        `Read ${imported.files.length === 1 ? "1 file" : `${imported.files.length} files`}: ${imported.agents.length === 1 ? "1 management agent" : `${imported.agents.length} management agents`}${imported.metaverse ? " and the metaverse" : ""}.${imported.problems.length > 0 ? ` ${imported.problems.length === 1 ? "1 problem" : `${imported.problems.length} problems`} below.` : ""}`,
      );
      setReads((count) => count + 1);
    } catch {
      if (!live()) return;
      fail(
        "The page's reading code could not be loaded (the site may have been updated). Reload the page and pick the files again.",
        "the page's reading code could not be loaded",
      );
    }
  }

  const problems = status === "error" ? errors : fromThisVisit ? (saved?.imported.problems ?? []) : [];

  function onDrop(transfer: DataTransfer) {
    void filesFromDrop(transfer).then(read);
  }

  const shownStatus: Status = status === "idle" && ready && saved ? "done" : status;

  return (
    <main id="main" tabIndex={-1} className="page import">
      <p className="page-header__eyebrow">Read your sync server</p>
      <h1>Read your sync server's configuration</h1>
      <p className="page-header__lead">
        Give this page the configuration export of your FIM or MIM synchronization server. It finds the old connector,
        lists what it exports to Entra ID and where each attribute goes next, checks the metaverse deletion rules that
        decide what deleting it would do, and answers some of the advisor's questions for you.
      </p>
      <div className="callout callout--important" role="note" data-privacy-notice>
        <p className="callout__title">Your files stay on this computer</p>
        <div className="callout__body">
          <p>
            The files are read in this browser and nothing is uploaded: this page makes no network request while it
            reads them. What it finds is saved in this browser only, until you choose to forget it, and never goes into
            a share link.
          </p>
        </div>
      </div>

      <ExportSteps />

      <h2>Choose the export</h2>
      <div
        className="import-pickers js-only"
        data-hydrated={hydrated ? "true" : undefined}
        data-reader-ready={readerReady ? "true" : undefined}
        onFocus={prepare}
        onPointerEnter={prepare}
        onDragEnter={prepare}
      >
        <div className="form-group">
          <label className="import-pickers__label" htmlFor="import-folder">
            The exported folder
          </label>
          <p className="hint" id="import-folder-hint">
            Every file in it is read.
          </p>
          <input
            id="import-folder"
            type="file"
            {...folderPicker}
            aria-describedby="import-folder-hint"
            onChange={(event) => {
              const pick = pickFromInput("folder", event.currentTarget.files);
              event.currentTarget.value = "";
              void read(pick);
            }}
          />
        </div>
        <div className="form-group">
          <label className="import-pickers__label" htmlFor="import-files">
            Or files: <code>.xml</code> or <code>.zip</code>
          </label>
          <p className="hint" id="import-files-hint">
            Pick several at once: the <code>MA-…XML</code> files and <code>MV.XML</code>, or a zip of the folder.
          </p>
          <input
            id="import-files"
            type="file"
            multiple
            accept=".xml,.XML,.zip,application/xml,text/xml,application/zip"
            aria-describedby="import-files-hint"
            onChange={(event) => {
              const pick = pickFromInput("files", event.currentTarget.files);
              event.currentTarget.value = "";
              void read(pick);
            }}
          />
        </div>
        <DropZone onDrop={onDrop}>
          <p>Or drop the folder, its files or its zip here.</p>
        </DropZone>
      </div>
      <noscript>
        <p className="hint">Reading an export needs JavaScript; the files would still never leave your computer.</p>
      </noscript>

      <div className="import-status" role="status" aria-live="polite" data-import-status={shownStatus}>
        {status === "reading" && (
          <>
            <label htmlFor="import-progress">{message}</label>
            <progress id="import-progress" value={progress.done} max={Math.max(progress.total, 1)}>
              {progress.done} of {progress.total}
            </progress>
          </>
        )}
        {status !== "reading" && message && <p>{message}</p>}
        {status === "idle" && ready && saved && (
          <p>
            {persistence.where === "tab"
              ? "These are the findings of your last import, kept in this tab only."
              : "These are the findings of your last import, saved in this browser."}
          </p>
        )}
      </div>
      {status === "done" && fromThisVisit && persistence.where !== "saved" && <StorageNote persistence={persistence} />}

      <CsexportElsewhere files={sentElsewhere} from="Read your sync server" />

      <ProblemsList problems={problems} />

      {ready && saved && status !== "reading" && (
        <>
          <Suspense fallback={<p>Preparing the findings…</p>}>
            <importResults.Component
              key={reads}
              saved={saved}
              focusOnMount={reads > 0}
              {...(status === "error" ? { lastReadFailed: failure } : {})}
            />
          </Suspense>
          <ForgetSaved
            id="forget-title"
            title="Forget these findings"
            button="Forget these findings"
            onForget={() => {
              forget();
              setStatus("idle");
              setMessage("The findings are forgotten: nothing from your export is kept in this browser.");
              setFailure("");
              setFromThisVisit(false);
            }}
          >
            The findings are kept in this browser so the advisor and the plan can use them. Forget them when you are
            done, or before you read another server's export.
          </ForgetSaved>
        </>
      )}

      <p>
        Prefer to answer yourself? <Link to={paths.advisorStart()}>Go to the advisor</Link>, or read{" "}
        <Link to={paths.guideAnchor("remove-old-connector#deletion-rules")}>why deletion rules matter</Link>. Before the
        first sync, <Link to={paths.matchCheck()}>check matching</Link> user by user.
      </p>
    </main>
  );
}
