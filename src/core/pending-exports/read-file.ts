import { Unzip, UnzipInflate } from "fflate";
import { fileKindNames, sniffFileKind, SNIFF_BYTES } from "../file-kind/file-kind";
import { decoderFor } from "../sync-export/parse-export-file";
import { listZipEntries, MAX_RATIO, megabytes, type ZipEntry, type ZipLimits } from "../sync-export/read-zip";
import { hints } from "./hints";
import { PendingExportReader, type PendingReadOptions } from "./reader";
import type { PendingExportSummary, PendingProblem } from "./types";

/**
 * Reads a picked file (the csexport XML, or a zip of it) from its bytes, as they arrive: the
 * first bytes choose the decoding (XML's rules: byte order mark, UTF-16 without one, the
 * declaration) and tell a zip or another kind of file; then the text streams through
 * `PendingExportReader`. A zip is held whole (its directory is at its end), listed with the
 * import's guards (`listZipEntries`: too big, zip bomb), and its XML entry inflated as a stream.
 */

export interface PendingSource {
  readonly name: string;
  /** Total bytes, for progress (optional). */
  readonly size?: number;
  /** The file's bytes in order: `file.stream()` in a browser, a Node read stream, or arrays. */
  readonly chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ReadableStream<Uint8Array>;
}

export interface PendingFileOptions extends PendingReadOptions {
  /** Hears how many bytes are done, after each chunk. */
  readonly onBytes?: (done: number) => void;
  /** Stops reading before the next chunk. */
  readonly signal?: AbortSignal;
}

/** Bytes the head must hold before the decoding is chosen (XML's declaration, the sniffer's look). */
const HEAD_BYTES = 512;
/** Text decoded and parsed at a time when one chunk is large. */
const SLICE_BYTES = 1024 * 1024;
/** Packed bytes of a zip unpacked at a time. */
const ZIP_SLICE_BYTES = 64 * 1024;
/** The largest zip opened: it is held whole. */
export const MAX_PENDING_ZIP_BYTES = 512 * 1024 * 1024;
/** A csexport file can be hundreds of MB (every object's old and new values): the zip guards' limits for it. */
export const pendingZipLimits: ZipLimits = {
  fileBytes: 4 * 1024 * 1024 * 1024,
  unpackedBytes: 4 * 1024 * 1024 * 1024,
  ratio: MAX_RATIO,
  ratioFloorBytes: 1024 * 1024,
};

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Feeds bytes to a reader: decoding chosen on the head, text parsed a slice at a time. */
class XmlFeeder {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private decoder: TextDecoder | undefined;
  done = 0;

  constructor(
    private readonly name: string,
    readonly reader: PendingExportReader,
  ) {}

  push(bytes: Uint8Array): void {
    if (this.reader.stopped) return;
    if (!this.decoder) {
      this.head.push(bytes);
      this.headBytes += bytes.length;
      if (this.headBytes < HEAD_BYTES) return;
      this.start();
      return;
    }
    this.decode(bytes);
  }

  end(): PendingExportSummary {
    if (!this.decoder && !this.reader.stopped) this.start();
    if (this.decoder && !this.reader.stopped) this.reader.write(this.decoder.decode());
    return this.reader.close(this.done);
  }

  private start(): void {
    const head = concat(this.head, this.headBytes);
    this.head = [];
    const decoding = decoderFor(head);
    if ("unknown" in decoding) {
      this.reader.problem({
        file: this.name,
        kind: "encoding",
        message: `${this.name} declares the text encoding "${decoding.unknown}", which this browser cannot decode.`,
        hint: hints.encoding,
      });
      return;
    }
    const headText = new TextDecoder(decoding.decoder.encoding).decode(head.subarray(decoding.start));
    const problem = notXmlProblem(this.name, headText);
    if (problem) {
      this.reader.problem(problem);
      return;
    }
    this.decoder = decoding.decoder;
    this.done += decoding.start;
    this.decode(head.subarray(decoding.start));
  }

