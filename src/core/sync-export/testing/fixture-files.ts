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
