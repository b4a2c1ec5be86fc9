import { unzipSync } from "fflate";
import { keepForRoot, normaliseId, readExportDocument } from "./read-export";
import { KeptTreeReader, XmlSyntaxError } from "./stream-xml";
import type { ImportProblem, ImportedExport, ManagementAgent, Metaverse } from "./types";

/** One file the visitor gave: from a file input, a drop, or a folder. */
export interface InputFile {
  readonly name: string;
  readonly size: number;
  readonly read: () => Promise<Uint8Array>;
}

/** An XML parser returning a DOM; no longer used (the reader streams with saxes, see `stream-xml.ts`). */
export type ParseXml = (text: string) => Document;

export interface ImportDeps {
  /** Ignored: kept so callers written for the `DOMParser` reader still compile. */
  readonly parseXml?: ParseXml;
  /** Called after each file or zip entry; `total` grows as zips are opened. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Called as the bytes are parsed (several times within a big file): bytes done out of the
   * bytes of every file picked. A zip counts its packed size until it is opened, then the
   * unpacked size of its XML entries, so `total` can change.
   */
  readonly onBytes?: (done: number, total: number) => void;
  /** Lets the browser paint and handle input between files. */
  readonly yieldToBrowser?: () => Promise<void>;
}

/** The largest single file read. A whole AD agent with its schema is a few MB; 64 MB leaves room. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** The largest zip archive opened. */
export const MAX_ZIP_BYTES = 256 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const hints = {
  reexport:
    "Export it again in Synchronization Service Manager (File → Export Server Configuration, or Actions → Export Management Agent) and pick the new file; a file opened and saved in an editor can be damaged.",
  pickExport:
    "Pick the MA-{GUID}.XML and MV.XML files that Export Server Configuration writes, or the folder that holds them.",
  tooBig:
    "An export file is rarely over a few MB. Check that this is an export file; if it is, export the management agents one at a time (Actions → Export Management Agent) and pick those files.",
  zip: "Zip the folder that Export Server Configuration wrote (with its MA-{GUID}.XML and MV.XML files), or pick that folder directly.",
} as const;

/**
 * Reads the files one at a time, yielding between them so the page stays responsive, and
 * never throws: every file that cannot be used becomes a problem naming it.
 */
export async function importFiles(files: readonly InputFile[], deps: ImportDeps): Promise<ImportedExport> {
  const agents: ManagementAgent[] = [];
  let metaverse: Metaverse | undefined;
  const problems: ImportProblem[] = [];
  const read: string[] = [];
  let total = files.length;
  let done = 0;
  let bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
  let bytesDone = 0;
  const skipBytes = (count: number) => {
    bytesDone += count;
    deps.onBytes?.(bytesDone, bytesTotal);
  };
  const step = async () => {
    done += 1;
    deps.onProgress?.(done, total);
    await deps.yieldToBrowser?.();
  };

  /** Reads one XML text; returns whether it was part of an export. */
  const readXml = (name: string, bytes: Uint8Array): boolean => {
    const onBytes = deps.onBytes && ((parsed: number) => deps.onBytes?.(bytesDone + parsed, bytesTotal));
    const result = parseExportFile(name, bytes, undefined, onBytes);
    skipBytes(bytes.length);
    if ("problem" in result) {
      problems.push(result.problem);
      return false;
    }
    read.push(name);
    if (result.read.kind === "agent") {
      const agent = result.read.agent;
      const earlier = agents.find((known) => normaliseId(known.id) === normaliseId(agent.id));
      if (earlier) {
        problems.push({
          file: name,
          message: `${name} holds the management agent "${agent.name}" ${agent.id}, already read from ${earlier.file}; this copy was not used.`,
          hint: "Pick each export once: the folder, or its zip, not both.",
        });
      } else agents.push(agent);
    } else if (result.read.kind === "metaverse") {
      if (metaverse) {
        problems.push({
          file: name,
          message: `${name} is a second metaverse export (MV.XML); the one from ${metaverse.file} was used.`,
          hint: "Pick the export of one sync server at a time.",
        });
      } else metaverse = result.read.metaverse;
    }
    return true;
  };

  deps.onProgress?.(0, total);
  deps.onBytes?.(0, bytesTotal);
  for (const file of files) {
    const lower = file.name.toLowerCase();
    if (lower.endsWith(".zip")) {
      if (file.size > MAX_ZIP_BYTES) {
        problems.push({
          file: file.name,
          message: `${file.name} is ${megabytes(file.size)}; this page opens zip files up to ${megabytes(MAX_ZIP_BYTES)}.`,
          hint: hints.tooBig,
        });
        skipBytes(file.size);
        await step();
        continue;
      }
      const entries = await unzipExport(file, problems);
      total += entries.length;
      // From now on the zip counts as its unpacked XML entries.
      if (entries === noEntries) skipBytes(file.size);
      else bytesTotal += entries.reduce((sum, entry) => sum + entry.bytes.length, 0) - file.size;
      let used = 0;
      for (const entry of entries) {
        if (readXml(`${file.name}/${entry.name}`, entry.bytes)) used += 1;
        await step();
      }
      if (entries !== noEntries && used === 0) {
        problems.push({
          file: file.name,
          message: `${file.name} holds no management agent (MA-{GUID}.XML) or metaverse (MV.XML) export.`,
          hint: hints.zip,
        });
      }
      await step();
      continue;
    }
    if (!lower.endsWith(".xml")) {
      problems.push({
        file: file.name,
        message: `${file.name} was skipped: only .xml and .zip files are read.`,
        hint: hints.pickExport,
      });
      skipBytes(file.size);
      await step();
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      problems.push({
        file: file.name,
        message: `${file.name} is ${megabytes(file.size)}; this page reads files up to ${megabytes(MAX_FILE_BYTES)}.`,
        hint: hints.tooBig,
      });
      skipBytes(file.size);
      await step();
      continue;
    }
    try {
      readXml(file.name, await file.read());
    } catch {
      problems.push({
        file: file.name,
        message: `${file.name} could not be read from the disk.`,
        hint: "Check that the file is still there and that you may read it, then pick it again.",
      });
      skipBytes(file.size);
    }
    await step();
  }
  return { agents, ...(metaverse ? { metaverse } : {}), problems, files: read };
}

interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}
const noEntries: ZipEntry[] = [];

async function unzipExport(file: InputFile, problems: ImportProblem[]): Promise<ZipEntry[]> {
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch {
    problems.push({
      file: file.name,
      message: `${file.name} could not be read from the disk.`,
      hint: "Check that the file is still there and that you may read it, then pick it again.",
    });
    return noEntries;
  }
  const tooBig: string[] = [];
  try {
    // fflate's synchronous unzip: its asynchronous one starts workers from blob: URLs, which
    // the site's Content-Security-Policy (script-src 'self') rightly refuses.
    const files = unzipSync(bytes, {
      filter: (entry) => {
        if (!/\.xml$/i.test(entry.name)) return false;
        if (entry.originalSize > MAX_FILE_BYTES) {
          tooBig.push(entry.name);
          return false;
        }
        return true;
      },
    });
    for (const name of tooBig) {
      problems.push({
        file: `${file.name}/${name}`,
        message: `${file.name}/${name} is over ${megabytes(MAX_FILE_BYTES)} unpacked; it was not read.`,
        hint: hints.tooBig,
      });
    }
    return Object.entries(files)
      .map(([name, content]) => ({ name, bytes: content }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    problems.push({
      file: file.name,
      message: `${file.name} cannot be opened as a zip archive (it is damaged, encrypted or not a zip).`,
      hint: hints.zip,
    });
    return noEntries;
  }
}

type ParsedFile = { read: ReturnType<typeof readExportDocument> } | { problem: ImportProblem };

/** Bytes decoded and parsed at a time: small enough for steady progress, big enough to be fast. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Decodes and parses one file a chunk at a time, keeping only the elements the reader uses
 * (`keepForRoot`; the `<schema>` block is cut out before parsing), then reads it. `onBytes`
 * hears how many of its bytes are done after each chunk.
 */
export function parseExportFile(
  name: string,
  bytes: Uint8Array,
  // Ignored (the reader no longer builds a DOM); the parameter keeps older callers compiling.
  _parseXml?: ParseXml,
  onBytes?: (done: number) => void,
): ParsedFile {
  const empty = { problem: { file: name, message: `${name} is empty.`, hint: hints.reexport } };
  const reader = new KeptTreeReader(keepForRoot);
  let root;
  try {
    const { decoder, start } = decoderFor(bytes);
    for (let at = start; at < bytes.length; at += CHUNK_BYTES) {
      const end = Math.min(bytes.length, at + CHUNK_BYTES);
      reader.write(decoder.decode(bytes.subarray(at, end), { stream: true }));
      onBytes?.(end);
    }
    reader.write(decoder.decode());
    if (!reader.sawContent) return empty;
    root = reader.close();
  } catch (error) {
    if (!reader.sawContent) return empty;
    return {
      problem: {
        file: name,
        message: `${name} is not well-formed XML${error instanceof XmlSyntaxError ? ` (${error.message})` : ""}.`,
        hint: hints.reexport,
      },
    };
  }
  const result = readExportDocument(root, name);
  if (result.kind === "not-an-export") {
    const known = otherExportKinds[result.root];
    return {
      problem: {
        file: name,
        message: known
          ? `${name} is ${known}, not a FIM/MIM Synchronization Service export.`
          : `${name} is XML, but not a FIM/MIM configuration export (its root element is <${result.root || "none"}>, not <saved-ma-configuration> or <saved-mv-configuration>).`,
        hint: hints.pickExport,
      },
    };
  }
  return { read: result };
}

/**
 * XML that people export from neighbouring tools, by root element, so the message can say what
 * the file is. Microsoft Entra Connect Sync's `Get-ADSyncServerConfiguration` writes connectors
 * as bare `<ma-data>` and its rules as `<synchronizationRule>` (seen in Microsoft's
 * AADConnectConfigDocumenter sample data); the FIM Service's policy and schema exports
 * (`Export-FIMConfig`) are `<Results>` of `<ExportObject>`s (our reading of the FIM
 * configuration-migration scripts: not verified against a sample).
 */
const otherExportKinds: { readonly [root: string]: string } = {
  "ma-data": "a Microsoft Entra Connect Sync connector export (Get-ADSyncServerConfiguration)",
  synchronizationRule: "a Microsoft Entra Connect Sync synchronization rule export (Get-ADSyncServerConfiguration)",
  Results: "a FIM Service configuration export (Export-FIMConfig: policy or schema)",
};

/** UTF-8 unless a byte order mark (or a zero second byte) says UTF-16. */
export function decodeText(bytes: Uint8Array): string {
  const { decoder, start } = decoderFor(bytes);
  return decoder.decode(bytes.subarray(start)).replace(/^\uFEFF/, "");
}

function decoderFor(bytes: Uint8Array): { decoder: TextDecoder; start: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { decoder: new TextDecoder("utf-16le"), start: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { decoder: new TextDecoder("utf-16be"), start: 2 };
  if (bytes.length > 1 && bytes[0] !== 0 && bytes[1] === 0) return { decoder: new TextDecoder("utf-16le"), start: 0 };
  // A UTF-8 byte order mark is dropped by the decoder.
  return { decoder: new TextDecoder("utf-8"), start: 0 };
}
