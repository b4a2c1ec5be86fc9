import { describe, expect, it } from "vitest";
import { guidToImmutableId } from "./anchor";
import { readMatchFiles } from "./read-files";
import { adCsv, entraCsv, file, utf16le, utf8Bom } from "./testing/fixtures";
import { adUser, guid, oldUser } from "./testing/population";

const ad = adCsv([
  adUser(1, { UserPrincipalName: "zoë@contoso.com", ProxyAddresses: "SMTP:zoë@contoso.com;smtp:z@contoso.com" }),
]);
const entra = entraCsv([
  oldUser(1, { UserPrincipalName: "zoë@contoso.com", OnPremisesImmutableId: guidToImmutableId(guid(1)) }),
]);

describe("reading the scripts' files", () => {
  it("recognises each file by its header, not its name, in any order", async () => {
    const read = await readMatchFiles([file("export.csv", entra), file("other.txt", ad)]);
    expect(read.files.map((summary) => summary.kind)).toEqual(["entra-users", "ad-users"]);
    expect(read.adUsers[0]?.softKeys).toEqual(["zoë@contoso.com"]);
    expect(read.entraUsers[0]?.syncEnabled).toBe(true);
    expect(read.problems).toEqual([]);
  });

  it("reads UTF-8 with a BOM and UTF-16 LE with a BOM (Export-Csv -Encoding Unicode) alike", async () => {
    for (const bytes of [utf8Bom(ad), utf16le(ad)]) {
      const read = await readMatchFiles([file("ad.csv", bytes)]);
      expect(read.problems).toEqual([]);
      expect(read.adUsers[0]?.userPrincipalName).toBe("zoë@contoso.com");
    }
  });

  it("skips Windows PowerShell's #TYPE line and counts rows as a spreadsheet does", async () => {
    const text = `#TYPE System.Management.Automation.PSCustomObject\r\n${adCsv([adUser(1, {}), adUser(2, { ObjectGUID: "not-a-guid" })])}`;
    const read = await readMatchFiles([file("ad.csv", text)]);
    expect(read.adUsers).toHaveLength(1);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.rows).toEqual([4]);
    expect(read.problems[0]?.message).toContain("ad.csv");
  });

  it("reads a file Excel re-saved with ; between values, and says so when a value is wrong", async () => {
    const text = adCsv([adUser(1, {}), adUser(2, { "mS-DS-ConsistencyGuid": "not base64!" })], ";");
    const read = await readMatchFiles([file("ad-excel.csv", text)]);
    expect(read.files[0]?.delimiter).toBe(";");
    expect(read.adUsers).toHaveLength(1);
    expect(read.problems[0]?.message).toMatch(/not base64.*Excel/s);
  });

  it("names the file and the first rows of duplicates, malformed GUIDs and dates that are not ISO 8601, and uses the rest", async () => {
    const adText = adCsv([
      adUser(1, {}),
      adUser(1, {}),
      adUser(3, { ObjectGUID: "{0F1E2D3C-4B5A-6978-8796-000000000003}" }),
    ]);
    const entraText = entraCsv([
      oldUser(1, {}),
      oldUser(1, {}),
      oldUser(2, { OnPremisesLastSyncDateTime: "28/03/2024 06:12:44" }),
      oldUser(3, { OnPremisesSyncEnabled: "Yes" }),
    ]);
    const read = await readMatchFiles([file("ad.csv", adText), file("entra.csv", entraText)]);
    expect(read.adUsers.map((user) => user.objectGuid)).toEqual([guid(1), guid(3)]);
    expect(read.entraUsers).toHaveLength(1);
    expect(read.problems.map((problem) => [problem.file, problem.rows])).toEqual([
      ["ad.csv", [3]],
      ["entra.csv", [3]],
      ["entra.csv", [4]],
      ["entra.csv", [5]],
    ]);
    expect(read.problems.map((problem) => problem.message).join("\n")).toMatch(
      /seen before[\s\S]*ISO 8601[\s\S]*True, False/,
    );
  });

  it("refuses an empty file, a header of neither kind and another tool's file, and still reads the others", async () => {
    const read = await readMatchFiles([
      file("empty.csv", ""),
      file("people.csv", '"Name","Email"\r\n"a","b"\r\n'),
      file("MA-{1}.XML", '<?xml version="1.0"?>\r\n<saved-ma-configuration><ma-data/></saved-ma-configuration>'),
      file("csexport.xml", '<?xml version="1.0"?><cs-objects>'),
      file("entra.csv", entra),
    ]);
    expect(read.entraUsers).toHaveLength(1);
    expect(read.problems.map((problem) => problem.file)).toEqual([
      "empty.csv",
      "people.csv",
      "MA-{1}.XML",
      "csexport.xml",
    ]);
    expect(read.problems[2]?.link?.path).toBe("/import");
    expect(read.problems[3]?.message).toContain("connector space export");
    expect(read.problems[3]?.link?.path).toBe("/pending-exports");
  });

  it("names the columns a recognised file lacks", async () => {
    const read = await readMatchFiles([file("ad.csv", '"ObjectGUID","mS-DS-ConsistencyGuid"\r\n"x",""\r\n')]);
    expect(read.problems[0]?.message).toMatch(
      /no Forest, DistinguishedName, UserPrincipalName, Mail, ProxyAddresses columns/,
    );
  });

  it("reports progress up to the files' size, twice (decoded, then parsed)", async () => {
    const seen: number[] = [];
    const files = [file("ad.csv", ad), file("entra.csv", entra)];
    await readMatchFiles(files, { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
