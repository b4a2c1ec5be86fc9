import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import type { InputFile } from "../import-files";

/** The fixtures folder: `server/` (a whole server export), `single/` (one agent), `broken/`. */
export const fixturesDir = join(import.meta.dirname, "..", "fixtures");

export function inputFile(name: string, bytes: Uint8Array): InputFile {
  return { name, size: bytes.length, read: async () => bytes };
}

/** Every file of a fixture folder, as the folder picker gives them. */
export function fixtureFolder(folder: string): InputFile[] {
  return readdirSync(join(fixturesDir, folder))
    .sort()
    .map((name) => inputFile(`${folder}/${name}`, new Uint8Array(readFileSync(join(fixturesDir, folder, name)))));
}

export function fixtureFile(path: string): InputFile {
  return inputFile(path.split("/").pop()!, new Uint8Array(readFileSync(join(fixturesDir, path))));
}

/** A zip of a fixture folder, as a team would make of the exported folder. */
export function zipOf(folder: string, zipName = `${folder}.zip`): InputFile {
  const entries: Record<string, Uint8Array> = {};
  for (const name of readdirSync(join(fixturesDir, folder))) {
    entries[`${folder}/${name}`] = new Uint8Array(readFileSync(join(fixturesDir, folder, name)));
  }
  return inputFile(zipName, zipSync(entries));
}

/** A zip that holds no export file at all. */
export function zipWithoutExport(zipName = "notes.zip"): InputFile {
  return inputFile(
    zipName,
    zipSync({
      "readme.txt": new TextEncoder().encode("Export notes, not an export."),
      "settings.xml": new TextEncoder().encode("<settings><a/></settings>"),
    }),
  );
}

/**
 * The AppleDouble header macOS writes into `._name` files (magic 0x00051607, version 2, the
 * filler "Mac OS X"): binary, whatever the name says.
 */
export function appleDouble(): Uint8Array {
  const bytes = new Uint8Array(82);
  bytes.set([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00]);
  bytes.set(new TextEncoder().encode("Mac OS X        "), 8);
  return bytes;
}

/**
 * A zip of a fixture folder as Finder's "Compress" makes it: each file, and beside them
 * `__MACOSX/<folder>/._<name>` resource forks and a `.DS_Store`.
 */
export function macZipOf(folder: string, zipName = `${folder}.zip`): InputFile {
  const entries: Record<string, Uint8Array> = {};
  for (const name of readdirSync(join(fixturesDir, folder))) {
    entries[`${folder}/${name}`] = new Uint8Array(readFileSync(join(fixturesDir, folder, name)));
    entries[`__MACOSX/${folder}/._${name}`] = appleDouble();
  }
  entries[`${folder}/.DS_Store`] = new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]);
  entries[`__MACOSX/${folder}/._.DS_Store`] = appleDouble();
  return inputFile(zipName, zipSync(entries));
}
