import { connectSyncSettingsFile, recogniseConnectSyncConfiguration } from "./connect-sync-files";
import { fileIdMismatch } from "./file-checks";
import { parseExportFile } from "./parse-export-file";
import { readElsewhere } from "./read-elsewhere";
import { sameServer } from "./servers";
import { hints } from "./problem-hints";
import { normaliseId } from "./read-export";
import { isSystemFile } from "./system-files";
import type { ImportProblem, ImportedExport, ManagementAgent, Metaverse } from "./types";
import {
  MAX_FILE_BYTES,
  MAX_RATIO,
  MAX_UNPACKED_BYTES,
  MAX_ZIP_BYTES,
  listZipEntries,
  megabytes,
  unpackZipEntry,
  type RefusedEntry,
  type ZipListing,
} from "./read-zip";

export { MAX_FILE_BYTES, MAX_ZIP_BYTES } from "./read-zip";

/** One file the visitor gave: from a file input, a drop, or a folder. */
export interface InputFile {
  readonly name: string;
  readonly size: number;
  readonly read: () => Promise<Uint8Array>;
}

export interface ImportDeps {
  /** Called after each file or zip entry; `total` grows as zips are opened. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Called as the bytes are parsed (several times within a big file): bytes done out of the
   * bytes of every file picked. A zip counts its packed size until it is opened, then the
   * unpacked size of its XML entries, so `total` can change.
   */
  readonly onBytes?: (done: number, total: number) => void;
  /** Lets the browser paint and handle input between files. */
  readonly yieldToBrowser?: () => Promise<void>;
  /**
   * Stops the reading before the next file or zip entry once aborted (a newer pick replaced
   * this one); what was read so far is returned, and the caller discards it.
   */
  readonly signal?: { readonly aborted: boolean };
}

/**
 * Reads the files one at a time, yielding between them so the page stays responsive, and
 * never throws: every file that cannot be used becomes a problem naming it.
 */
export async function importFiles(files: readonly InputFile[], deps: ImportDeps): Promise<ImportedExport> {
  const agents: ManagementAgent[] = [];
  let metaverse: Metaverse | undefined;
  const otherMetaverses: Metaverse[] = [];
  const problems: ImportProblem[] = [];
  const read: string[] = [];
  let total = files.length;
  let done = 0;
  let bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
  let bytesDone = 0;
  const skipBytes = (count: number) => {
    bytesDone += count;
    deps.onBytes?.(bytesDone, bytesTotal);
  };
  const step = async () => {
    done += 1;
    deps.onProgress?.(done, total);
    await deps.yieldToBrowser?.();
  };

  /** Reads one XML text; returns whether it was part of an export. */
  const readXml = (name: string, bytes: Uint8Array): boolean => {
    const onBytes = deps.onBytes && ((parsed: number) => deps.onBytes?.(bytesDone + parsed, bytesTotal));
    let result: ReturnType<typeof parseExportFile>;
    try {
      result = parseExportFile(name, bytes, onBytes);
    } catch (error) {
      // parseExportFile turns every problem it knows into a message; this is the unforeseen.
      result = { problem: unexpected(name, error) };
    }
    skipBytes(bytes.length);
    if ("problem" in result) {
      problems.push(result.problem);
      return false;
    }
    read.push(name);
    if (result.read.kind === "agent") {
      const agent = result.read.agent;
      const earlier = agents.find(
        (known) => normaliseId(known.id) === normaliseId(agent.id) && sameServer(known.server, agent.server),
      );
      const mismatch = fileIdMismatch(name, agent);
      if (mismatch) problems.push(mismatch);
      if (earlier) {
        problems.push({
          file: name,
          message: `${name} holds the management agent "${agent.name}" ${agent.id}, already read from ${earlier.file}; this copy was not used.`,
          hint: "Pick each export once: the folder, or its zip, not both.",
        });
      } else agents.push(agent);
    } else if (result.read.kind === "metaverse") {
      const another = result.read.metaverse;
      const known = [metaverse, ...otherMetaverses].filter((mv): mv is Metaverse => mv !== undefined);
      if (metaverse && !known.some((mv) => sameServer(mv.server, another.server))) {
        // Another server's metaverse: kept apart, so the page can ask which server to read.
        otherMetaverses.push(another);
      } else if (metaverse) {
        problems.push({
          file: name,
          message: `${name} is a second metaverse export (MV.XML); the one from ${metaverse.file} was used.`,
          hint: "Pick the export of one sync server at a time.",
        });
      } else metaverse = result.read.metaverse;
    }
    return true;
  };

  deps.onProgress?.(0, total);
  deps.onBytes?.(0, bytesTotal);
  const stopped = () => deps.signal?.aborted === true;
  for (const file of files) {
    if (stopped()) break;
    const lower = file.name.toLowerCase();
    if (isSystemFile(file.name)) {
      skipBytes(file.size);
      await step();
      continue;
    }
    if (lower.endsWith(".zip")) {
      if (file.size > MAX_ZIP_BYTES) {
        problems.push({
          file: file.name,
          message: `${file.name} is ${megabytes(file.size)}; this page opens zip files up to ${megabytes(MAX_ZIP_BYTES)}.`,
          hint: hints.tooBig,
        });
        skipBytes(file.size);
        await step();
        continue;
      }
      const opened = await openZip(file, problems);
      if (!opened) {
        skipBytes(file.size);
        await step();
        continue;
      }
      const { bytes, listing } = opened;
      total += listing.entries.length;
      // From now on the zip counts as its unpacked XML entries.
      bytesTotal += listing.entries.reduce((sum, entry) => sum + entry.unpackedBytes, 0) - file.size;
      let used = 0;
      for (const entry of listing.entries) {
        if (stopped()) break;
        const name = `${file.name}/${entry.name}`;
        let unpacked: Uint8Array | undefined;
        try {
          unpacked = unpackZipEntry(bytes, entry);
        } catch {
          problems.push({
            file: name,
            message: `${name} cannot be unpacked (the archive is damaged or uses a kind of compression this page cannot open).`,
            hint: hints.zip,
          });
          skipBytes(entry.unpackedBytes);
        }
        if (unpacked && readXml(name, unpacked)) used += 1;
        await step();
      }
      if (used === 0 && listing.refused.length === 0) {
        problems.push({
          file: file.name,
          message: `${file.name} holds no management agent (MA-{GUID}.XML) or metaverse (MV.XML) export.`,
          hint: hints.zip,
        });
      }
      await step();
      continue;
    }
    if (!lower.endsWith(".xml")) {
      problems.push(
        connectSyncSettingsFile(file.name) ??
          (await elsewhere(file)) ?? {
            file: file.name,
            message: `${file.name} was skipped: only .xml and .zip files are read.`,
            hint: hints.pickExport,
          },
      );
      skipBytes(file.size);
      await step();
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      problems.push({
        file: file.name,
        message: `${file.name} is ${megabytes(file.size)}; this page reads files up to ${megabytes(MAX_FILE_BYTES)}.`,
        hint: hints.tooBig,
      });
      skipBytes(file.size);
      await step();
      continue;
    }
    let bytes: Uint8Array | undefined;
    try {
      bytes = await file.read();
    } catch {
      problems.push(unreadable(file.name));
      skipBytes(file.size);
    }
    if (bytes) readXml(file.name, bytes);
    await step();
  }
  return recogniseConnectSyncConfiguration({
    agents,
    ...(metaverse ? { metaverse } : {}),
    ...(otherMetaverses.length > 0 ? { otherMetaverses } : {}),
    problems,
    files: read,
  });
}

