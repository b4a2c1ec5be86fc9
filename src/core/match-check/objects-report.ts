import Papa from "papaparse";
import { anchorFormNames, describeAnchor } from "./anchor-form";
import { isAdRow } from "./report";
import type { DirectoryObjectKind, MatchResult, MatchRow } from "./types";

/**
 * The groups and contacts report's columns (a contract like the users report's: add, don't
 * rename). On a row of an old-connector object the AD columns are those of its matched or single
 * candidate AD object; on a row of an AD object nobody claimed, the cloud columns are those of the
 * old-connector object it collides with.
 */
export const objectReportColumns = [
  "Kind",
  "Verdict",
  "Flags",
  "CloudObjectId",
  "DisplayName",
  "PrimarySmtp",
  "SourceAnchor",
  "AnchorForm",
  "AnchorGuid",
  "ConnectorDN",
  "Forest",
  "ADDistinguishedName",
  "ADObjectGUID",
  "ComputedAnchor",
] as const;
export type ObjectReportColumn = (typeof objectReportColumns)[number];
export type ObjectReportRow = Record<ObjectReportColumn, string>;

export function objectReportRow(kind: DirectoryObjectKind, row: MatchRow): ObjectReportRow {
  const cloud = row.entra;
  const anchor = describeAnchor(cloud?.immutableId ?? "");
  const adSide = isAdRow(row);
  return {
    Kind: kind,
    Verdict: row.verdict,
    Flags: row.flags.join(";"),
    CloudObjectId: cloud?.id ?? "",
    DisplayName: (adSide ? row.ad?.displayName : cloud?.displayName) ?? row.ad?.displayName ?? "",
    PrimarySmtp: (adSide ? row.ad?.softKeys[0] : cloud?.softKeys[0]) ?? "",
    SourceAnchor: cloud?.immutableId ?? "",
    AnchorForm: cloud ? anchorFormNames[anchor.form] : "",
    AnchorGuid: anchor.guid ?? "",
    ConnectorDN: cloud?.connectorDn ?? "",
    Forest: row.ad?.forest ?? "",
    ADDistinguishedName: row.ad?.distinguishedName ?? "",
    ADObjectGUID: row.ad?.objectGuid ?? "",
    ComputedAnchor: row.computedAnchor ?? "",
  };
}

const FORMULA = /^[=+\-@\t\r]/;
const safe = (value: string) => (FORMULA.test(value) ? `'${value}` : value);
/** Base64 may start with "+" and is never a formula: anchors in base64 are written as they are, any other text guarded. */
const isBase64Anchor = (value: string) => ["guid-bytes", "base64-other"].includes(describeAnchor(value).form);
const keep = (column: ObjectReportColumn, value: string) =>
  column === "ComputedAnchor" || (column === "SourceAnchor" && isBase64Anchor(value));

/** Every group row, then every contact row, each in verdict order. */
export function objectReportCsv(results: Partial<Record<DirectoryObjectKind, MatchResult>>): string {
  const data: string[][] = [];
  for (const kind of ["group", "contact"] as const)
    for (const row of results[kind]?.rows ?? []) {
      const cells = objectReportRow(kind, row);
      data.push(
        objectReportColumns.map((column) => (keep(column, cells[column]) ? cells[column] : safe(cells[column]))),
      );
    }
  return `${Papa.unparse({ fields: [...objectReportColumns], data }, { quotes: true, newline: "\r\n" })}\r\n`;
}
