import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { guidToImmutableId } from "./anchor";
import { fixtureBytes } from "../pending-exports/testing/fixtures";
import { createMatchSession } from "./session";
import { csexportXml } from "./testing/csexport";
import { adObjectCsv, file, utf16le } from "./testing/fixtures";
import { adGroup, guid } from "./testing/population";

const idOf = (n: number) => guidToImmutableId(guid(n))!;

const oldConnector = csexportXml([
  {
    objectType: "group",
    n: 1,
    sourceAnchor: idOf(1),
    objectId: "c0ffee00-0000-0000-0000-000000000001",
    displayName: "Finance",
  },
  {
    objectType: "group",
    n: 2,
    sourceAnchor: "QUJDREVGR0hJSktMTU5PUA==",
    displayName: "Sales",
    mail: "sales@contoso.com",
    proxyAddresses: ["smtp:sales@contoso.mail.onmicrosoft.com", "SMTP:Sales@contoso.com"],
  },
  { objectType: "contact", n: 3, sourceAnchor: guid(3), displayName: "Partner", mail: "partner@fabrikam.com" },
  { objectType: "group", n: 4, sourceAnchor: idOf(40), displayName: "Gone" },
  { objectType: "group", n: 5, displayName: "Never exported" },
  { objectType: "user", n: 6, sourceAnchor: idOf(6), displayName: "Alice" },
]);

const ad = adObjectCsv([
  adGroup(1, { DisplayName: "Finance" }),
  adGroup(2, { DisplayName: "Sales", ProxyAddresses: "SMTP:sales@contoso.com" }),
  adGroup(3, { ObjectClass: "contact", DisplayName: "Partner", Mail: "partner@fabrikam.com" }),
  adGroup(7, { DisplayName: "Brand new" }),
]);

async function check(files: File[], target: "cloud-sync" | "connect-sync-consistencyguid" = "cloud-sync") {
  const session = createMatchSession();
  const read = await session.read(files);
  const summary = await session.match({ target });
  return { session, read, summary };
}

describe("reading the old connector's csexport with the AD groups and contacts file", () => {
  it("gives every group and contact a verdict by the users' rules, whatever the files are named", async () => {
    const { read, summary, session } = await check([
      file("export.dat", oldConnector),
      file("groups (1).txt", utf16le(ad)),
    ]);
    expect(read).toMatchObject({ adObjects: 4, oldConnectorObjects: 4, adUsers: 0, entraUsers: 0 });
    expect(summary.objects?.group).toMatchObject({ "hard-match": 1, "stamp-needed": 1, "no-ad-object": 1, new: 1 });
    expect(summary.objects?.contact).toMatchObject({ "not-guid": 1 });
    // The group the old connector never exported is named, not guessed at.
    const problems = read.problems.filter((problem) => problem.file === "export.dat");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("1 of the old connector's groups and contacts carry no sourceAnchor");
    const page = await session.objectRows({ offset: 0, limit: 50 });
    expect(page.rows.map((row) => [row.Kind, row.Verdict, row.DisplayName])).toEqual([
      ["group", "no-ad-object", "Gone"],
      ["group", "stamp-needed", "Sales"],
      ["contact", "not-guid", "Partner"],
    ]);
    expect(await session.objectsReport()).toContain('"contact","not-guid"');
  });

  it("says Connect Sync cannot match a group whose anchor only a stamp would give", async () => {
    const { summary } = await check([file("cs.xml", oldConnector), file("ad.csv", ad)], "connect-sync-consistencyguid");
    expect(summary.objects?.group).toMatchObject({ "hard-match": 1, "cannot-match": 1 });
  });

  it("reads the csexport from a zip too", async () => {
    const zipped = zipSync({ "old-connector-cs.xml": new TextEncoder().encode(oldConnector) });
    const { read } = await check([file("cs.zip", zipped), file("ad.csv", ad)]);
    expect(read.oldConnectorObjects).toBe(4);
  });

  it("sends a csexport with no sourceAnchor to the pending exports page, and keeps the other files", async () => {
    const other = csexportXml([{ objectType: "group", n: 1, displayName: "Finance" }], "contoso.com");
    const { read, summary } = await check([file("staging.xml", other), file("ad.csv", ad)]);
    const problem = read.problems.find((entry) => entry.file === "staging.xml");
    expect(problem?.message).toContain("not the old connector's own agent");
    expect(problem?.link?.path).toBe("/pending-exports");
    expect(read.adObjects).toBe(4);
    expect(summary.objects).toBeUndefined();
  });

  it("names a cut-off csexport and still uses what was read before the cut", async () => {
    const cut = oldConnector.slice(0, oldConnector.indexOf('<cs-object cs-dn="CN={000000000003}"') + 40);
    const { read } = await check([file("cut.xml", cut), file("ad.csv", ad)]);
    expect(read.problems.find((entry) => entry.file === "cut.xml")?.message).toMatch(/cut off|not well-formed/);
    expect(read.oldConnectorObjects).toBe(2);
  });

  it("reads the pending-exports reader's own old-connector fixture: its group and its contact", async () => {
    const { read, summary } = await check([
      file("old-connector.xml", new Uint8Array(fixtureBytes("old-connector.xml"))),
    ]);
    expect(read.oldConnectorObjects).toBe(2);
    expect(summary.objects?.group["no-ad-object"]).toBe(1);
    expect(summary.objects?.contact["no-ad-object"]).toBe(1);
  });
});
