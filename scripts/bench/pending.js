// @ts-check
// The pending-exports measurement: a synthetic csexport of 300 MB (scripts/bench/pending-export.js),
// written to a temporary folder and read in Node by the real reader (src/core/pending-exports,
// loaded through Vite's module runner), as a stream of 1 MiB chunks. Beside it, the import's own
// reader (parseExportFile, what /import's worker runs) on the import bench's synthetic export, in
// the same process: MiB/s of both, and the pending reader's peak heap (sampled after every chunk).
// The page's and the worker's heap in the browser are measured by the pending page's own bench.
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { runnerImport } from "vite";
import { syntheticExport } from "./import-export.js";
import { writeSyntheticPendingExport } from "./pending-export.js";

const root = new URL("../..", import.meta.url).pathname;
const MIB = 1024 * 1024;

/**
 * @typedef {object} PendingFigures
 * @property {number} bytes bytes of the csexport read
 * @property {number} objects `<cs-object>`s in it
 * @property {number} seconds reading time, first chunk to summary
 * @property {number} mbPerSecond MiB per second
 * @property {number} cpuSeconds CPU time the reading took (user + system): on a busy machine, the fairer figure
 * @property {number} mbPerCpuSecond MiB per CPU second
 * @property {number} peakHeap bytes of JS heap in use at most while reading (Node, after each chunk)
 * @property {number} baseHeap bytes of JS heap in use before reading
 * @property {number} retainedHeap bytes of JS heap the summary holds once read (after a full GC, less the base)
 * @property {number} importBytes bytes of the import bench's export read by the import's reader
 * @property {number} importMbPerSecond MiB per second of the import's reader, same process
 * @property {number} importMbPerCpuSecond MiB per CPU second of the import's reader
 * @property {boolean} countsMatch the summary's counts are those the generator wrote
 */

// A full GC on demand, so that the heap the summary keeps can be told from garbage not yet collected.
setFlagsFromString("--expose-gc");
const collect = /** @type {() => void} */ (runInNewContext("gc"));

/** @param {NodeJS.CpuUsage} since @returns {number} seconds */
function cpuSince(since) {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** @template T @param {string} file @returns {Promise<T>} */
async function load(file) {
  const { module } = await runnerImport(path.join(root, file), { configFile: false, logLevel: "silent", root });
  return /** @type {T} */ (module);
}

/**
 * @param {{ bytes?: number }} [options]
 * @returns {Promise<PendingFigures>}
 */
export async function measurePending(options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "ema-pending-bench-"));
  try {
    const file = path.join(dir, "pending.xml");
    const written = await writeSyntheticPendingExport(file, { bytes: options.bytes ?? 300 * MIB });
    /** @type {typeof import("../../src/core/pending-exports/index.ts")} */
    const pending = await load("src/core/pending-exports/index.ts");
    /** @type {typeof import("../../src/core/sync-export/parse-export-file.ts")} */
    const importReader = await load("src/core/sync-export/parse-export-file.ts");

    collect();
    const baseHeap = process.memoryUsage().heapUsed;
    let peakHeap = baseHeap;
    const started = performance.now();
    const cpu = process.cpuUsage();
    const summary = await pending.readPendingExport(
      { name: "pending.xml", size: written.bytes, chunks: createReadStream(file, { highWaterMark: MIB }) },
      { onBytes: () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)) },
    );
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpuSince(cpu);
    collect();
    const retainedHeap = process.memoryUsage().heapUsed - baseHeap;
    if (summary.problems.length > 0) throw new Error(`the reader found problems: ${JSON.stringify(summary.problems)}`);
    const counts = Object.fromEntries(
      summary.counts.map((count) => [`${count.objectType}:${count.operation}`, count.count]),
    );
    const countsMatch =
      JSON.stringify(Object.entries(counts).sort()) === JSON.stringify(Object.entries(written.counts).sort());

    const encoder = new TextEncoder();
    const files = syntheticExport().map(({ name, text }) => ({ name, bytes: encoder.encode(text) }));
    const importBytes = files.reduce((sum, entry) => sum + entry.bytes.length, 0);
    const importStarted = performance.now();
    const importCpu = process.cpuUsage();
    for (const entry of files) {
      const parsed = importReader.parseExportFile(entry.name, entry.bytes);
      if ("problem" in parsed) throw new Error(`the import's reader failed: ${parsed.problem.message}`);
    }
    const importSeconds = (performance.now() - importStarted) / 1000;
    const importCpuSeconds = cpuSince(importCpu);
    return {
      bytes: written.bytes,
      objects: written.objects,
      seconds,
      mbPerSecond: written.bytes / MIB / seconds,
      cpuSeconds,
      mbPerCpuSecond: written.bytes / MIB / cpuSeconds,
      peakHeap,
      baseHeap,
      retainedHeap,
      importBytes,
      importMbPerSecond: importBytes / MIB / importSeconds,
      importMbPerCpuSecond: importBytes / MIB / importCpuSeconds,
      countsMatch,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {PendingFigures} figures */
export function pendingTable(figures) {
  const mib = (/** @type {number} */ bytes) => `${(bytes / MIB).toFixed(1)} MiB`;
  const header = [
    "read in Node",
    "size",
    "objects",
    "time",
    "throughput",
    "per CPU second",
    "peak JS heap (base)",
    "kept by the summary",
    "counts as written",
  ];
  const rows = [
    [
      "pending exports (csexport, streamed)",
      mib(figures.bytes),
      figures.objects.toLocaleString("en-US"),
      `${figures.seconds.toFixed(2)} s`,
      `${figures.mbPerSecond.toFixed(1)} MiB/s`,
      `${figures.mbPerCpuSecond.toFixed(1)} MiB/s`,
      `${mib(figures.peakHeap)} (${mib(figures.baseHeap)})`,
      mib(figures.retainedHeap),
      figures.countsMatch ? "yes" : "NO",
    ],
    [
      "import (server configuration export)",
      mib(figures.importBytes),
      "",
      "",
      `${figures.importMbPerSecond.toFixed(1)} MiB/s`,
      `${figures.importMbPerCpuSecond.toFixed(1)} MiB/s`,
      "",
      "",
      "",
    ],
  ];
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(header), `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`, ...rows.map(line)].join("\n");
}
