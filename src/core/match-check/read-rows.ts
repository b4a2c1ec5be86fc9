import { base64ToBytes, canonicalGuid, guidToImmutableId } from "./anchor";
import {
  adColumns,
  adObjectColumns,
  columnPositions,
  entraColumns,
  type AdColumn,
  type AdObjectColumn,
  type EntraColumn,
} from "./columns";
import { softKeys } from "./soft-keys";
import { directoryObjectKinds, type AdUser, type DirectoryObjectKind, type EntraUser, type FileProblem } from "./types";

/** How many bad rows a message names. */
export const ROWS_NAMED = 5;

/** Problems of one kind in one file: the first rows and how many in all. */
class RowProblems {
  private readonly found = new Map<string, { rows: number[]; count: number }>();
  add(message: string, row: number): void {
    const entry = this.found.get(message) ?? { rows: [], count: 0 };
    entry.count += 1;
    if (entry.rows.length < ROWS_NAMED) entry.rows.push(row);
    this.found.set(message, entry);
  }
  list(file: string): FileProblem[] {
    return [...this.found].map(([message, { rows, count }]) => ({
      file,
      message: `${file}: ${message} (${count === 1 ? "1 row" : `${count.toLocaleString("en")} rows`}, left out: ${rows.length < count ? "first rows" : count === 1 ? "row" : "rows"} ${rows.join(", ")}).`,
      rows,
    }));
  }
}

/** ISO 8601 as .ToString('o') writes it (any fraction, an offset or Z; no offset read as UTC). */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$/;

export function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const fraction = (match[2] ?? "").slice(0, 3).padEnd(3, "0");
  const time = Date.parse(`${match[1]}.${fraction}${match[3] ?? "Z"}`);
  return Number.isNaN(time) ? undefined : time;
}

interface RowReader<T> {
  /** Rows numbered as a spreadsheet shows them: the header is row 1. */
  accept(rows: readonly (readonly string[])[], firstRowNumber: number): void;
  finish(): { users: T[]; problems: FileProblem[] };
}

type Cells = readonly string[];
const cellAt = <C extends string>(positions: Record<C, number>, row: Cells, column: C) =>
  (row[positions[column]] ?? "").trim();

/**
 * Reads AD user rows. `seen` is shared by every AD file of a read, so an ObjectGUID repeated in
 * another file is a duplicate too.
 */
export function adRowReader(
  file: string,
  header: readonly string[],
  seen: Set<string>,
): RowReader<AdUser> | { missing: AdColumn[] } {
  const { positions, missing } = columnPositions(header, adColumns);
  if (missing.length > 0) return { missing };
  const users: AdUser[] = [];
  const problems = new RowProblems();
  return {
    accept(rows, firstRowNumber) {
      rows.forEach((row, index) => {
        const rowNumber = firstRowNumber + index;
        const cell = (column: AdColumn) => cellAt(positions, row, column);
        const objectGuid = canonicalGuid(cell("ObjectGUID"));
        if (!objectGuid)
          return problems.add("ObjectGUID is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)", rowNumber);
        if (seen.has(objectGuid)) return problems.add("An ObjectGUID seen before", rowNumber);
        const consistencyGuid = cell("mS-DS-ConsistencyGuid");
        if (consistencyGuid !== "" && !base64ToBytes(consistencyGuid))
          return problems.add("mS-DS-ConsistencyGuid is not base64", rowNumber);
        seen.add(objectGuid);
        users.push({
          forest: cell("Forest"),
          distinguishedName: cell("DistinguishedName"),
          objectGuid,
          objectGuidAnchor: guidToImmutableId(objectGuid) ?? "",
          consistencyGuid,
          userPrincipalName: cell("UserPrincipalName"),
          softKeys: softKeys(cell("UserPrincipalName"), cell("ProxyAddresses"), cell("Mail")),
        });
      });
    },
    finish: () => ({ users, problems: problems.list(file) }),
  };
}

