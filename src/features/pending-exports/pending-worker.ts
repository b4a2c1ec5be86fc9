// Check pending exports' worker: the streaming csexport reader and the gates, off the main thread, spoken to with Comlink.
import * as Comlink from "comlink";
import { createPendingSession } from "../../core/pending-findings/pending-session";

Comlink.expose(createPendingSession());
// Comlink ignores messages without its id: this one tells the page the script runs.
self.postMessage("pending-worker-ready");
