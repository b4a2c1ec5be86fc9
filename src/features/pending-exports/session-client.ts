import * as Comlink from "comlink";
import type { PendingSession } from "./pending-session";

/**
 * The reading session in a module Web Worker where one starts (one same-origin script in
 * /assets, allowed by `script-src 'self'`; no `blob:` URL), spoken to with Comlink; the picked
 * File objects are passed as they are and read there as streams. Started when the visitor shows
 * intent, so reading makes no request. Where a worker cannot start, the same session runs on
 * the main thread (the page then answers input between the reader's chunks less often).
 * The same shape as the match check's session client (src/features/match/session-client.ts).
 */

export interface SessionHandle {
  readonly session: PendingSession | Comlink.Remote<PendingSession>;
  readonly inWorker: boolean;
  /** Wraps a callback so the worker can call it back (identity on the main thread). */
  readonly callback: <T extends (...args: never[]) => unknown>(fn: T) => T;
}

const READY = "pending-worker-ready";

let started: Promise<SessionHandle> | undefined;

function startWorker(): Promise<SessionHandle> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === "undefined") {
      reject(new Error("This browser has no Web Worker."));
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL("./pending-worker.ts", import.meta.url), { type: "module" });
    } catch (error) {
      reject(error instanceof Error ? error : new Error("The worker was refused."));
      return;
    }
    const onMessage = (event: MessageEvent) => {
      if (event.data !== READY) return;
      stop();
      resolve({
        session: Comlink.wrap<PendingSession>(worker),
        inWorker: true,
        callback: (fn) => Comlink.proxy(fn) as unknown as typeof fn,
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

async function onMainThread(): Promise<SessionHandle> {
  const { createPendingSession } = await import("./pending-session");
  return { session: createPendingSession(), inWorker: false, callback: (fn) => fn };
}

/** Starts the session once (in a worker, else on the main thread); a failed load may be retried. */
export function startSession(): Promise<SessionHandle> {
  started ??= startWorker()
    .catch(onMainThread)
    .catch((error: unknown) => {
      started = undefined;
      throw error;
    });
  return started;
}
