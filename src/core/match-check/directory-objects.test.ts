import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesToBase64, guidToImmutableId } from "./anchor";
import { cloudObjectsOfOldConnector, matchDirectoryObjects, type OldConnectorObject } from "./directory-objects";
import { matchObjects } from "./match";
import { objectReportCsv, objectReportRow } from "./objects-report";
import { adGroup, adObjects, guid } from "./testing/population";
import { matchTargets, type MatchTarget } from "./types";

const bytes16 = (seed: number) =>
  bytesToBase64(Uint8Array.from({ length: 16 }, (_, index) => (seed * 31 + index * 7) & 0xff));
const idOf = (n: number) => guidToImmutableId(guid(n))!;

/** An object of the old connector's connector space, as the csexport reader gives it. */
const csGroup = (n: number, object: Partial<OldConnectorObject>): OldConnectorObject => ({
  objectType: "group",
  dn: `CN={${n}}`,
  anchor: `anchor-${n}`,
  cloudId: `bbbbbbbb-0000-0000-0000-${n.toString(16).padStart(12, "0")}`,
  displayName: `Group ${n}`,
  ...object,
});

async function verdicts(
  ad: Parameters<typeof adObjects>[0],
  cs: readonly OldConnectorObject[],
  target: MatchTarget = "cloud-sync",
) {
  const results = matchDirectoryObjects(await adObjects(ad), cloudObjectsOfOldConnector(cs).objects, { target });
  const of = (kind: "group" | "contact", name: string) =>
    results[kind].rows.filter((row) => objectReportRow(kind, row).DisplayName === name).map((row) => row.verdict);
  return { results, group: (name: string) => of("group", name), contact: (name: string) => of("contact", name) };
}

describe("groups and contacts: the anchor each target computes", () => {
  it("hard-matches a group whose objectGUID anchor equals the sourceAnchor the old connector flowed, on every target", async () => {
    for (const target of matchTargets) {
      const { group } = await verdicts([adGroup(1, {})], [csGroup(1, { sourceAnchor: idOf(1) })], target);
      expect(group("Group 1")).toEqual(["hard-match"]);
    }
  });

  it("reads a group's ms-DS-ConsistencyGuid for cloud sync only: Connect Sync anchors groups on objectGUID", async () => {
    const stamped = bytes16(3);
    const ad = [adGroup(1, { "mS-DS-ConsistencyGuid": stamped, Mail: "sales@contoso.com" })];
    const cs = [csGroup(1, { sourceAnchor: stamped, primarySmtp: "Sales@contoso.com" })];
    expect((await verdicts(ad, cs, "cloud-sync")).group("Group 1")).toEqual(["hard-match"]);
    // The same group under Connect Sync: its anchor is objectGUID, which no one can change.
    expect((await verdicts(ad, cs, "connect-sync-consistencyguid")).group("Group 1")).toEqual(["cannot-match"]);
    expect((await verdicts(ad, cs, "connect-sync-objectguid")).group("Group 1")).toEqual(["cannot-match"]);
  });
});

describe("groups and contacts: the soft keys (primary SMTP only)", () => {
  it("finds a mail-enabled group by its primary SMTP address and says a stamp makes it match, for cloud sync", async () => {
    const ad = [adGroup(1, { ProxyAddresses: "SMTP:Sales@contoso.com;smtp:sales@contoso.mail.onmicrosoft.com" })];
    const cs = [csGroup(1, { sourceAnchor: bytes16(9), primarySmtp: "sales@contoso.com" })];
    const { group, results } = await verdicts(ad, cs);
    expect(group("Group 1")).toEqual(["stamp-needed"]);
    expect(results.group.rows[0]?.ad?.distinguishedName).toBe("CN=Group 1,OU=Groups,DC=contoso,DC=com");
  });

  it("cannot find a group that is not mail-enabled when its anchor differs: no AD object, whatever AD holds", async () => {
    const { group, results } = await verdicts([adGroup(1, {})], [csGroup(1, { sourceAnchor: bytes16(9) })]);
    expect(group("Group 1")).toEqual(["no-ad-object", "new"]);
    expect(results.group.counts["no-ad-object"]).toBe(1);
    expect(results.group.counts.new).toBe(1);
  });

  it("never matches a group with a contact, even with the same anchor and address", async () => {
    const ad = [adGroup(1, { ObjectClass: "contact", DisplayName: "Partner", Mail: "partner@fabrikam.com" })];
    const cs = [csGroup(1, { sourceAnchor: idOf(1), displayName: "Partner", primarySmtp: "partner@fabrikam.com" })];
    const { group, contact } = await verdicts(ad, cs);
    expect(group("Partner")).toEqual(["no-ad-object"]);
    expect(contact("Partner")).toEqual(["new"]);
  });

  it("gives contacts the same verdicts: a stamp for cloud sync, cannot-match for Connect Sync", async () => {
    const ad = [adGroup(2, { ObjectClass: "contact", DisplayName: "Partner", Mail: "partner@fabrikam.com" })];
    const cs = [
      csGroup(2, {
        objectType: "contact",
        sourceAnchor: bytes16(4),
        displayName: "Partner",
        mail: "Partner@Fabrikam.com",
      }),
    ];
    expect((await verdicts(ad, cs, "cloud-sync")).contact("Partner")).toEqual(["stamp-needed"]);
    expect((await verdicts(ad, cs, "connect-sync-consistencyguid")).contact("Partner")).toEqual(["cannot-match"]);
  });
});

