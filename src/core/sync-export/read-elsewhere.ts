import { fileKindNames, SNIFF_BYTES, sniffFileKind } from "../file-kind/file-kind";
import type { ImportProblem } from "./types";

/**
 * A file that another page of the site reads (the match check's exports), recognised by its
 * content whatever its name: a problem that names it and sends the visitor there.
 */
export function readElsewhere(name: string, bytes: Uint8Array): ImportProblem | undefined {
  const { kind } = sniffFileKind(bytes.subarray(0, SNIFF_BYTES));
  if (kind !== "ad-users" && kind !== "ad-groups-contacts" && kind !== "entra-users" && kind !== "tenant-settings")
    return undefined;
  return {
    file: name,
    message: `${name} is ${fileKindNames[kind]}: the Check matching page reads it, not this one.`,
    hint: "Pick it on Check matching, with the other match check files. Here, pick the sync server's configuration export (its MA-{GUID}.XML and MV.XML files).",
    readBy: "match",
  };
}
