import type * as Comlink from "comlink";

/**
 * One way for every reader to run its session off the main thread: a module Web Worker (one
 * same-origin script in /assets, allowed by `script-src 'self'`; no `blob:` URL) that exposes a
 * session object with Comlink, so every method becomes an async call and picked File objects
 * pass as they are (structured clone shares their bytes). Where a worker cannot start, the same
 * session runs on the main thread. Each reader gives its worker and its main-thread session.
 */

export interface SessionHandle<Session> {
  readonly session: Session | Comlink.Remote<Session>;
  readonly inWorker: boolean;
  /** Wraps a callback so the worker can call it back (identity on the main thread). */
  readonly callback: <T extends (...args: never[]) => unknown>(fn: T) => T;
  /**
   * Rejects if the worker fails after it started (a crash, out of memory): Comlink's calls then
   * never settle, so a read races its call against this. Never settles on the main thread.
   */
  readonly failed: Promise<never>;
}

export interface WorkerSessionOptions<Session> {
  /** Creates the worker (`new Worker(new URL("./x-worker.ts", import.meta.url), { type: "module" })`). */
  readonly create: () => Worker;
  /** The message the worker posts once its script runs (Comlink ignores messages without its id). */
  readonly ready: string;
  /** The same session on the main thread, for browsers where the worker cannot start. */
  readonly mainThread: () => Promise<Session>;
}

async function startWorker<Session>(options: WorkerSessionOptions<Session>): Promise<SessionHandle<Session>> {
  // Comlink comes with the worker, on intent: never in a reader page's first load.
  const comlink = await import("comlink");
  return workerReady(comlink, options);
}

function workerReady<Session>(
  comlink: typeof Comlink,
  { create, ready }: WorkerSessionOptions<Session>,
): Promise<SessionHandle<Session>> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === "undefined") {
      reject(new Error("This browser has no Web Worker."));
      return;
    }
    let worker: Worker;
    try {
      worker = create();
    } catch (error) {
      reject(error instanceof Error ? error : new Error("The worker was refused."));
      return;
    }
    const onMessage = (event: MessageEvent) => {
      if (event.data !== ready) return;
      stop();
      const failed = new Promise<never>((_, fail) =>
        worker.addEventListener("error", (event) => {
          event.preventDefault();
          fail(new Error("The reading worker failed."));
        }),
      );
      // Nobody may be racing it yet: an unheard rejection is not an error of the page.
      failed.catch(() => undefined);
      resolve({
        session: comlink.wrap<Session>(worker),
        inWorker: true,
        callback: (fn) => comlink.proxy(fn) as unknown as typeof fn,
        failed,
      });
    };
    const onError = (event: Event) => {
      event.preventDefault();
      stop();
      worker.terminate();
      reject(new Error("The worker did not start."));
    };
    const stop = () => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
  });
}

async function onMainThread<Session>({ mainThread }: WorkerSessionOptions<Session>): Promise<SessionHandle<Session>> {
  return { session: await mainThread(), inWorker: false, callback: (fn) => fn, failed: new Promise<never>(() => {}) };
}

/**
 * A starter for one reader's session: the first call starts it (in a worker, else on the main
 * thread) and later calls share it; a failed load may be retried. `mainThreadOnly` gives a
 * session on the main thread whatever happened to the worker (a read falls back to it when the
 * worker fails while reading).
 */
export function workerSession<Session>(options: WorkerSessionOptions<Session>) {
  let started: Promise<SessionHandle<Session>> | undefined;
  let mainOnly: Promise<SessionHandle<Session>> | undefined;
  const retryable = (promise: Promise<SessionHandle<Session>>, clear: () => void) =>
    promise.catch((error: unknown) => {
      clear();
      throw error;
    });
  return {
    start(): Promise<SessionHandle<Session>> {
      started ??= retryable(
        startWorker(options).catch(() => onMainThread(options)),
        () => (started = undefined),
      );
      return started;
    },
    mainThreadOnly(): Promise<SessionHandle<Session>> {
      mainOnly ??= retryable(onMainThread(options), () => (mainOnly = undefined));
      return mainOnly;
    },
  };
}

/** Lets the browser paint and handle input between chunks of a main-thread read. */
export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
