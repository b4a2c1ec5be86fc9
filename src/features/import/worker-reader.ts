import type { InputFile } from "../../core/sync-export/import-files";
import type { ImportedExport } from "../../core/sync-export/types";

/**
 * Reading in a Web Worker, so a big export never blocks the page. The worker's script is one
 * same-origin file in /assets (allowed by `script-src 'self'`; no `blob:` URL), fetched when
 * the visitor shows intent, so reading itself makes no request. The worker asks the page for
 * each file's bytes in turn (the page's files are not sent whole up front: one file is in
 * flight at a time) and reports bytes parsed as it goes.
 */

/** Messages from the page to the worker. */
export type ToWorker =
  | { readonly type: "read"; readonly read: number; readonly files: readonly { name: string; size: number }[] }
  | { readonly type: "bytes"; readonly request: number; readonly bytes?: ArrayBuffer }
  | { readonly type: "cancel"; readonly read: number };

/** Messages from the worker to the page. */
export type FromWorker =
  | { readonly type: "ready" }
  | { readonly type: "want"; readonly read: number; readonly index: number; readonly request: number }
  | { readonly type: "progress"; readonly read: number; readonly done: number; readonly total: number }
  | { readonly type: "done"; readonly read: number; readonly imported: ImportedExport };

let started: Promise<Worker> | undefined;

/**
 * Starts the worker once and resolves when its code runs; rejects where workers are missing,
 * refused or fail to load (the caller then reads on the main thread). Not retried.
 */
export function startReadWorker(): Promise<Worker> {
  started ??= new Promise<Worker>((resolve, reject) => {
    if (typeof Worker === "undefined") {
      reject(new Error("This browser has no Web Worker."));
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL("./read-worker.ts", import.meta.url), { type: "module" });
    } catch (error) {
      reject(error instanceof Error ? error : new Error("The reading worker was refused."));
      return;
    }
    const onMessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.type !== "ready") return;
      stop();
      resolve(worker);
    };
    const onError = (event: Event) => {
      event.preventDefault();
      stop();
      worker.terminate();
      reject(new Error("The reading worker did not start."));
    };
    const stop = () => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
  });
  return started;
}

let reads = 0;

/** Why a read ended without findings: a newer pick replaced it. */
export class ReadCancelled extends Error {
  constructor() {
    super("A newer pick replaced this read.");
    this.name = "ReadCancelled";
  }
}

/**
 * Reads the files in the worker; rejects if the worker fails while reading, or with
 * `ReadCancelled` once `signal` aborts: the worker is told to stop before its next file, and
 * nothing it still sends for this read is heard.
 */
export function readInWorker(
  worker: Worker,
  files: readonly InputFile[],
  onBytes: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ImportedExport> {
  reads += 1;
  const read = reads;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ReadCancelled());
      return;
    }
    const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
    const onMessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === "ready" || message.read !== read) return;
      if (message.type === "want") {
        const file = files[message.index];
        if (!file) return send({ type: "bytes", request: message.request });
        file.read().then(
          (bytes) => {
            if (signal?.aborted) return;
            // Moved, not copied, to the worker; a view into a larger buffer is copied first.
            const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
            const buffer = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
            send({ type: "bytes", request: message.request, bytes: buffer }, [buffer]);
          },
          () => send({ type: "bytes", request: message.request }),
        );
      } else if (message.type === "progress") onBytes(message.done, message.total);
      else {
        stop();
        resolve(message.imported);
      }
    };
    const onError = (event: Event) => {
      event.preventDefault();
      stop();
      reject(new Error("The reading worker failed."));
    };
    const onAbort = () => {
      stop();
      send({ type: "cancel", read });
      reject(new ReadCancelled());
    };
    const stop = () => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
      signal?.removeEventListener("abort", onAbort);
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    signal?.addEventListener("abort", onAbort);
    send({ type: "read", read, files: files.map((file) => ({ name: file.name, size: file.size })) });
  });
}
