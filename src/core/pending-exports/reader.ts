import { KeptTreeReader, MAX_DEPTH, XmlSyntaxError, XmlTooDeepError, type KeepSpec } from "../sync-export/stream-xml";
import { megabytes } from "../sync-export/read-zip";
import { readCsObject, type CsObject } from "./cs-object";
import { hints } from "./hints";
import { SummaryBuilder } from "./summary";
import { defaultLimits, type PendingExportSummary, type PendingLimits, type PendingProblem } from "./types";

/**
 * Reads a csexport file's decoded text as it arrives, one `<cs-object>` at a time: each is read
 * into plain data when its end tag is parsed, handed to `onObject` and to the summary, then
 * released (KeptTreeReader's `onClose`), so the memory used is the summary's, whatever the size.
 */

export interface PendingReadOptions {
  /** Bounds of what is kept (defaults: `defaultLimits`). */
  readonly limits?: Partial<PendingLimits>;
  /**
   * Hears every `<cs-object>`, read, in file order (the match check's groups and contacts use it).
   * Its strings can pin the text chunk they were parsed from: copy what you keep with `detach`.
   */
  readonly onObject?: (object: CsObject) => void;
  /** The file's last-modified date (ISO 8601), shown as its date. */
  readonly fileDate?: string;
}

/** The root elements a csexport file can have: `cs-objects`, or a lone `cs-object`. */
const ROOTS = new Set(["cs-objects", "cs-object"]);

/**
 * The parts of a `<cs-object>` read (cs-object.ts); the rest (the pending import, the import
 * and export error details, the metaverse link…) is parsed as it streams past and never stored.
 */
const objectKeep: KeepSpec = {
  "ma-name": true,
  "ma-id": true,
  "last-import-delta-time": true,
  anchor: true,
  "unapplied-export": true,
  "escrowed-export": true,
  "synchronized-hologram": true,
  "unapplied-export-hologram": true,
};

class NotCsexport extends Error {
  constructor(readonly root: string) {
    super(`root <${root}>`);
  }
}

/** Root elements of other XML files people pick by mistake, so the message can say what the file is. */
const otherRoots: { readonly [root: string]: string } = {
  "saved-ma-configuration": "a FIM/MIM management agent export (MA-{GUID}.XML), read on the Import page",
  "saved-mv-configuration": "a FIM/MIM metaverse export (MV.XML), read on the Import page",
  "export-ma": "a FIM/MIM management agent export, read on the Import page",
  "mv-data": "a FIM/MIM metaverse export, read on the Import page",
  "ma-data": "a Microsoft Entra Connect Sync connector configuration export (Get-ADSyncServerConfiguration)",
  synchronizationRule: "a Microsoft Entra Connect Sync synchronization rule export (Get-ADSyncServerConfiguration)",
  Results: "a FIM Service configuration export (Export-FIMConfig)",
};

export class PendingExportReader {
  private readonly tree: KeptTreeReader;
  private readonly builder: SummaryBuilder;
  private readonly problems: PendingProblem[] = [];
  private failed = false;
  /** The parse error that stopped reading, turned into a problem by `close` (which knows the bytes read). */
  private failure: { readonly error: unknown; readonly atEnd: boolean } | undefined;
  private root = "";

  constructor(
    private readonly file: string,
    private readonly options: PendingReadOptions = {},
  ) {
    this.builder = new SummaryBuilder(file, { ...defaultLimits, ...options.limits });
    this.tree = new KeptTreeReader(
      (root) => {
        this.root = root;
        if (!ROOTS.has(root)) throw new NotCsexport(root);
        return root === "cs-object" ? objectKeep : { "cs-object": objectKeep };
      },
      {
        onClose: (element, depth) => {
          if (element.name !== "cs-object" || depth > 1) return false;
          const object = readCsObject(element);
          this.builder.add(object);
          this.options.onObject?.(object);
          return true;
        },
      },
    );
  }