/**
 * Reads AD group and contact rows (the groups and contacts script's file). Their soft key is the
 * primary SMTP address alone: Entra soft-matches mail-enabled groups and contacts by
 * proxyAddresses, and groups that are not mail-enabled not at all (how-to-connect-install-existing-tenant).
 */
export function adObjectRowReader(
  file: string,
  header: readonly string[],
  seen: Set<string>,
): RowReader<AdUser> | { missing: AdObjectColumn[] } {
  const { positions, missing } = columnPositions(header, adObjectColumns);
  if (missing.length > 0) return { missing };
  const objects: AdUser[] = [];
  const problems = new RowProblems();
  return {
    accept(rows, firstRowNumber) {
      rows.forEach((row, index) => {
        const rowNumber = firstRowNumber + index;
        const cell = (column: AdObjectColumn) => cellAt(positions, row, column);
        const kind = cell("ObjectClass").toLowerCase() as DirectoryObjectKind;
        if (!(directoryObjectKinds as readonly string[]).includes(kind))
          return problems.add("ObjectClass is neither group nor contact", rowNumber);
        const objectGuid = canonicalGuid(cell("ObjectGUID"));
        if (!objectGuid)
          return problems.add("ObjectGUID is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)", rowNumber);
        if (seen.has(objectGuid)) return problems.add("An ObjectGUID seen before", rowNumber);
        const consistencyGuid = cell("mS-DS-ConsistencyGuid");
        if (consistencyGuid !== "" && !base64ToBytes(consistencyGuid))
          return problems.add("mS-DS-ConsistencyGuid is not base64", rowNumber);
        seen.add(objectGuid);
        objects.push({
          kind,
          forest: cell("Forest"),
          distinguishedName: cell("DistinguishedName"),
          objectGuid,
          objectGuidAnchor: guidToImmutableId(objectGuid) ?? "",
          consistencyGuid,
          userPrincipalName: "",
          displayName: cell("DisplayName"),
          softKeys: softKeys("", cell("ProxyAddresses"), cell("Mail")),
        });
      });
    },
    finish: () => ({ users: objects, problems: problems.list(file) }),
  };
}

export function entraRowReader(
  file: string,
  header: readonly string[],
  seen: Set<string>,
): RowReader<EntraUser> | { missing: EntraColumn[] } {
  const { positions, missing } = columnPositions(header, entraColumns);
  if (missing.length > 0) return { missing };
  const users: EntraUser[] = [];
  const problems = new RowProblems();
  return {
    accept(rows, firstRowNumber) {
      rows.forEach((row, index) => {
        const rowNumber = firstRowNumber + index;
        const cell = (column: EntraColumn) => cellAt(positions, row, column);
        const id = cell("Id").toLowerCase();
        if (id === "") return problems.add("Id is empty", rowNumber);
        if (seen.has(id)) return problems.add("An Id seen before", rowNumber);
        const enabled = cell("OnPremisesSyncEnabled").toLowerCase();
        if (enabled !== "" && enabled !== "true" && enabled !== "false")
          return problems.add("OnPremisesSyncEnabled is not True, False or empty", rowNumber);
        const lastSyncText = cell("OnPremisesLastSyncDateTime");
        const lastSync = lastSyncText === "" ? undefined : parseIsoDate(lastSyncText);
        if (lastSyncText !== "" && lastSync === undefined)
          return problems.add("OnPremisesLastSyncDateTime is not an ISO 8601 date and time", rowNumber);
        seen.add(id);
        const roles = cell("AdminRoles");
        users.push({
          id,
          userPrincipalName: cell("UserPrincipalName"),
          immutableId: cell("OnPremisesImmutableId"),
          syncEnabled: enabled === "" ? undefined : enabled === "true",
          lastSync,
          softKeys: softKeys(cell("UserPrincipalName"), cell("ProxyAddresses"), cell("Mail")),
          adminRoles:
            roles === ""
              ? []
              : roles
                  .split(";")
                  .map((role) => role.trim())
                  .filter(Boolean),
        });
      });
    },
    finish: () => ({ users, problems: problems.list(file) }),
  };
}