  private decode(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length && !this.reader.stopped; at += SLICE_BYTES) {
      const slice = bytes.subarray(at, Math.min(bytes.length, at + SLICE_BYTES));
      this.reader.write(this.decoder!.decode(slice, { stream: true }));
      this.done += slice.length;
    }
  }
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/** A file that is clearly not a csexport, told from its first characters (so nothing more is read). */
function notXmlProblem(name: string, headText: string): PendingProblem | undefined {
  const text = headText.replace(/^\uFEFF/, "").trimStart();
  if (text.length === 0) return undefined;
  // The sniffer reads bytes: give it the head as UTF-8, whatever the file's encoding.
  const sniffed = sniffFileKind(new TextEncoder().encode(text.slice(0, SNIFF_BYTES)));
  if (sniffed.kind !== "unknown" && sniffed.kind !== "csexport") {
    return {
      file: name,
      kind: "not-csexport",
      message: `${name} is ${fileKindNames[sniffed.kind]}, not a connector space export (csexport).`,
      hint: hints.csexport,
    };
  }
  if (text.startsWith("<")) return undefined;
  const what = /^(?:version:\s*\d|dn:|#)/i.test(text)
    ? "an LDIF file"
    : text.startsWith("{") || text.startsWith("[")
      ? "a JSON file"
      : /^[^\n]*[,;][^\n]*\n/.test(text)
        ? "a CSV or text file"
        : "";
  return {
    file: name,
    kind: "not-xml",
    message: what
      ? `${name} is ${what}, not a connector space export (csexport writes XML).`
      : `${name} is not XML, so it is not a connector space export (csexport writes XML).`,
    hint: hints.csexport,
  };
}

/** Reads a whole file already in memory (tests, small files). */
export function readPendingExportBytes(
  name: string,
  bytes: Uint8Array,
  options: PendingReadOptions = {},
): PendingExportSummary {
  if (isZip(bytes)) return readZip(name, bytes, options);
  const feeder = new XmlFeeder(name, new PendingExportReader(name, options));
  feeder.push(bytes);
  return feeder.end();
}

/** Reads a file as its bytes arrive. Never throws: every problem is in the summary. */
export async function readPendingExport(
  source: PendingSource,
  options: PendingFileOptions = {},
): Promise<PendingExportSummary> {
  const { name } = source;
  let feeder: XmlFeeder | undefined;
  const zipParts: Uint8Array[] = [];
  let zipBytes = 0;
  let done = 0;
  try {
    for await (const chunk of chunksOf(source.chunks)) {
      if (options.signal?.aborted) break;
      if (!feeder && zipBytes === 0 && isZip(chunk)) zipParts.push(chunk);
      else if (zipParts.length > 0) zipParts.push(chunk);
      else {
        feeder ??= new XmlFeeder(name, new PendingExportReader(name, options));
        feeder.push(chunk);
        if (feeder.reader.stopped) break;
      }
      if (zipParts.length > 0) {
        zipBytes += chunk.length;
        if (zipBytes > MAX_PENDING_ZIP_BYTES) return zipTooBig(name, options);
      }
      done += chunk.length;
      // A zip's progress is told while it is unpacked (readZip): collecting it is the quick part.
      if (zipParts.length === 0) options.onBytes?.(done);
    }
  } catch (error) {
    const reader = feeder?.reader ?? new PendingExportReader(name, options);
    reader.problem({
      file: name,
      kind: "unreadable",
      message: `${name} could not be read to the end (${error instanceof Error ? error.message : String(error)}).`,
      hint: "Copy the file to this computer's own disk and pick it again.",
    });
    return feeder ? feeder.end() : reader.close(done);
  }
  if (zipParts.length > 0) return readZip(name, concat(zipParts, zipBytes), options);
  return (feeder ?? new XmlFeeder(name, new PendingExportReader(name, options))).end();
}

/** A `ReadableStream` read with its reader (not every browser makes it async-iterable), anything else as it is. */
async function* chunksOf(chunks: PendingSource["chunks"]): AsyncGenerator<Uint8Array> {
  if (!("getReader" in chunks)) {
    yield* chunks;
    return;
  }
  const reader = chunks.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stops the file's stream when reading ends early (a problem, or a cancelled read).
    await reader.cancel().catch(() => undefined);
  }
}

