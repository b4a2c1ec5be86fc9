/** The columns of the two CSV files, by header name (matched case-insensitively, any order). */
export const adColumns = [
  "Forest",
  "DistinguishedName",
  "ObjectGUID",
  "mS-DS-ConsistencyGuid",
  "UserPrincipalName",
  "Mail",
  "ProxyAddresses",
] as const;

export const entraColumns = [
  "Id",
  "UserPrincipalName",
  "OnPremisesImmutableId",
  "OnPremisesSyncEnabled",
  "OnPremisesLastSyncDateTime",
  "Mail",
  "ProxyAddresses",
  "AdminRoles",
] as const;

/** The AD groups and contacts file: one row per group or contact, ObjectClass saying which. */
export const adObjectColumns = [
  "Forest",
  "DistinguishedName",
  "ObjectClass",
  "ObjectGUID",
  "mS-DS-ConsistencyGuid",
  "DisplayName",
  "Mail",
  "ProxyAddresses",
] as const;

export type AdColumn = (typeof adColumns)[number];
export type AdObjectColumn = (typeof adObjectColumns)[number];
export type EntraColumn = (typeof entraColumns)[number];

/** The columns that tell the two files apart. */
export const adSignature = ["objectguid", "ms-ds-consistencyguid"];
/** The AD groups and contacts file has the AD signature and ObjectClass, which the users file has not. */
export const adObjectSignature = [...adSignature, "objectclass"];
export const entraSignature = ["id", "onpremisesimmutableid"];

/** Header cells, normalised for comparison (trimmed, lower case, quotes gone). */
export function normaliseHeader(cells: readonly string[]): string[] {
  return cells.map((cell) => cell.trim().replace(/^"|"$/g, "").trim().toLowerCase());
}

/** Each column's position in the header, or the columns missing. */
export function columnPositions<C extends string>(
  header: readonly string[],
  columns: readonly C[],
): { positions: Record<C, number>; missing: C[] } {
  const normalised = normaliseHeader(header);
  const positions = {} as Record<C, number>;
  const missing: C[] = [];
  for (const column of columns) {
    const at = normalised.indexOf(column.toLowerCase());
    positions[column] = at;
    if (at < 0) missing.push(column);
  }
  return { positions, missing };
}
