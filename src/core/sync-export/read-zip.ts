import { unzipSync } from "fflate";
import { isSystemFile } from "./system-files";

/** The largest single file read (a whole AD agent with its schema is a few MB; 64 MB leaves room). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** The largest zip archive opened. */
export const MAX_ZIP_BYTES = 256 * 1024 * 1024;
/** The most XML one zip may unpack to, all entries together: a real server export is tens of MB. */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
/**
 * The most an entry may grow when unpacked. Deflate tops out near 1,032:1, which only crafted
 * archives (zip bombs) reach. The bench's generated export packs at 38:1; one schema line repeated
 * 100,000 times, the most repetitive XML tried, at 292:1.
 */
export const MAX_RATIO = 500;
/** Entries smaller than this are never called bombs: tiny files can have odd ratios. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ZipLimits {
  readonly fileBytes: number;
  readonly unpackedBytes: number;
  readonly ratio: number;
  readonly ratioFloorBytes: number;
}
const zipLimits: ZipLimits = {
  fileBytes: MAX_FILE_BYTES,
  unpackedBytes: MAX_UNPACKED_BYTES,
  ratio: MAX_RATIO,
  ratioFloorBytes: RATIO_FLOOR_BYTES,
};

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One XML entry of a zip, listed from its central directory and not yet unpacked. */
export interface ZipEntry {
  readonly name: string;
  /** Its position in the central directory (names can repeat in a crafted archive). */
  readonly index: number;
  readonly packedBytes: number;
  /** As the archive declares it; unpacking never writes more than this. */
  readonly unpackedBytes: number;
}

/** Why an entry was left packed. */
export interface RefusedEntry {
  readonly name: string;
  readonly reason: "too-big" | "bomb" | "over-total";
}

export interface ZipListing {
  /** The entries to read, by name. */
  readonly entries: readonly ZipEntry[];
  readonly refused: readonly RefusedEntry[];
}

/**
 * Lists a zip's XML entries without unpacking any (macOS's `__MACOSX/` copies and `._` files are
 * not listed), and refuses the ones that would be too big,
 * grow like a zip bomb, or take the archive past `MAX_UNPACKED_BYTES`. Throws if the bytes are
 * not a zip archive. `limits` is for tests.
 */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = zipLimits): ZipListing {
  const entries: ZipEntry[] = [];
  const refused: RefusedEntry[] = [];
  let unpacked = 0;
  let index = 0;
  unzipSync(bytes, {
    filter: (entry) => {
      const at = index;
      index += 1;
      if (!/\.xml$/i.test(entry.name) || isSystemFile(entry.name)) return false;
      // A stored entry is copied as it is, whatever size it declares.
      const size = entry.compression === 0 ? entry.size : entry.originalSize;
      const ratio = size / Math.max(entry.size, 1);
      if (size > limits.fileBytes) refused.push({ name: entry.name, reason: "too-big" });
      else if (size > limits.ratioFloorBytes && ratio > limits.ratio)
        refused.push({ name: entry.name, reason: "bomb" });
      else if (unpacked + size > limits.unpackedBytes) refused.push({ name: entry.name, reason: "over-total" });
      else {
        unpacked += size;
        entries.push({ name: entry.name, index: at, packedBytes: entry.size, unpackedBytes: size });
      }
      // Listing only: nothing is unpacked here.
      return false;
    },
  });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  return { entries, refused };
}

/**
 * Unpacks one listed entry, so that only one entry's bytes are held at a time. fflate writes at
 * most the declared size, so an archive that lies about it yields a cut-off file (which then
 * fails as XML), never more memory than was checked.
 */
export function unpackZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  // fflate's synchronous unzip: its asynchronous one starts workers from blob: URLs, which the
  // site's Content-Security-Policy (script-src 'self') rightly refuses.
  let index = 0;
  const files = unzipSync(bytes, {
    filter: () => {
      index += 1;
      return index - 1 === entry.index;
    },
  });
  const unpacked = files[entry.name];
  if (!unpacked) throw new Error(`The archive has no entry ${entry.name}.`);
  return unpacked;
}
