import Papa from "papaparse";
import type { MatchResult, MatchRow } from "./types";

/** The report's columns (the spec's contract: add, don't rename). */
export const reportColumns = [
  "Verdict",
  "Flags",
  "EntraId",
  "UserPrincipalName",
  "ImmutableId",
  "Forest",
  "ADDistinguishedName",
  "ComputedAnchor",
] as const;
export type ReportColumn = (typeof reportColumns)[number];
export type ReportRow = Record<ReportColumn, string>;

/** One row as the report and the page's table show it. */
export function reportRow(row: MatchRow): ReportRow {
  return {
    Verdict: row.verdict,
    Flags: row.flags.join(";"),
    EntraId: row.entra?.id ?? "",
    UserPrincipalName: row.entra && !isAdRow(row) ? row.entra.userPrincipalName : (row.ad?.userPrincipalName ?? ""),
    ImmutableId: row.entra?.immutableId ?? "",
    Forest: row.ad?.forest ?? "",
    ADDistinguishedName: row.ad?.distinguishedName ?? "",
    ComputedAnchor: row.computedAnchor ?? "",
  };
}

/** The rows steps 3 to 5 give are AD users; the Entra user beside them is the one they collide with or take over. */
export function isAdRow(row: MatchRow): boolean {
  return row.verdict === "collision" || row.verdict === "cloud-takeover" || row.verdict === "new";
}

/** A text cell a spreadsheet would run as a formula gets a leading quote; anchors are base64 and never can. */
const FORMULA = /^[=+\-@\t\r]/;
const safe = (value: string) => (FORMULA.test(value) ? `'${value}` : value);
const anchorColumns = new Set<ReportColumn>(["ImmutableId", "ComputedAnchor"]);

export function reportCsv(result: MatchResult): string {
  const data = result.rows.map((row) => {
    const cells = reportRow(row);
    return reportColumns.map((column) => (anchorColumns.has(column) ? cells[column] : safe(cells[column])));
  });
  return `${Papa.unparse({ fields: [...reportColumns], data }, { quotes: true, newline: "\r\n" })}\r\n`;
}
