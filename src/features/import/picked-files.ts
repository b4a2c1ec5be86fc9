import type { InputFile } from "../../core/sync-export/import-files";

/** A file from an input or a drop, named by its path inside the picked folder when it has one. */
export function fromFile(file: File, path?: string): InputFile {
  const name = path || file.webkitRelativePath || file.name;
  return { name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/**
 * The files of a drop: a dropped folder is walked (the File and Directory Entries API, in every
 * current browser); where that API is missing, the dropped files themselves.
 */
export async function filesFromDrop(transfer: DataTransfer): Promise<InputFile[]> {
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry?.() : null))
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) return Array.from(transfer.files).map((file) => fromFile(file));
  const files: InputFile[] = [];
  for (const entry of entries) await walk(entry, files);
  return files;
}

async function walk(entry: FileSystemEntry, into: InputFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, "");
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push(fromFile(file, path));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns a batch at a time (100 in Chromium) until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, into);
  }
}
