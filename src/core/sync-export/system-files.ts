/**
 * Files an operating system adds beside the ones a person copied, never part of an export:
 * macOS's `__MACOSX/` folder and `._name` AppleDouble files (resource forks, written into zips
 * made in Finder and onto disks that cannot hold them; a `._MA-{GUID}.XML` is binary, not XML),
 * its `.DS_Store`, and Windows Explorer's `Thumbs.db` and `desktop.ini`. They are skipped
 * without a word: reporting them as broken exports would only alarm.
 */
const SYSTEM_NAMES = new Set([".ds_store", "thumbs.db", "desktop.ini"]);

export function isSystemFile(path: string): boolean {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const name = parts.at(-1) ?? "";
  return parts.some((part) => part === "__MACOSX") || name.startsWith("._") || SYSTEM_NAMES.has(name.toLowerCase());
}
