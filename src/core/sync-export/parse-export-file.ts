import { hints } from "./problem-hints";
import { keepForRoot, readExportDocument } from "./read-export";
import { KeptTreeReader, MAX_DEPTH, XmlSyntaxError, XmlTooDeepError } from "./stream-xml";
import type { ImportProblem } from "./types";

type ParsedFile = { read: ReturnType<typeof readExportDocument> } | { problem: ImportProblem };

/** Bytes decoded and parsed at a time: small enough for steady progress, big enough to be fast. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Decodes and parses one file a chunk at a time, keeping only the elements the reader uses
 * (`keepForRoot`; the `<schema>` block is cut out before parsing), then reads it. `onBytes`
 * hears how many of its bytes are done after each chunk.
 */
export function parseExportFile(name: string, bytes: Uint8Array, onBytes?: (done: number) => void): ParsedFile {
  const empty = { problem: { file: name, message: `${name} is empty.`, hint: hints.reexport } };
  const decoding = decoderFor(bytes);
  if ("unknown" in decoding) {
    return {
      problem: {
        file: name,
        message: `${name} declares the text encoding "${decoding.unknown}", which this browser cannot decode.`,
        hint: hints.encoding,
      },
    };
  }
  const reader = new KeptTreeReader(keepForRoot);
  let root;
  try {
    const { decoder, start } = decoding;
    for (let at = start; at < bytes.length; at += CHUNK_BYTES) {
      const end = Math.min(bytes.length, at + CHUNK_BYTES);
      reader.write(decoder.decode(bytes.subarray(at, end), { stream: true }));
      onBytes?.(end);
    }
    reader.write(decoder.decode());
    root = reader.close();
  } catch (error) {
    if (!reader.sawContent) return empty;
    return { problem: parseProblem(name, error) };
  }
  let result;
  try {
    result = readExportDocument(root, name);
  } catch (error) {
    return { problem: parseProblem(name, error) };
  }
  if (result.kind === "not-an-export") {
    const known = otherExportKinds[result.root];
    const source = connectSyncRoots[result.root];
    return {
      problem: {
        file: name,
        ...(source ? { source } : {}),
        message: known
          ? `${name} is ${known}, not a FIM/MIM Synchronization Service export.`
          : `${name} is XML, but not a FIM/MIM configuration export (its root element is <${result.root || "none"}>, not <saved-ma-configuration> or <saved-mv-configuration>).`,
        hint: source ? hints.connectSync : result.root === "cs-objects" ? hints.pendingExports : hints.pickExport,
        ...(result.root === "cs-objects" ? { readBy: "pending-exports" as const } : {}),
      },
    };
  }
  return { read: result };
}

/** The reason a file could not be parsed, as the visitor can act on it. */
function parseProblem(name: string, error: unknown): ImportProblem {
  if (error instanceof XmlSyntaxError) {
    return { file: name, message: `${name} is not well-formed XML (${error.message}).`, hint: hints.reexport };
  }
  if (error instanceof XmlTooDeepError) {
    return {
      file: name,
      message: `${name} nests its elements more than ${MAX_DEPTH} deep (line ${error.line}); a server export nests about a dozen deep, so this file is not one, or it was damaged.`,
      hint: hints.pickExport,
    };
  }
  return {
    file: name,
    message: `${name} could not be read as an export${error instanceof Error && error.message ? ` (${error.message})` : ""}.`,
    hint: hints.reexport,
  };
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
  "cs-objects": "a connector space export of pending exports (csexport), not a configuration export",
};

const connectSyncRoots: { readonly [root: string]: string } = {
  "ma-data": "connect-sync-connector",
  synchronizationRule: "connect-sync-rule",
};

/**
 * Decodes a whole file as `parseExportFile` does (for tests and small files); an encoding this
 * browser cannot decode throws.
 */
export function decodeText(bytes: Uint8Array): string {
  const decoding = decoderFor(bytes);
  if ("unknown" in decoding) throw new Error(`Unknown text encoding "${decoding.unknown}".`);
  return decoding.decoder.decode(bytes.subarray(decoding.start)).replace(/^\uFEFF/, "");
}

/** UTF-16 labels: a declaration naming one in a file whose bytes are not UTF-16 is wrong. */
const UTF16_LABELS = new Set(["utf-16", "utf-16le", "utf-16be", "ucs-2", "unicode", "iso-10646-ucs-2", "csunicode"]);

/**
 * Chooses the decoder as XML says (Appendix F): a byte order mark first; then UTF-16 without
 * one, told by its zero bytes around `<`; then the encoding the XML declaration names (windows-1252,
 * iso-8859-x and the rest that `TextDecoder` knows); UTF-8 otherwise. A declaration naming
 * UTF-16 in bytes that are not UTF-16 (a file re-saved by an editor) is ignored, as browsers do.
 */
export function decoderFor(bytes: Uint8Array): { decoder: TextDecoder; start: number } | { unknown: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { decoder: new TextDecoder("utf-8"), start: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { decoder: new TextDecoder("utf-16le"), start: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { decoder: new TextDecoder("utf-16be"), start: 2 };
  if (bytes.length > 1 && bytes[0] !== 0 && bytes[1] === 0) return { decoder: new TextDecoder("utf-16le"), start: 0 };
  if (bytes.length > 1 && bytes[0] === 0 && bytes[1] !== 0) return { decoder: new TextDecoder("utf-16be"), start: 0 };
  const label = declaredEncoding(bytes);
  if (label && !UTF16_LABELS.has(label)) {
    try {
      return { decoder: new TextDecoder(label), start: 0 };
    } catch {
      return { unknown: label };
    }
  }
  return { decoder: new TextDecoder("utf-8"), start: 0 };
}

/** The encoding an XML declaration at the start of the bytes names, lower case; read as ASCII. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  let head = "";
  for (let at = 0; at < Math.min(bytes.length, 512); at += 1) {
    head += String.fromCharCode(bytes[at]!);
    if (bytes[at] === 0x3e) break;
  }
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/.exec(head);
  return match ? match[2]!.trim().toLowerCase() : undefined;
}
