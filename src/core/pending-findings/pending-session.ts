import { fileKindNames, sniffBlob, type FileKind } from "../file-kind/file-kind";
import { readMatchFiles } from "../match-check/read-files";
import {
  judgeGates,
  MAX_CONNECTOR_OBJECTS,
  oldConnectorKeys,
  readPendingExport,
  toConnectorObject,
  type ConnectorObject,
  type Gate,
  type PendingExportSummary,
  type PendingProblem,
  type PendingSource,
} from "../pending-exports";

/**
 * The reading session of Check pending exports: plain async methods over plain data, so the
 * same object serves Comlink in the worker and the main thread where a worker cannot start.
 * It keeps what the gates need (the adds' and deletes' keys, the match check's users, the old
 * connector's anchors) and hands the page a summary without them, so a threshold changed on the
 * page is judged again here, without reading again.
 */

/** What the page gets of the summary: everything but the gates' keys (up to 200,000 each). */
export type ShownSummary = Omit<PendingExportSummary, "addKeys" | "deleteKeys">;

/** A file the page did not read as the pending exports, and why (`data-pending-error`). */
export interface FileNote {
  readonly file: string;
  readonly message: string;
  readonly hint: string;
  /** Another page reads it. */
  readonly readBy?: "import" | "match";
}

export interface PendingReadResult {
  /** The file read as the pending exports, if any file was. */
  readonly summary?: ShownSummary;
  readonly gates: readonly Gate[];
  /** Problems of the file read, and notes on the other files picked. */
  readonly problems: readonly (PendingProblem | FileNote)[];
  /** The match check's Entra users file read for `adds-should-match`, with its users. */
  readonly matchUsers?: { readonly files: readonly string[]; readonly users: number };
  /** The old connector's own csexport read for `old-connector-deletes`, with its objects. */
  readonly oldConnector?: { readonly file: string; readonly objects: number };
}

export interface PendingReadRequest {
  readonly files: readonly File[];
  readonly deleteThreshold: number;
  /** The old connector's management agent name, when the visitor gave it. */
  readonly oldConnectorName: string;
}

export interface PendingSession {
  read(request: PendingReadRequest, onBytes?: (done: number, total: number) => void): Promise<PendingReadResult>;
  /** The gates again, for another threshold or old connector name: nothing is read again. */
  judge(deleteThreshold: number, oldConnectorName: string): Promise<Gate[]>;
}

const matchKinds: ReadonlySet<FileKind> = new Set(["ad-users", "entra-users", "tenant-settings"]);
const otherPages: Partial<Record<FileKind, "import" | "match">> = {
  "sync-export": "import",
  "ad-users": "match",
  "tenant-settings": "match",
};

const isoDate = (file: File) => (file.lastModified > 0 ? new Date(file.lastModified).toISOString() : undefined);

function sourceOf(file: File): PendingSource {
  return {
    name: file.name,
    size: file.size,
    chunks: {
      async *[Symbol.asyncIterator]() {
        const reader = file.stream().getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      },
    },
  };
}

const sameName = (a: string | undefined, b: string) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

