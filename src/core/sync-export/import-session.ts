import { importFiles, type InputFile } from "./import-files";
import type { ImportedExport } from "./types";

/** A picked file as it crosses to the worker: its name (its path in a picked folder) and its bytes. */
export interface PickedFile {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * One reading session of the import: plain data in and out, so the same object serves Comlink in
 * the reading worker and the main thread where workers fail. Reads are numbered by the page; a
 * newer pick cancels the read under way, which stops before its next file and returns nothing.
 */
export interface ImportSession {
  read(
    read: number,
    files: readonly PickedFile[],
    onBytes: (done: number, total: number) => void,
  ): Promise<ImportedExport | undefined>;
  cancel(read: number): void;
}

/** Progress at most this often (ms): enough for a smooth bar, few messages. */
const PROGRESS_EVERY = 50;

const inputFile = ({ name, blob }: PickedFile): InputFile => ({
  name,
  size: blob.size,
  read: async () => new Uint8Array(await blob.arrayBuffer()),
});

export function createImportSession(deps: { readonly yieldToBrowser?: () => Promise<void> } = {}): ImportSession {
  /** The reads under way, each stopped by its own controller when the page cancels it. */
  const reading = new Map<number, AbortController>();
  return {
    async read(read, files, onBytes) {
      const controller = new AbortController();
      reading.set(read, controller);
      let last = -Infinity;
      const throttled = (done: number, total: number) => {
        if (controller.signal.aborted) return;
        const now = performance.now();
        if (done < total && now - last < PROGRESS_EVERY) return;
        last = now;
        onBytes(done, total);
      };
      // importFiles never throws: every problem is in what it returns.
      const imported = await importFiles(files.map(inputFile), {
        onBytes: throttled,
        signal: controller.signal,
        yieldToBrowser: deps.yieldToBrowser,
      });
      reading.delete(read);
      return controller.signal.aborted ? undefined : imported;
    },
    cancel(read) {
      reading.get(read)?.abort();
    },
  };
}
