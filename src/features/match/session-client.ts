import type { MatchSession } from "../../core/match-check/session";
import { workerSession, yieldToBrowser, type SessionHandle as Handle } from "../../shared/worker-session";

/**
 * The match check's session, in its worker where one starts (see shared/worker-session.ts), else
 * on the main thread. The worker is started when the visitor shows intent, so reading itself
 * makes no request.
 */
export type SessionHandle = Handle<MatchSession>;

const matchSession = workerSession<MatchSession>({
  create: () => new Worker(new URL("./match-worker.ts", import.meta.url), { type: "module" }),
  ready: "match-worker-ready",
  mainThread: async () => {
    const { createMatchSession } = await import("../../core/match-check/session");
    return createMatchSession({ yieldToBrowser });
  },
});

/** Starts the session once (in a worker, else on the main thread); a failed load may be retried. */
export const startSession = (): Promise<SessionHandle> => matchSession.start();
