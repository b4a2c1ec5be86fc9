// The import's reading worker: saxes and fflate, off the main thread, spoken to with Comlink.
import * as Comlink from "comlink";
import { createImportSession } from "../../core/sync-export/import-session";

Comlink.expose(createImportSession());
// Comlink ignores messages without its id: this one tells the page the script runs.
self.postMessage("import-worker-ready");
