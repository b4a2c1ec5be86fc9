import Papa from "papaparse";
import { detectEncoding, fileKindNames, sniffFileKind, SNIFF_BYTES, type FileKind } from "../file-kind/file-kind";
import { paths } from "../../shared/paths";
import { readOldConnectorFile } from "./old-connector-file";
import { adObjectRowReader, adRowReader, entraRowReader } from "./read-rows";
import { readTenantSettings } from "./tenant";
import type { AdObject, AdUser, CloudObject, EntraUser, FileProblem, TenantSettings } from "./types";

/** What the reader needs of a picked file (a File or a Blob with a name). */
export interface ReadableFile {
  readonly name: string;
  readonly size: number;
  slice(start?: number, end?: number): Blob;
  stream(): ReadableStream<Uint8Array>;
}

export interface ReadFileSummary {
  readonly name: string;
  readonly kind: FileKind;
  /** Users read from it (CSV files); groups and contacts for their files. */
  readonly users?: number;
  readonly delimiter?: "," | ";";
}

export interface ReadOutcome {
  readonly files: readonly ReadFileSummary[];
  readonly problems: readonly FileProblem[];
  readonly adUsers: AdUser[];
  readonly entraUsers: EntraUser[];
  /** AD groups and contacts (the groups and contacts file). */
  readonly adObjects: AdObject[];
  /** The old connector's groups and contacts, with their anchors (its csexport). */
  readonly oldConnectorObjects: CloudObject[];
  readonly tenant?: TenantSettings;
}

export interface ReadOptions {
  /** Bytes decoded plus bytes parsed, out of twice the files' size. */
  readonly onProgress?: (done: number, total: number) => void;
  /** On the main thread: give the browser a turn between chunks. */
  readonly yieldToBrowser?: () => Promise<void>;
}

/** Papa Parse's chunk of text (characters) per callback. */
const PARSE_CHUNK = 2 ** 20;

/** Which page reads the files of other kinds. */
const otherKindPages: Partial<Record<FileKind, { path: string; label: string }>> = {
  "sync-export": { path: paths.importConfig(), label: "Read your sync server" },
  csexport: { path: paths.pendingExports(), label: "Check pending exports" },
};

function otherKindProblem(name: string, kind: FileKind): FileProblem {
  const page = otherKindPages[kind];
  if (kind === "unknown")
    return {
      file: name,
      message: `${name} is not one of the files this page reads: the AD users CSV, the Entra users CSV, the tenant settings JSON or the AD groups and contacts CSV that the scripts on this page write, or the old connector's connector space export (recognised by their first line, whatever their name).`,
    };
  return {
    file: name,
    message: page
      ? `${name} is ${fileKindNames[kind]}: ${page.label} reads it.`
      : `${name} is ${fileKindNames[kind]}: no page of this site reads it. This page reads the files the scripts above write.`,
    link: page,
  };
}

async function decodeAll(file: ReadableFile, onBytes: (bytes: number) => void): Promise<string> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const { encoding } = detectEncoding(head);
  // The decoder drops a byte order mark itself.
  const decoder = new TextDecoder(encoding);
  const parts: string[] = [];
  const reader = file.stream().getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onBytes(read);
  }
  parts.push(decoder.decode());
  return parts.join("");
}

interface CsvSink {
  accept(rows: readonly (readonly string[])[], firstRowNumber: number): void;
}

/** Parses CSV text with Papa Parse in chunks, header first; resolves with the parse errors' rows. */
function parseCsv(
  text: string,
  delimiter: "," | ";",
  onHeader: (header: readonly string[]) => CsvSink | undefined,
  onParsed: (characters: number) => void,
  yieldToBrowser?: () => Promise<void>,
): Promise<{ rows: number; badRows: number[] }> {
  return new Promise((resolve) => {
    let sink: CsvSink | undefined;
    let rowNumber = 0;
    let stopped = false;
    const badRows: number[] = [];
    // Papa Parse streams a string in chunks too (its StringStreamer); its types admit `chunk` for files only.
    const config: Papa.ParseConfig<string[]> & {
      chunkSize: number;
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => void;
    } = {
      delimiter,
      skipEmptyLines: true,
      chunkSize: PARSE_CHUNK,
      chunk(results, parser) {
        let rows = results.data;
        for (const error of results.errors) if (typeof error.row === "number") badRows.push(rowNumber + error.row + 1);
        if (sink === undefined && !stopped) {
          // PowerShell 5.1 writes a "#TYPE …" line first unless told not to.
          let skip = 0;
          if (rows[0]?.[0]?.startsWith("#TYPE")) skip = 1;
          const header = rows[skip];
          if (header === undefined) return;
          sink = onHeader(header);
          rowNumber += skip + 1;
          rows = rows.slice(skip + 1);
          if (sink === undefined) {
            stopped = true;
            parser.abort();
            return;
          }
        }
        sink?.accept(rows, rowNumber + 1);
        rowNumber += rows.length;
        onParsed(results.meta.cursor);
        if (yieldToBrowser) {
          parser.pause();
          void yieldToBrowser().then(() => parser.resume());
        }
      },
      complete: () => resolve({ rows: rowNumber, badRows }),
    };
    Papa.parse<string[]>(text, config);
  });
}