describe("groups and contacts: values that cannot be compared", () => {
  it("says not-guid for an anchor flowed as a GUID's text, and names the GUID it carries", async () => {
    const ad = [adGroup(1, { Mail: "it@contoso.com" })];
    const cs = [csGroup(1, { sourceAnchor: guid(1), primarySmtp: "it@contoso.com" })];
    const { group, results } = await verdicts(ad, cs);
    expect(group("Group 1")).toEqual(["not-guid"]);
    const row = objectReportRow("group", results.group.rows[0]!);
    expect(row.AnchorForm).toBe("a GUID's text, not its bytes");
    expect(row.AnchorGuid).toBe(guid(1));
    expect(row.ADObjectGUID).toBe(guid(1));
  });

  it("reads GUIDs written as hex in AD's byte order, and says when a value is no GUID at all", async () => {
    const hex = Array.from(atob(idOf(7)), (char) => char.charCodeAt(0).toString(16).padStart(2, "0")).join("");
    const { results } = await verdicts(
      [],
      [
        csGroup(1, { sourceAnchor: hex }),
        csGroup(2, { sourceAnchor: "HR-Staff" }),
        csGroup(3, { sourceAnchor: "QUJD" }),
      ],
    );
    const rows = results.group.rows.map((row) => objectReportRow("group", row));
    expect(rows.map((row) => [row.AnchorForm, row.AnchorGuid])).toEqual([
      ["a GUID as 32 hex digits, not base64", guid(7)],
      ["text that is not base64", ""],
      ["base64 of another length (not a GUID)", ""],
    ]);
    expect(rows.every((row) => row.Verdict === "no-ad-object")).toBe(true);
  });

  it("guards a custom anchor a spreadsheet would run as a formula, and keeps base64 as it is", () => {
    const results = matchDirectoryObjects(
      [],
      cloudObjectsOfOldConnector([
        csGroup(1, { sourceAnchor: "=HYPERLINK(1)" }),
        csGroup(2, { sourceAnchor: `+${"A".repeat(23)}` }),
      ]).objects,
      { target: "cloud-sync" },
    );
    const csv = objectReportCsv(results);
    expect(csv).toContain(`"'=HYPERLINK(1)"`);
    expect(csv).toContain(`"+${"A".repeat(23)}"`);
  });
});

describe("the old connector's connector space", () => {
  it("keeps its groups and contacts with a sourceAnchor, counts its users, and those without one", () => {
    const read = cloudObjectsOfOldConnector([
      csGroup(1, { sourceAnchor: idOf(1) }),
      csGroup(2, { objectType: "Contact", sourceAnchor: idOf(2) }),
      csGroup(3, {}),
      csGroup(4, { objectType: "user", sourceAnchor: idOf(4) }),
      csGroup(5, { objectType: "device" }),
    ]);
    expect(read.objects.map((object) => object.kind)).toEqual(["group", "contact"]);
    expect(read).toMatchObject({ users: 1, withoutAnchor: 1, others: 1 });
  });
});

describe("one engine for every kind (property)", () => {
  /** A population of AD objects and old-connector objects drawn from few anchors and addresses, so they collide. */
  const population = fc.record({
    ad: fc.array(
      fc.record({
        guidN: fc.integer({ min: 1, max: 6 }),
        stamp: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        mail: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    cs: fc.array(
      fc.record({
        anchor: fc.oneof(
          fc.integer({ min: 1, max: 6 }).map((n) => idOf(n)),
          fc.integer({ min: 1, max: 4 }).map((n) => bytes16(n)),
          fc.constant("HR-Staff"),
        ),
        mail: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
  });

  it("gives groups the users' verdicts where the target reads the same attribute for both", async () => {
    await fc.assert(
      fc.asyncProperty(population, async ({ ad, cs }) => {
        const seen = new Set<number>();
        const rows = ad.filter((row) => !seen.has(row.guidN) && seen.add(row.guidN));
        const groups = await adObjects(
          rows.map((row) =>
            adGroup(row.guidN, {
              "mS-DS-ConsistencyGuid": row.stamp === undefined ? "" : bytes16(row.stamp),
              Mail: row.mail === undefined ? "" : `list${row.mail}@contoso.com`,
            }),
          ),
        );
        const cloud = cloudObjectsOfOldConnector(
          cs.map((row, index) =>
            csGroup(index + 1, {
              sourceAnchor: row.anchor,
              ...(row.mail === undefined ? {} : { primarySmtp: `list${row.mail}@contoso.com` }),
            }),
          ),
        ).objects;
        const verdictsOf = (kind: "user" | "group", target: MatchTarget) =>
          matchObjects(groups, cloud, { target, kind }).rows.map((row) => [
            row.verdict,
            row.entra?.id,
            row.ad?.objectGuid,
          ]);
        // Cloud sync reads ms-DS-ConsistencyGuid for both; Connect Sync with it reads it for users only.
        expect(verdictsOf("group", "cloud-sync")).toEqual(verdictsOf("user", "cloud-sync"));
        expect(verdictsOf("group", "connect-sync-consistencyguid")).toEqual(
          verdictsOf("user", "connect-sync-objectguid"),
        );
        // Every old-connector object gets exactly one verdict, and the counts add up to the rows.
        const result = matchObjects(groups, cloud, { target: "cloud-sync", kind: "group" });
        expect(result.rows.filter((row) => row.entra && !["collision", "new"].includes(row.verdict))).toHaveLength(
          cloud.length,
        );
        expect(Object.values(result.counts).reduce((sum, count) => sum + count, 0)).toBe(result.rows.length);
      }),
      { numRuns: 60 },
    );
  });
});