/** A file that is not XML may be one another page reads: only its first bytes are looked at. */
async function elsewhere(file: InputFile): Promise<ImportProblem | undefined> {
  if (file.size > MAX_FILE_BYTES) return undefined;
  try {
    return readElsewhere(file.name, await file.read());
  } catch {
    return undefined;
  }
}

/** Reads a zip and lists what will be unpacked from it; every refusal becomes a problem naming the entry. */
async function openZip(
  file: InputFile,
  problems: ImportProblem[],
): Promise<{ bytes: Uint8Array; listing: ZipListing } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch {
    problems.push(unreadable(file.name));
    return undefined;
  }
  let listing: ZipListing;
  try {
    listing = listZipEntries(bytes);
  } catch {
    problems.push({
      file: file.name,
      message: `${file.name} cannot be opened as a zip archive (it is damaged, encrypted or not a zip).`,
      hint: hints.zip,
    });
    return undefined;
  }
  for (const refused of listing.refused) problems.push(refusedEntry(file.name, refused));
  return { bytes, listing };
}

function refusedEntry(zipName: string, { name, reason }: RefusedEntry): ImportProblem {
  const file = `${zipName}/${name}`;
  switch (reason) {
    case "too-big":
      return {
        file,
        message: `${file} is over ${megabytes(MAX_FILE_BYTES)} unpacked; it was not read.`,
        hint: hints.tooBig,
      };
    case "bomb":
      return {
        file,
        message: `${file} would unpack to more than ${MAX_RATIO} times its packed size, as zip bombs do; it was not unpacked.`,
        hint: hints.bomb,
      };
    case "over-total":
      return {
        file,
        message: `${file} was not read: with it, ${zipName} would unpack to more than ${megabytes(MAX_UNPACKED_BYTES)} of XML.`,
        hint: hints.overTotal,
      };
  }
}

const unexpected = (name: string, error: unknown): ImportProblem => ({
  file: name,
  message: `${name} could not be read as an export${error instanceof Error && error.message ? ` (${error.message})` : ""}.`,
  hint: hints.reexport,
});

const unreadable = (name: string): ImportProblem => ({
  file: name,
  message: `${name} could not be read from the disk.`,
  hint: "Check that the file is still there and that you may read it, then pick it again.",
});