function zipTooBig(name: string, options: PendingReadOptions): PendingExportSummary {
  const reader = new PendingExportReader(name, options);
  reader.problem({
    file: name,
    kind: "zip-refused",
    message: `${name} is a zip archive over ${megabytes(MAX_PENDING_ZIP_BYTES)}, more than this page opens.`,
    hint: "Pick the XML file itself: it is read as a stream, whatever its size.",
  });
  return reader.close();
}

function readZip(name: string, bytes: Uint8Array, options: PendingFileOptions): PendingExportSummary {
  const failed = (problem: Omit<PendingProblem, "file">) => {
    const reader = new PendingExportReader(name, options);
    reader.problem({ file: name, ...problem });
    return reader.close();
  };
  let listing;
  try {
    listing = listZipEntries(bytes, pendingZipLimits);
  } catch (error) {
    return failed({
      kind: "zip-unreadable",
      message: `${name} looks like a zip archive but cannot be opened (${error instanceof Error ? error.message : String(error)}).`,
      hint: hints.zip,
    });
  }
  const entry = listing.entries[0];
  if (!entry) {
    const refused = listing.refused[0];
    if (refused)
      return failed({
        kind: "zip-refused",
        message:
          refused.reason === "bomb"
            ? `${name} › ${refused.name} would unpack to more than ${MAX_RATIO} times its packed size: it was not opened.`
            : `${name} › ${refused.name} would unpack to more than this page reads from one archive: it was not opened.`,
        hint: refused.reason === "bomb" ? hints.bomb : hints.zip,
      });
    return failed({ kind: "zip-no-xml", message: `${name} is a zip archive with no XML file in it.`, hint: hints.zip });
  }
  const file = `${name} › ${entry.name}`;
  const reader = new PendingExportReader(file, options);
  const feeder = new XmlFeeder(file, reader);
  inflateEntry(bytes, entry, (chunk) => feeder.push(chunk), reader, options.onBytes);
  const summary = feeder.end();
  const others = listing.entries.length - 1;
  if (others <= 0) return summary;
  return {
    ...summary,
    problems: [
      ...summary.problems,
      {
        file,
        kind: "zip-no-xml",
        message: `${name} holds ${others + 1} XML files; only ${entry.name} was read.`,
        hint: "Zip one csexport file per archive, or pick the XML files one at a time.",
      },
    ],
  };
}

/** Inflates one entry as a stream, stopping at its declared size (a lying archive is cut off there). */
function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onData: (chunk: Uint8Array) => void,
  reader: PendingExportReader,
  onBytes: ((done: number) => void) | undefined,
): void {
  let produced = 0;
  let index = 0;
  let stop = false;
  const unzip = new Unzip((file) => {
    const at = index;
    index += 1;
    if (at !== entry.index || stop) return;
    file.ondata = (error, data) => {
      if (stop) return;
      if (error) {
        stop = true;
        reader.problem({
          file: `${entry.name}`,
          kind: "zip-unreadable",
          message: `The archive's ${entry.name} cannot be unpacked (${error.message}).`,
          hint: hints.zip,
        });
        return;
      }
      const room = entry.unpackedBytes - produced;
      const part = data.length > room ? data.subarray(0, room) : data;
      produced += part.length;
      if (part.length > 0) onData(part);
      if (data.length > room || reader.stopped) stop = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Small packed slices: XML packs 10 to 40 to 1, and progress is told after each.
  for (let at = 0; at < bytes.length && !stop; at += ZIP_SLICE_BYTES) {
    const end = Math.min(bytes.length, at + ZIP_SLICE_BYTES);
    unzip.push(bytes.subarray(at, end), end >= bytes.length);
    onBytes?.(end);
  }
  if (stop) onBytes?.(bytes.length);
}
