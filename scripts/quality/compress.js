// @ts-check
// Precompressed siblings for the static server (sirv's `gzip: true` serves x.js.gz for x.js when
// the browser accepts gzip), so `npm start`, the browser tests and the benchmark all receive the
// bytes a compressing static host sends.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The level files are precompressed with, as a static host precompresses: the best. */
export const GZIP_LEVEL = 9;

/** Text types worth compressing; `.data` is React Router's loader data, fetched on client navigation. */
export const COMPRESSIBLE = /\.(html|js|css|json|svg|xml|data)$/;

/**
 * Writes `<file>.gz` beside every compressible file in `dir` (recursively) where it is smaller.
 * @param {string} dir
 * @returns {{ files: number, bytes: number, gzip: number }}
 */
export function compressTree(dir) {
  const summary = { files: 0, bytes: 0, gzip: 0 };
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const nested = compressTree(full);
      summary.files += nested.files;
      summary.bytes += nested.bytes;
      summary.gzip += nested.gzip;
      continue;
    }
    if (!COMPRESSIBLE.test(name)) continue;
    const content = readFileSync(full);
    const compressed = gzipSync(content, { level: GZIP_LEVEL });
    if (compressed.length >= content.length) continue;
    writeFileSync(`${full}.gz`, compressed);
    summary.files += 1;
    summary.bytes += content.length;
    summary.gzip += compressed.length;
  }
  return summary;
}