/**
 * Reads the picked files: each recognised by its first bytes, whatever its name; a problem with
 * one file never stops the others. Never throws.
 */
export async function readMatchFiles(files: readonly ReadableFile[], options: ReadOptions = {}): Promise<ReadOutcome> {
  const total = files.reduce((sum, file) => sum + file.size * 2, 0);
  let before = 0;
  const progress = (within: number) => options.onProgress?.(Math.min(before + within, total), total);
  const summaries: ReadFileSummary[] = [];
  const problems: FileProblem[] = [];
  const adUsers: AdUser[] = [];
  const entraUsers: EntraUser[] = [];
  const adObjects: AdObject[] = [];
  const oldConnectorObjects: CloudObject[] = [];
  const seenGuids = new Set<string>();
  const seenIds = new Set<string>();
  let tenant: TenantSettings | undefined;
  let tenantFiles = 0;

  for (const file of files) {
    try {
      if (file.size === 0) {
        problems.push({ file: file.name, message: `${file.name} is empty: run its script again.` });
        summaries.push({ name: file.name, kind: "unknown" });
        continue;
      }
      const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
      const { kind, delimiter = "," } = sniffFileKind(head);
      // A zip may hold the csexport (the pending-exports reader opens it, with the import's guards).
      const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
      if (kind === "csexport" || zip) {
        const read = await readOldConnectorFile(file, (bytes) => progress(bytes * 2));
        problems.push(...read.problems);
        for (const object of read.objects) oldConnectorObjects.push(object);
        summaries.push({ name: file.name, kind: "csexport", users: read.objects.length });
        continue;
      }
      if (
        kind !== "ad-users" &&
        kind !== "ad-groups-contacts" &&
        kind !== "entra-users" &&
        kind !== "tenant-settings"
      ) {
        problems.push(otherKindProblem(file.name, kind));
        summaries.push({ name: file.name, kind });
        continue;
      }
      const text = await decodeAll(file, (bytes) => progress(bytes));
      if (kind === "tenant-settings") {
        tenantFiles += 1;
        const read = readTenantSettings(file.name, text);
        problems.push(...read.problems);
        if (read.tenant) tenant = read.tenant;
        summaries.push({ name: file.name, kind });
        continue;
      }
      const excelHint =
        delimiter === ";"
          ? " It was saved with ; between values, as Excel does in some locales: if a value below looks changed, run the script again and give this page its file as written, without opening it in Excel first."
          : "";
      let finish: (() => { users: number; problems: FileProblem[] }) | undefined;
      const parsed = await parseCsv(
        text,
        delimiter,
        (header) => {
          const reader =
            kind === "ad-users"
              ? adRowReader(file.name, header, seenGuids)
              : kind === "ad-groups-contacts"
                ? adObjectRowReader(file.name, header, seenGuids)
                : entraRowReader(file.name, header, seenIds);
          if ("missing" in reader) {
            problems.push({
              file: file.name,
              message: `${file.name} looks like ${fileKindNames[kind]}, but has no ${reader.missing.join(", ")} column${reader.missing.length === 1 ? "" : "s"}: export it again with the script on this page.`,
            });
            return undefined;
          }
          finish = () => {
            const { users, problems: rowProblems } = reader.finish();
            if (kind === "ad-users") for (const user of users as AdUser[]) adUsers.push(user);
            else if (kind === "ad-groups-contacts") for (const object of users as AdObject[]) adObjects.push(object);
            else for (const user of users as EntraUser[]) entraUsers.push(user);
            return { users: users.length, problems: rowProblems };
          };
          return reader;
        },
        (characters) => progress(file.size + Math.round((characters / Math.max(text.length, 1)) * file.size)),
        options.yieldToBrowser,
      );
      const done = finish?.();
      if (done) {
        if (parsed.badRows.length > 0)
          problems.push({
            file: file.name,
            message: `${file.name} has values Papa Parse could not split (unbalanced quotes) at row${parsed.badRows.length === 1 ? "" : "s"} ${parsed.badRows.slice(0, 5).join(", ")}: export it again with the script.${excelHint}`,
            rows: parsed.badRows.slice(0, 5),
          });
        for (const problem of done.problems) problems.push({ ...problem, message: `${problem.message}${excelHint}` });
        if (done.users === 0 && done.problems.length === 0)
          problems.push({
            file: file.name,
            message: `${file.name} has a header but no ${kind === "ad-groups-contacts" ? "groups or contacts" : "users"}: check the script's search base or filter.`,
          });
      }
      summaries.push({ name: file.name, kind, users: done?.users, delimiter });
    } catch {
      problems.push({
        file: file.name,
        message: `${file.name} could not be read: pick it again, or copy it to this computer first.`,
      });
      summaries.push({ name: file.name, kind: "unknown" });
    } finally {
      before += file.size * 2;
      progress(0);
    }
  }
  if (tenantFiles > 1)
    problems.push({
      file: summaries.filter((summary) => summary.kind === "tenant-settings").at(-1)?.name ?? "",
      message: "More than one tenant settings file was picked: the last one is used.",
    });
  return { files: summaries, problems, adUsers, entraUsers, adObjects, oldConnectorObjects, tenant };
}
