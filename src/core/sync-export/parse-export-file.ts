import { hints } from "./problem-hints";
import { keepForRoot, readExportDocument } from "./read-export";
import { KeptTreeReader, XmlSyntaxError } from "./stream-xml";
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
    const source = connectSyncRoots[result.root];
    return {
      problem: {
        file: name,
        ...(source ? { source } : {}),
        message: known
          ? `${name} is ${known}, not a FIM/MIM Synchronization Service export.`
          : `${name} is XML, but not a FIM/MIM configuration export (its root element is <${result.root || "none"}>, not <saved-ma-configuration> or <saved-mv-configuration>).`,
        hint: source ? hints.connectSync : hints.pickExport,
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

const connectSyncRoots: { readonly [root: string]: string } = {
  "ma-data": "connect-sync-connector",
  synchronizationRule: "connect-sync-rule",
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
