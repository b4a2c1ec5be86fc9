/**
 * What a file is, from its first bytes, whatever its name: the match check's inputs, and the
 * files of other tools a visitor may pick by mistake, so a page can say which page reads them.
 */

export const fileKinds = [
  "ad-users",
  "ad-groups-contacts",
  "entra-users",
  "tenant-settings",
  "sync-export",
  "csexport",
  "connect-sync-config",
  "fim-service-export",
  "unknown",
] as const;
export type FileKind = (typeof fileKinds)[number];

/** How many bytes the sniffer needs at most. */
export const SNIFF_BYTES = 8192;

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding from the byte order mark (UTF-8 without one), and how many bytes the mark takes. */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  // UTF-16 without a mark: ASCII text has every other byte zero.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0)
    return { encoding: "utf-16le", bomLength: 0 };
  return { encoding: "utf-8", bomLength: 0 };
}

/** The start of a file as text (decoded by its byte order mark). */
export function headText(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes);
  return new TextDecoder(encoding).decode(bytes.subarray(bomLength, SNIFF_BYTES));
}

/** The header line of a CSV head: PowerShell 5.1's `#TYPE …` line skipped. */
export function csvHeaderLine(text: string): string {
  const lines = text.split(/\r?\n/);
  const first = lines[0]?.startsWith("#TYPE") ? lines[1] : lines[0];
  return first ?? "";
}

/** The header's cells and the delimiter (`,`, or `;` as Excel writes in some locales). */
export function splitHeader(line: string): { cells: string[]; delimiter: "," | ";" } {
  const split = (delimiter: "," | ";") =>
    line.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, "").trim().toLowerCase());
  const comma = split(",");
  const semicolon = split(";");
  return semicolon.length > comma.length ? { cells: semicolon, delimiter: ";" } : { cells: comma, delimiter: "," };
}

const has = (cells: readonly string[], ...names: string[]) => names.every((name) => cells.includes(name));

export interface Sniffed {
  readonly kind: FileKind;
  /** For CSV: the delimiter its header uses. */
  readonly delimiter?: "," | ";";
}

/** Recognises a file by its first bytes (at most SNIFF_BYTES of them). */
export function sniffFileKind(bytes: Uint8Array): Sniffed {
  const text = headText(bytes).trimStart();
  if (text.startsWith("<")) {
    if (/<(?:saved-ma-configuration|saved-mv-configuration|export-ma|mv-data)\b/.test(text))
      return { kind: "sync-export" };
    if (/<cs-objects\b/.test(text)) return { kind: "csexport" };
    if (/<(?:ma-data|synchronizationRule)\b/.test(text)) return { kind: "connect-sync-config" };
    if (/<Results\b/.test(text) && /<ExportObject\b/.test(text)) return { kind: "fim-service-export" };
    return { kind: "unknown" };
  }
  if (text.startsWith("{")) {
    if (/"onPremisesSynchronization"\s*:/.test(text) || /"matchCheckTenantSettings"\s*:/.test(text))
      return { kind: "tenant-settings" };
    // Connect Sync's exported settings (Get-ADSyncServerConfiguration, or the wizard's export).
    if (/"(?:GlobalSettings|Connectors|OnlineConfiguration|DeploymentMode)"\s*:/i.test(text))
      return { kind: "connect-sync-config" };
    return { kind: "unknown" };
  }
  const { cells, delimiter } = splitHeader(csvHeaderLine(text));
  // The groups and contacts file carries ObjectClass besides the users file's signature.
  if (has(cells, "objectguid", "ms-ds-consistencyguid", "objectclass"))
    return { kind: "ad-groups-contacts", delimiter };
  if (has(cells, "objectguid", "ms-ds-consistencyguid")) return { kind: "ad-users", delimiter };
  if (has(cells, "id", "onpremisesimmutableid")) return { kind: "entra-users", delimiter };
  return { kind: "unknown" };
}

/** What each kind is, in a sentence's words. */
export const fileKindNames: Record<FileKind, string> = {
  "ad-users": "the AD users export of the match check",
  "ad-groups-contacts": "the AD groups and contacts export of the match check",
  "entra-users": "the Entra users export of the match check",
  "tenant-settings": "the tenant settings export of the match check",
  "sync-export": "a FIM/MIM server configuration export (MA-{GUID}.XML or MV.XML)",
  csexport: "a connector space export (csexport)",
  "connect-sync-config": "a Microsoft Entra Connect Sync configuration export",
  "fim-service-export": "a FIM Service configuration export (Export-FIMConfig)",
  unknown: "not a file this site reads",
};

/** What a picked file is, from its first bytes (reads at most SNIFF_BYTES of it). */
export async function sniffBlob(blob: Blob): Promise<Sniffed> {
  return sniffFileKind(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()));
}

/**
 * Splits picked files into the connector space exports (csexport) and the rest, in their order.
 * With `pendingOnly`, only the csexports of pending exports (`/f:x`) are split off: a whole
 * connector space (no filter) stays with the rest, for the page that reads it (the match check).
 */
export async function splitOffCsexports<T extends Blob>(
  files: readonly T[],
  { pendingOnly = false }: { readonly pendingOnly?: boolean } = {},
): Promise<{ csexports: T[]; rest: T[] }> {
  const split = await Promise.all(
    files.map(async (file) => {
      if ((await sniffBlob(file)).kind !== "csexport") return false;
      return !pendingOnly || (await csexportContent(file)) === "pending-exports";
    }),
  );
  return {
    csexports: files.filter((_, index) => split[index]),
    rest: files.filter((_, index) => !split[index]),
  };
}

/** How much of a csexport `csexportContent` reads: enough for a few objects, little of a big file. */
export const CSEXPORT_SNIFF_BYTES = 1024 * 1024;

/**
 * What a csexport holds, from its objects in the first CSEXPORT_SNIFF_BYTES: `connector-space`
 * when any whole object there has no pending export (`csexport` without a filter writes every
 * object; `/f:x` writes only those with an unapplied or escrowed export), else `pending-exports`
 * (also when no object ends within the bytes read: the pending exports page reads either).
 */
export async function csexportContent(blob: Blob): Promise<"pending-exports" | "connector-space"> {
  const bytes = new Uint8Array(await blob.slice(0, CSEXPORT_SNIFF_BYTES).arrayBuffer());
  const { encoding, bomLength } = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
  const objects = text.split(/<\/cs-object\s*>/).slice(0, -1);
  return objects.some((object) => !/<(?:unapplied-export|escrowed-export)\b/.test(object))
    ? "connector-space"
    : "pending-exports";
}
