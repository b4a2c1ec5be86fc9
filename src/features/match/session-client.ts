import * as Comlink from "comlink";
import type { MatchSession } from "../../core/match-check/session";

/**
 * The match check's session, in a module Web Worker where one starts (one same-origin script in
 * /assets, allowed by `script-src 'self'`; no `blob:` URL), spoken to with Comlink: every
 * method of MatchSession becomes an async call, and the picked File objects are passed as they
 * are (structured clone shares their bytes; the worker reads them in a stream). The worker is
 * started when the visitor shows intent, so reading itself makes no request. Where a worker
 * cannot start, the same session runs on the main thread, yielding between chunks.
 *
 * Nothing here is specific to matching but the session's type: /import can move onto the same
 * shape (expose a session object in its worker, wrap it here) when it is next changed.
 */

export interface SessionHandle {
  readonly session: MatchSession | Comlink.Remote<MatchSession>;
  readonly inWorker: boolean;
  /** Wraps a callback so the worker can call it back (identity on the main thread). */
  readonly callback: <T extends (...args: never[]) => unknown>(fn: T) => T;
}

const READY = "match-worker-ready";

let started: Promise<SessionHandle> | undefined;

function startWorker(): Promise<SessionHandle> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === "undefined") {
      reject(new Error("This browser has no Web Worker."));
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL("./match-worker.ts", import.meta.url), { type: "module" });
    } catch (error) {
      reject(error instanceof Error ? error : new Error("The worker was refused."));
      return;
    }
    const onMessage = (event: MessageEvent) => {
      if (event.data !== READY) return;
      stop();
      resolve({
        session: Comlink.wrap<MatchSession>(worker),
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

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function onMainThread(): Promise<SessionHandle> {
  const { createMatchSession } = await import("../../core/match-check/session");
  return { session: createMatchSession({ yieldToBrowser }), inWorker: false, callback: (fn) => fn };
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
