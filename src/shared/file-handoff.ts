/**
 * Files one page hands to another on an in-app navigation (a csexport dropped on /import or
 * /match goes to /pending-exports). Held in memory for the next page only: never stored, never
 * sent, gone on reload. The receiving page takes them once.
 */
export interface HandedFiles {
  /** The page's name the files were dropped on, for the word the receiving page shows. */
  readonly from: string;
  readonly files: readonly File[];
}

let handed: { readonly to: string; readonly files: HandedFiles } | undefined;

/** Keeps the files for the page at `to` (a path from paths.ts); a later hand-over replaces them. */
export function handOverFiles(to: string, files: HandedFiles): void {
  handed = { to, files };
}

/** The files handed to the page at `to`, once: a second call gives nothing. */
export function takeHandedFiles(to: string): HandedFiles | undefined {
  if (handed?.to !== to) return undefined;
  const { files } = handed;
  handed = undefined;
  return files;
}
