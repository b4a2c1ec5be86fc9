import type { PendingSession } from "../../core/pending-findings/pending-session";
import { workerSession, type SessionHandle as Handle } from "../../shared/worker-session";

/**
 * Check pending exports' reading session, in its worker where one starts (see
 * shared/worker-session.ts), else on the main thread. The picked File objects are read there as
 * streams; the worker is started when the visitor shows intent, so reading makes no request.
 */
export type SessionHandle = Handle<PendingSession>;

const pendingSession = workerSession<PendingSession>({
  create: () => new Worker(new URL("./pending-worker.ts", import.meta.url), { type: "module" }),
  ready: "pending-worker-ready",
  mainThread: async () => {
    const { createPendingSession } = await import("../../core/pending-findings/pending-session");
    return createPendingSession();
  },
});

/** Starts the session once (in a worker, else on the main thread); a failed load may be retried. */
export const startSession = (): Promise<SessionHandle> => pendingSession.start();