export function createPendingSession(): PendingSession {
  let summary: PendingExportSummary | undefined;
  let matchUserKeys: string[] = [];
  let oldKeys: string[] = [];

  const gatesFor = (deleteThreshold: number, oldConnectorName: string) =>
    summary
      ? judgeGates(summary, {
          deleteThreshold,
          matchUserKeys,
          oldConnector: {
            names: oldConnectorName.trim() ? [oldConnectorName.trim()] : [],
            keys: oldKeys,
          },
        })
      : [];

  return {
    async read({ files, deleteThreshold, oldConnectorName }, onBytes) {
      summary = undefined;
      matchUserKeys = [];
      oldKeys = [];
      const problems: (PendingProblem | FileNote)[] = [];
      const total = files.reduce((sum, file) => sum + file.size, 0);
      let before = 0;
      const progress = (file: File) => (done: number) => onBytes?.(before + Math.min(done, file.size), total);

      // The match check's files first (small), by their content: the Entra users give the adds' keys.
      const kinds = await Promise.all(files.map((file) => sniffBlob(file).then((sniffed) => sniffed.kind)));
      const entraFiles = files.filter((_, index) => kinds[index] === "entra-users");
      let matchUsers: PendingReadResult["matchUsers"];
      if (entraFiles.length > 0) {
        const read = await readMatchFiles(entraFiles);
        matchUserKeys = read.entraUsers.flatMap((user) => user.softKeys);
        matchUsers = { files: entraFiles.map((file) => file.name), users: read.entraUsers.length };
        for (const problem of read.problems)
          problems.push({ file: problem.file, message: problem.message, hint: "The other rows were used." });
        before += entraFiles.reduce((sum, file) => sum + file.size, 0);
        onBytes?.(before, total);
      }

      let oldConnector: PendingReadResult["oldConnector"];
      const isOther = (kind: FileKind) =>
        kind !== "entra-users" &&
        (matchKinds.has(kind) || kind in otherPages || kind === "connect-sync-config" || kind === "fim-service-export");
      const candidates = files.filter((_, index) => kinds[index] !== "entra-users" && !isOther(kinds[index]!)).length;
      for (const [index, file] of files.entries()) {
        const kind = kinds[index]!;
        if (kind === "entra-users") continue;
        if (isOther(kind)) {
          const readBy = otherPages[kind];
          problems.push({
            file: file.name,
            message: `${file.name} is ${fileKindNames[kind]}, not a connector space export (csexport).`,
            hint:
              kind === "ad-users" || kind === "tenant-settings"
                ? "Only the match check's Entra users file is used here (for the adds that should have matched); Check matching reads the others."
                : "Export the pending exports with csexport as step 1 says, and pick that file here.",
            ...(readBy ? { readBy } : {}),
          });
        } else if (summary && oldConnector) {
          problems.push({
            file: file.name,
            message: `${file.name} was not read: this page reads one connector's pending exports at a time, with the old connector's own export beside it.`,
            hint: "Pick it on its own.",
          });
        } else {
          // A csexport (or a zip of one, or a file told apart while reading). The old connector's
          // own objects are kept as keys while reading, in case this is its agent's file.
          const objects: ConnectorObject[] = [];
          const read = await readPendingExport(sourceOf(file), {
            onBytes: progress(file),
            ...(isoDate(file) ? { fileDate: isoDate(file) } : {}),
            onObject: (object) => {
              if (!sameName(object.maName, oldConnectorName) || objects.length >= MAX_CONNECTOR_OBJECTS) return;
              const found = toConnectorObject(object);
              if (found) objects.push(found);
            },
          });
          problems.push(...read.problems);
          const usable = read.objects > 0 || (read.problems.length === 0 && !read.partial);
          const isOldConnector = usable && sameName(read.connectorName, oldConnectorName);
          if (isOldConnector && candidates > 1 && !oldConnector) {
            // Picked with the new engine's file: the old connector's anchors, not the summary shown.
            oldKeys = oldConnectorKeys(objects);
            oldConnector = { file: file.name, objects: objects.length };
          } else if (usable && !summary) summary = read;
          else if (usable)
            problems.push({
              file: file.name,
              message: `${file.name} is a second connector's pending exports (${read.connectorName || "no agent named in it"}), and this page reads one at a time.`,
              hint: "Pick it on its own; with the new engine's file, pick only the old connector's own export, and give that agent's name.",
            });
        }
        before += file.size;
        onBytes?.(before, total);
      }

      if (!summary) return { gates: [], problems, ...(matchUsers ? { matchUsers } : {}) };
      // The gates' keys stay here: the page gets the rest.
      const shown = Object.fromEntries(
        Object.entries(summary).filter(([key]) => key !== "addKeys" && key !== "deleteKeys"),
      ) as ShownSummary;
      return {
        summary: shown,
        gates: gatesFor(deleteThreshold, oldConnectorName),
        problems,
        ...(matchUsers ? { matchUsers } : {}),
        ...(oldConnector ? { oldConnector } : {}),
      };
    },
    async judge(deleteThreshold, oldConnectorName) {
      return gatesFor(deleteThreshold, oldConnectorName);
    },
  };
}
