import type { PickedFile } from "../../core/sync-export/import-session";
import { isSystemFile } from "../../core/sync-export/system-files";

/** A picked file as the session reads it, its blob the File itself (to hand a csexport to another page). */
export interface PagePickedFile extends PickedFile {
  readonly blob: File;
}

/** What the visitor gave in one go, and through which control. */
export interface Pick {
  readonly via: "folder" | "files" | "drop";
  readonly files: readonly PagePickedFile[];
  /** What was picked or dropped, by name: the folder, the dropped items (empty folders too). */
  readonly names: readonly string[];
}

/** A file from an input or a drop, named by its path inside the picked folder when it has one. */
export function fromFile(file: File, path?: string): PagePickedFile {
  return { name: path || file.webkitRelativePath || file.name, blob: file };
}

/** The files of a file or folder input; a folder's name comes from its files' paths, when it has any. */
export function pickFromInput(via: "folder" | "files", list: FileList | null): Pick {
  const files = Array.from(list ?? []).map((file) => fromFile(file));
  const names =
    via === "folder"
      ? [...new Set(files.map((file) => file.name.split("/")[0]!).filter(Boolean))]
      : files.map((file) => file.name);
  return { via, files, names };
}

/**
 * The files of a drop: a dropped folder is walked (the File and Directory Entries API, in every
 * current browser); where that API is missing, the dropped files themselves.
 */
export async function filesFromDrop(transfer: DataTransfer): Promise<Pick> {
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry?.() : null))
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) {
    const files = Array.from(transfer.files).map((file) => fromFile(file));
    return { via: "drop", files, names: files.map((file) => file.name) };
  }
  const files: PagePickedFile[] = [];
  for (const entry of entries) await walk(entry, files);
  return { via: "drop", files, names: entries.map((entry) => (entry.isDirectory ? `${entry.name}/` : entry.name)) };
}

async function walk(entry: FileSystemEntry, into: PagePickedFile[]): Promise<void> {
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

const WHAT_TO_PICK =
  "Pick the folder that File → Export Server Configuration wrote (it holds one MA-{GUID}.XML file per management agent and MV.XML), or pick those files, or a zip of the folder.";

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(", ");

/**
 * The message for a pick that holds no file to read (an empty folder, a drop of text, or only
 * files the system adds such as .DS_Store), naming what was picked and what to pick instead;
 * undefined when there is something to read.
 */
export function emptyPickMessage(
  pick: Omit<Pick, "files"> & { readonly files: readonly { readonly name: string }[] },
): string | undefined {
  if (pick.files.some((file) => !isSystemFile(file.name))) return undefined;
  const onlySystem = pick.files.length > 0;
  const what =
    pick.via === "folder"
      ? pick.names.length > 0
        ? `The folder ${quoted(pick.names)}`
        : "The folder you picked"
      : pick.names.length > 0
        ? `What you ${pick.via === "drop" ? "dropped" : "picked"} (${quoted(pick.names)})`
        : `What you ${pick.via === "drop" ? "dropped" : "picked"}`;
  const holds = onlySystem
    ? `holds only files the system adds (${[...new Set(pick.files.map((file) => file.name.split("/").pop()))].join(", ")}), no export file`
    : pick.via === "drop" && pick.names.length === 0
      ? "holds no file (perhaps text or a link was dropped)"
      : "holds no file at all";
  return `${what} ${holds}. ${WHAT_TO_PICK}`;
}
