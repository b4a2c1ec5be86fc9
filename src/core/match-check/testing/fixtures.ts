/**
 * Builders of files in the scripts' format: Export-Csv quotes every field and ends lines with
 * CRLF; Windows PowerShell 5.1 adds a "#TYPE" line without -NoTypeInformation.
 */
import {
  adColumns,
  adObjectColumns,
  entraColumns,
  type AdColumn,
  type AdObjectColumn,
  type EntraColumn,
} from "../columns";

export type AdRow = Partial<Record<AdColumn, string>>;
export type EntraRow = Partial<Record<EntraColumn, string>>;
export type AdObjectRow = Partial<Record<AdObjectColumn, string>>;

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

function csv<C extends string>(
  columns: readonly C[],
  rows: readonly Partial<Record<C, string>>[],
  delimiter = ",",
): string {
  return [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ""))]
    .map((cells) => cells.map(quote).join(delimiter))
    .join("\r\n")
    .concat("\r\n");
}

export const adCsv = (rows: readonly AdRow[], delimiter = ",") => csv(adColumns, rows, delimiter);
export const adObjectCsv = (rows: readonly AdObjectRow[], delimiter = ",") => csv(adObjectColumns, rows, delimiter);
export const entraCsv = (rows: readonly EntraRow[], delimiter = ",") => csv(entraColumns, rows, delimiter);

/** A named file, as a File (the browser's, or Node 20's global). */
export function file(name: string, content: string | Uint8Array<ArrayBuffer>): File {
  return new File([content], name);
}

/** UTF-16 LE with a byte order mark, as `Export-Csv -Encoding Unicode` writes. */
export function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

export function utf8Bom(text: string): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