  /** True once reading stopped at a problem: later text is ignored. */
  get stopped(): boolean {
    return this.failed;
  }

  /** The line reached. */
  get line(): number {
    return this.tree.line;
  }

  write(text: string): void {
    if (this.failed) return;
    try {
      this.tree.write(text);
    } catch (error) {
      this.failed = true;
      this.failure = { error, atEnd: false };
    }
  }

  /** Ends the text and returns the summary; `bytes` is how much of the file was consumed. */
  close(bytes?: number): PendingExportSummary {
    if (!this.failed) {
      try {
        this.tree.close();
      } catch (error) {
        this.failed = true;
        this.failure = { error, atEnd: true };
      }
    }
    if (this.failure) this.fail(this.failure.error, this.failure.atEnd, bytes);
    if (!this.failed && this.root === "cs-objects" && this.builder.isEmpty())
      this.problems.push({
        file: this.file,
        kind: "no-pending-delta",
        message: `${this.file} is a connector space export with no objects in it: the connector has nothing waiting to export, or csexport was given a filter that matched nothing.`,
        hint: hints.nothingPending,
      });
    return this.builder.finish({
      // Stopped at a problem, after some objects or none: the gates then never pass.
      partial: this.failed,
      ...(this.failed ? { readUpTo: { line: this.tree.line, bytes: bytes ?? 0 } } : {}),
      problems: this.problems,
      ...(this.options.fileDate ? { fileDate: this.options.fileDate } : {}),
    });
  }

  /** Records why reading stopped; what was read stays in the summary. */
  problem(problem: PendingProblem): void {
    this.failed = true;
    this.problems.push(problem);
  }

  private fail(error: unknown, atEnd: boolean, bytes: number | undefined): void {
    const file = this.file;
    // csexport writes its XML on one line, so the position is given in bytes as well.
    const where = (line: number) =>
      `line ${line}${bytes ? `, ${bytes > 1024 * 1024 ? megabytes(bytes) : `${bytes} bytes`} into the file` : ""}`;
    const read = this.builder.objectsRead();
    const kept = read > 0 ? ` The ${read} objects before that point are shown, marked incomplete.` : "";
    if (error instanceof NotCsexport) {
      const known = otherRoots[error.root];
      this.problems.push({
        file,
        kind: "not-csexport",
        message: known
          ? `${file} is ${known}, not a connector space export (csexport).`
          : `${file} is XML, but not a connector space export: its root element is <${error.root}>, not <cs-objects>.`,
        hint: hints.csexport,
      });
      return;
    }
    if (!this.tree.sawContent) {
      this.problems.push({ file, kind: "empty", message: `${file} is empty.`, hint: hints.csexport });
      return;
    }
    if (error instanceof XmlTooDeepError) {
      this.problems.push({
        file,
        kind: "too-deep",
        message: `${file} nests its elements more than ${MAX_DEPTH} deep (${where(error.line)}); a csexport file nests about eight deep, so this one is damaged or not one.${kept}`,
        hint: hints.csexport,
      });
      return;
    }
    if (error instanceof XmlSyntaxError) {
      this.problems.push(
        atEnd
          ? {
              file,
              kind: "truncated",
              message: `${file} ends before its XML is complete (at ${where(error.line)}: ${error.detail}): the file was cut off, perhaps while it was copied or before csexport finished.${kept}`,
              hint: hints.truncated,
            }
          : {
              file,
              kind: "truncated",
              message: `${file} is not well-formed XML at ${where(error.line)} (${error.detail}): it was damaged after csexport wrote it, or cut off and joined.${kept}`,
              hint: hints.truncated,
            },
      );
      return;
    }
    this.problems.push({
      file,
      kind: "unreadable",
      message: `${file} could not be read${error instanceof Error && error.message ? ` (${error.message})` : ""}.${kept}`,
      hint: hints.csexport,
    });
  }
}
