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

const waiting = new Map<
  number,
  { read: number; resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }
>();
let requests = 0;
/** The reads under way, each stopped by its own controller when the page cancels it. */
const reading = new Map<number, AbortController>();

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "bytes") {
    const request = waiting.get(message.request);
    waiting.delete(message.request);
    if (message.bytes) request?.resolve(new Uint8Array(message.bytes));
    else request?.reject(new Error("The page could not read this file."));
    return;
  }
  if (message.type === "cancel") {
    // A newer pick: stop before the next file, and give up on the bytes asked for.
    reading.get(message.read)?.abort();
    for (const [request, waiter] of waiting) {
      if (waiter.read !== message.read) continue;
      waiting.delete(request);
      waiter.reject(new Error("This read was cancelled."));
    }
    return;
  }
  const { read } = message;
  const controller = new AbortController();
  reading.set(read, controller);
  const files: InputFile[] = message.files.map((file, index) => ({
    name: file.name,
    size: file.size,
    read: () =>
      new Promise<Uint8Array>((resolve, reject) => {
        requests += 1;
        waiting.set(requests, { read, resolve, reject });
        scope.postMessage({ type: "want", read, index, request: requests });
      }),
  }));
  let last = -Infinity;
  const onBytes = (done: number, total: number) => {
    if (controller.signal.aborted) return;
    const now = performance.now();
    if (done < total && now - last < PROGRESS_EVERY) return;
    last = now;
    scope.postMessage({ type: "progress", read, done, total });
  };
  // importFiles never throws: every problem is in what it returns. A cancelled read sends nothing more.
  void importFiles(files, { onBytes, signal: controller.signal }).then((imported) => {
    reading.delete(read);
    if (!controller.signal.aborted) scope.postMessage({ type: "done", read, imported });
  });
});

scope.postMessage({ type: "ready" });
