import { readMatchFiles } from "../read-files";
import { adCsv, adObjectCsv, entraCsv, file, type AdObjectRow, type AdRow, type EntraRow } from "./fixtures";

/** A GUID whose last group is n: readable in tests. */
export const guid = (n: number) => `0f1e2d3c-4b5a-6978-8796-${n.toString(16).padStart(12, "0")}`;

/** An old-connector Entra user (synced before the cut-off). */
export const oldUser = (n: number, row: EntraRow): EntraRow => ({
  Id: `aaaaaaaa-0000-0000-0000-${n.toString(16).padStart(12, "0")}`,
  OnPremisesSyncEnabled: "True",
  OnPremisesLastSyncDateTime: "2024-03-28T06:12:44.0000000Z",
  ...row,
});

export const adUser = (n: number, row: AdRow): AdRow => ({
  Forest: "contoso.com",
  DistinguishedName: `CN=User ${n},OU=Staff,DC=contoso,DC=com`,
  ObjectGUID: guid(n),
  ...row,
});

/** Reads the rows through the same path as the page: files in the scripts' format. */
export async function population(ad: readonly AdRow[], entra: readonly EntraRow[]) {
  const read = await readMatchFiles([
    file("ad-users-contoso.csv", adCsv(ad)),
    file("entra-users.csv", entraCsv(entra)),
  ]);
  const problems = read.problems.filter((problem) => !problem.message.includes("but no users"));
  if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join("\n"));
  return read;
}

/** An AD group (or, with ObjectClass "contact", a contact) in the groups and contacts script's format. */
export const adGroup = (n: number, row: AdObjectRow): AdObjectRow => ({
  Forest: "contoso.com",
  DistinguishedName: `CN=Group ${n},OU=Groups,DC=contoso,DC=com`,
  ObjectClass: "group",
  ObjectGUID: guid(n),
  DisplayName: `Group ${n}`,
  ...row,
});

/** Reads AD groups and contacts through the page's path (the groups and contacts file). */
export async function adObjects(rows: readonly AdObjectRow[]) {
  const read = await readMatchFiles([file("ad-groups-contacts-contoso.csv", adObjectCsv(rows))]);
  const problems = read.problems.filter((problem) => !problem.message.includes("but no "));
  if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join("\n"));
  return read.adObjects;
}
