// The reading worker (see worker-reader.ts): saxes and fflate, off the main thread.
import { importFiles, type InputFile } from "../../core/sync-export/import-files";
import type { FromWorker, ToWorker } from "./worker-reader";

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

/** Progress at most this often (ms): enough for a smooth bar, few messages. */
const PROGRESS_EVERY = 50;

const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
let requests = 0;

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "bytes") {
    const request = waiting.get(message.request);
    waiting.delete(message.request);
    if (message.bytes) request?.resolve(new Uint8Array(message.bytes));
    else request?.reject(new Error("The page could not read this file."));
    return;
  }
  const { read } = message;
  const files: InputFile[] = message.files.map((file, index) => ({
    name: file.name,
    size: file.size,
    read: () =>
      new Promise<Uint8Array>((resolve, reject) => {
        requests += 1;
        waiting.set(requests, { resolve, reject });
        scope.postMessage({ type: "want", read, index, request: requests });
      }),
  }));
  let last = -Infinity;
  const onBytes = (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - last < PROGRESS_EVERY) return;
    last = now;
    scope.postMessage({ type: "progress", read, done, total });
  };
  // importFiles never throws: every problem is in what it returns.
  void importFiles(files, { onBytes }).then((imported) => scope.postMessage({ type: "done", read, imported }));
});

scope.postMessage({ type: "ready" });
