// The match check's worker: Papa Parse and the matching, off the main thread, spoken to with Comlink.
import * as Comlink from "comlink";
import { createMatchSession } from "../../core/match-check/session";

Comlink.expose(createMatchSession());
// Comlink ignores messages without its id: this one tells the page the script runs.
self.postMessage("match-worker-ready");
