import { unzipSync } from "fflate";
import { XMLValidator } from "fast-xml-parser";
import { normaliseId, readExportDocument } from "./read-export";
import type { ImportProblem, ImportedExport, ManagementAgent, Metaverse } from "./types";

/** One file the visitor gave: from a file input, a drop, or a folder. */
export interface InputFile {
  readonly name: string;
  readonly size: number;
  readonly read: () => Promise<Uint8Array>;
}

export interface ImportDeps {
  /** The platform's XML parser: `DOMParser` in the browser, jsdom's in tests. */
  readonly parseXml: (text: string) => Document;
  /** Called after each file or zip entry; `total` grows as zips are opened. */
  readonly onProgress?: (done: number, total: number) => void;
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
  const step = async () => {
    done += 1;
    deps.onProgress?.(done, total);
    await deps.yieldToBrowser?.();
  };

  /** Reads one XML text; returns whether it was part of an export. */
  const readXml = (name: string, bytes: Uint8Array): boolean => {
    const result = parseExportFile(name, bytes, deps.parseXml);
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
  for (const file of files) {
    const lower = file.name.toLowerCase();
    if (lower.endsWith(".zip")) {
      if (file.size > MAX_ZIP_BYTES) {
        problems.push({
          file: file.name,
          message: `${file.name} is ${megabytes(file.size)}; this page opens zip files up to ${megabytes(MAX_ZIP_BYTES)}.`,
          hint: hints.tooBig,
        });
        await step();
        continue;
      }
      const entries = await unzipExport(file, problems);
      total += entries.length;
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
      await step();
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      problems.push({
        file: file.name,
        message: `${file.name} is ${megabytes(file.size)}; this page reads files up to ${megabytes(MAX_FILE_BYTES)}.`,
        hint: hints.tooBig,
      });
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

/** Decodes, strips the schema (never read, and most of an AD agent's bytes), parses, reads. */
export function parseExportFile(name: string, bytes: Uint8Array, parseXml: (text: string) => Document): ParsedFile {
  // The text is already decoded: an XML declaration naming UTF-16 would contradict it.
  const text = withoutSchema(decodeText(bytes)).replace(/^\s*<\?xml[^>]*\?>/, "");
  if (!text.trim()) {
    return { problem: { file: name, message: `${name} is empty.`, hint: hints.reexport } };
  }
  // Checked before DOMParser sees it: for broken XML, Chromium's DOMParser builds an error element
  // with a style attribute, which the site's Content-Security-Policy refuses (a console error).
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return {
      problem: {
        file: name,
        message: `${name} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`,
        hint: hints.reexport,
      },
    };
  }
  let doc: Document;
  try {
    doc = parseXml(text);
  } catch {
    return { problem: { file: name, message: `${name} is not well-formed XML.`, hint: hints.reexport } };
  }
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) {
    const detail = (error.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 160);
    return {
      problem: {
        file: name,
        message: `${name} is not well-formed XML${detail ? ` (${detail})` : ""}.`,
        hint: hints.reexport,
      },
    };
  }
  const result = readExportDocument(doc, name);
  if (result.kind === "not-an-export") {
    return {
      problem: {
        file: name,
        message: `${name} is XML, but not a FIM/MIM configuration export (its root element is <${result.root || "none"}>, not <saved-ma-configuration> or <saved-mv-configuration>).`,
        hint: hints.pickExport,
      },
    };
  }
  return { read: result };
}

/** UTF-8 unless a byte order mark (or a zero second byte) says UTF-16. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.length > 1 && bytes[0] !== 0 && bytes[1] === 0) return new TextDecoder("utf-16le").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

function withoutSchema(text: string): string {
  const start = text.indexOf("<schema>");
  if (start < 0) return text;
  const end = text.indexOf("</schema>", start);
  if (end < 0) return text;
  return text.slice(0, start) + text.slice(end + "</schema>".length);
}
