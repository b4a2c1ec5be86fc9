import type { ImportSession } from "../../core/sync-export/import-session";
import { workerSession, yieldToBrowser, type SessionHandle } from "../../shared/worker-session";

/**
 * The import's reading session, in its worker where one starts (see shared/worker-session.ts),
 * else on the main thread. The worker is started when the visitor shows intent, so reading
 * itself makes no request; the parser and zip code reach the main thread only where it cannot run.
 */
export type ImportHandle = SessionHandle<ImportSession>;

export const importSession = workerSession<ImportSession>({
  create: () => new Worker(new URL("./read-worker.ts", import.meta.url), { type: "module" }),
  ready: "import-worker-ready",
  mainThread: async () => {
    const { createImportSession } = await import("../../core/sync-export/import-session");
    return createImportSession({ yieldToBrowser });
  },
});
