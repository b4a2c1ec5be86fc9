import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesToBase64, guidToImmutableId } from "./anchor";
import { matchUsers } from "./match";
import { adUser, guid, oldUser, population } from "./testing/population";
import { verdicts, type MatchRow, type MatchTarget, type Verdict } from "./types";

const bytes16 = (seed: number) =>
  bytesToBase64(Uint8Array.from({ length: 16 }, (_, index) => (seed * 31 + index * 7) & 0xff));
const idOf = (n: number) => guidToImmutableId(guid(n))!;

async function verdictsFor(
  ad: Parameters<typeof population>[0],
  entra: Parameters<typeof population>[1],
  target: MatchTarget = "cloud-sync",
  cutoff?: string,
) {
  const read = await population(ad, entra);
  const result = matchUsers(read.adUsers, read.entraUsers, { target, cutoff });
  const byUpn = (upn: string) =>
    result.rows.filter(
      (row) =>
        (row.entra && !["collision", "cloud-takeover", "new"].includes(row.verdict)
          ? row.entra.userPrincipalName
          : row.ad?.userPrincipalName) === upn,
    );
  return { result, verdictOf: (upn: string) => byUpn(upn).map((row) => row.verdict) };
}

describe("hard match (step 1)", () => {
  it("takes an old-connector user over when exactly one AD user's objectGUID anchor equals its ImmutableId", async () => {
    const { verdictOf, result } = await verdictsFor(
      [adUser(1, { UserPrincipalName: "alice@contoso.com" })],
      [oldUser(1, { UserPrincipalName: "alice@contoso.com", OnPremisesImmutableId: idOf(1) })],
    );
    expect(verdictOf("alice@contoso.com")).toEqual(["hard-match"]);
    expect(result.rows).toHaveLength(1);
  });

  it("uses ms-DS-ConsistencyGuid when it is set, except on a server anchored on objectGUID", async () => {
    const stamped = bytes16(5);
    const ad = [adUser(1, { UserPrincipalName: "bob@contoso.com", "mS-DS-ConsistencyGuid": stamped })];
    const entra = [oldUser(1, { UserPrincipalName: "bob@contoso.com", OnPremisesImmutableId: stamped })];
    expect((await verdictsFor(ad, entra, "cloud-sync")).verdictOf("bob@contoso.com")).toEqual(["hard-match"]);
    expect((await verdictsFor(ad, entra, "connect-sync-consistencyguid")).verdictOf("bob@contoso.com")).toEqual([
      "hard-match",
    ]);
    expect((await verdictsFor(ad, entra, "connect-sync-objectguid")).verdictOf("bob@contoso.com")).toEqual([
      "cannot-match",
    ]);
  });

  it("compares ImmutableIds exactly: base64 differing in case is another anchor", async () => {
    const id = idOf(1);
    const { verdictOf } = await verdictsFor(
      [adUser(1, { UserPrincipalName: "carol@contoso.com" })],
      [oldUser(1, { UserPrincipalName: "carol@contoso.com", OnPremisesImmutableId: id.toLowerCase() })],
    );
    expect(verdictOf("carol@contoso.com")).not.toEqual(["hard-match"]);
  });

  it("is ambiguous when two AD users carry the anchor (a ConsistencyGuid copied in a forest move), and claims neither", async () => {
    const copied = bytes16(9);
    const { verdictOf, result } = await verdictsFor(
      [
        adUser(1, { UserPrincipalName: "dan@contoso.com", "mS-DS-ConsistencyGuid": copied }),
        adUser(2, { UserPrincipalName: "dan@fabrikam.com", "mS-DS-ConsistencyGuid": copied, Forest: "fabrikam.com" }),
      ],
      [oldUser(1, { UserPrincipalName: "dan@contoso.com", OnPremisesImmutableId: copied })],
    );
    expect(verdictOf("dan@contoso.com")).toEqual(["collision", "ambiguous"]);
    expect(result.counts.ambiguous).toBe(1);
    // Neither AD user was claimed: both collide with the Entra user that has an ImmutableId (by UPN) or are new.
    expect(result.counts.collision + result.counts.new).toBe(2);
  });
});

describe("soft keys (step 2)", () => {
  it("finds no AD user: no-ad-object", async () => {
    const { verdictOf } = await verdictsFor(
      [],
      [oldUser(1, { UserPrincipalName: "gone@contoso.com", OnPremisesImmutableId: idOf(99) })],
    );
    expect(verdictOf("gone@contoso.com")).toEqual(["no-ad-object"]);
  });

  it("leaves out AD users already hard-matched: a stale copy of a matched person is no-ad-object", async () => {
    const { verdictOf } = await verdictsFor(
      [adUser(1, { UserPrincipalName: "erin@contoso.com" })],
      [
        oldUser(1, { UserPrincipalName: "erin@contoso.com", OnPremisesImmutableId: idOf(1) }),
        oldUser(2, {
          UserPrincipalName: "erin.old@contoso.com",
          Mail: "erin@contoso.com",
          OnPremisesImmutableId: idOf(50),
        }),
      ],
    );
    expect(verdictOf("erin@contoso.com")).toEqual(["hard-match"]);
    expect(verdictOf("erin.old@contoso.com")).toEqual(["no-ad-object"]);
  });

  it("finds two AD users (one by UPN, one by primary SMTP): ambiguous", async () => {
    const { verdictOf } = await verdictsFor(
      [
        adUser(1, { UserPrincipalName: "frank@contoso.com" }),
        adUser(2, {
          UserPrincipalName: "f.other@contoso.com",
          ProxyAddresses: "smtp:x@contoso.com;SMTP:Frank.Mail@contoso.com",
        }),
      ],
      [
        oldUser(1, {
          UserPrincipalName: "FRANK@contoso.com",
          ProxyAddresses: "SMTP:frank.mail@CONTOSO.com",
          OnPremisesImmutableId: idOf(77),
        }),
      ],
    );
    expect(verdictOf("FRANK@contoso.com")).toEqual(["ambiguous"]);
  });

  it("makes both ambiguous when one AD user is the single candidate of two old-connector users", async () => {
    const { result } = await verdictsFor(
      [adUser(1, { UserPrincipalName: "gina@contoso.com", Mail: "gina.mail@contoso.com" })],
      [
        oldUser(1, { UserPrincipalName: "gina@contoso.com", OnPremisesImmutableId: idOf(61) }),
        oldUser(2, {
          UserPrincipalName: "gina2@contoso.com",
          Mail: "gina.mail@contoso.com",
          OnPremisesImmutableId: idOf(62),
        }),
      ],
    );
    expect(result.counts.ambiguous).toBe(2);
  });

  it("says not-guid when the single candidate's Entra user has an ImmutableId that is not 16 bytes", async () => {
    const { verdictOf } = await verdictsFor(
      [adUser(1, { UserPrincipalName: "hal@contoso.com" })],
      [oldUser(1, { UserPrincipalName: "hal@contoso.com", OnPremisesImmutableId: "aGFsQGNvbnRvc28uY29t" })],
      "connect-sync-objectguid",
    );
    expect(verdictOf("hal@contoso.com")).toEqual(["not-guid"]);
  });

  it("says cannot-match on a server anchored on objectGUID, anchor-conflict or stamp-needed otherwise", async () => {
    const ad = [
      adUser(1, { UserPrincipalName: "ivy@contoso.com", "mS-DS-ConsistencyGuid": bytes16(3) }),
      adUser(2, { UserPrincipalName: "jay@contoso.com" }),
    ];
    const entra = [
      oldUser(1, { UserPrincipalName: "ivy@contoso.com", OnPremisesImmutableId: bytes16(4) }),
      oldUser(2, { UserPrincipalName: "jay@contoso.com", OnPremisesImmutableId: bytes16(6) }),
    ];
    const cloud = await verdictsFor(ad, entra, "cloud-sync");
    expect(cloud.verdictOf("ivy@contoso.com")).toEqual(["anchor-conflict"]);
    expect(cloud.verdictOf("jay@contoso.com")).toEqual(["stamp-needed"]);
    const objectGuid = await verdictsFor(ad, entra, "connect-sync-objectguid");
    expect(objectGuid.verdictOf("ivy@contoso.com")).toEqual(["cannot-match"]);
    expect(objectGuid.verdictOf("jay@contoso.com")).toEqual(["cannot-match"]);
  });

  it("takes the primary SMTP from the upper-case SMTP: entry only, else Mail", async () => {
    const { verdictOf } = await verdictsFor(
      [
        adUser(1, {
          UserPrincipalName: "kim.ad@contoso.com",
          ProxyAddresses: "smtp:kim@contoso.com;SMTP:kim.primary@contoso.com",
          Mail: "kim@contoso.com",
        }),
      ],
      [
        oldUser(1, {
          UserPrincipalName: "kim@contoso.com",
          Mail: "kim@contoso.com",
          OnPremisesImmutableId: bytes16(8),
        }),
      ],
    );
    expect(verdictOf("kim@contoso.com")).toEqual(["no-ad-object"]);
  });
});

describe("the AD users nobody claimed (steps 3 to 5)", () => {
  it("collides with an Entra user that has an ImmutableId, takes over a cloud user without one, or is new", async () => {
    const { result, verdictOf } = await verdictsFor(
      [
        adUser(1, { UserPrincipalName: "lee@contoso.com" }),
        adUser(2, { UserPrincipalName: "mo@contoso.com", ProxyAddresses: "SMTP:mo@contoso.com" }),
        adUser(3, { UserPrincipalName: "ned@contoso.com" }),
      ],
      [
        // Another engine's user (synced after the cut-off), with an ImmutableId.
        oldUser(1, {
          UserPrincipalName: "lee@contoso.com",
          OnPremisesImmutableId: bytes16(1),
          OnPremisesLastSyncDateTime: "2026-11-30T10:00:00Z",
        }),
        // A cloud user.
        {
          Id: "bbbbbbbb-0000-0000-0000-000000000002",
          UserPrincipalName: "mo.cloud@contoso.onmicrosoft.com",
          Mail: "MO@contoso.com",
        },
      ],
    );
    expect(verdictOf("lee@contoso.com")).toEqual(["collision"]);
    expect(verdictOf("mo@contoso.com")).toEqual(["cloud-takeover"]);
    expect(verdictOf("ned@contoso.com")).toEqual(["new"]);
    expect(result.counts["other-engine"]).toBe(1);
    expect(result.rows.some((row) => row.verdict === "other-engine")).toBe(false);
  });

  it("moves users between the old connector and another engine with the cut-off", async () => {
    const entra = [
      oldUser(1, {
        UserPrincipalName: "olga@contoso.com",
        OnPremisesImmutableId: idOf(1),
        OnPremisesLastSyncDateTime: "2024-06-01T00:00:00+02:00",
      }),
    ];
    const ad = [adUser(1, { UserPrincipalName: "olga@contoso.com" })];
    expect((await verdictsFor(ad, entra)).result.counts["other-engine"]).toBe(1);
    expect((await verdictsFor(ad, entra, "cloud-sync", "2024-07-01")).verdictOf("olga@contoso.com")).toEqual([
      "hard-match",
    ]);
  });
});

describe("flags", () => {
  it("marks users holding a directory role, and hard-match blocking onto cloud users that carry an ImmutableId", async () => {
    const read = await population(
      [adUser(1, { UserPrincipalName: "pat@contoso.com" }), adUser(2, { UserPrincipalName: "quin@contoso.com" })],
      [
        oldUser(1, {
          UserPrincipalName: "pat@contoso.com",
          OnPremisesImmutableId: idOf(1),
          AdminRoles: "Global Administrator;User Administrator",
        }),
        {
          Id: "cccccccc-0000-0000-0000-000000000002",
          UserPrincipalName: "quin@contoso.com",
          OnPremisesImmutableId: bytes16(2),
          OnPremisesSyncEnabled: "False",
        },
      ],
    );
    const result = matchUsers(read.adUsers, read.entraUsers, {
      target: "cloud-sync",
      tenant: { domains: [], blockCloudObjectTakeoverThroughHardMatchEnabled: true },
    });
    const flagsOf = (verdict: Verdict) => result.rows.find((row) => row.verdict === verdict)?.flags;
    expect(flagsOf("hard-match")).toEqual(["admin-role"]);
    expect(flagsOf("collision")).toEqual(["hard-match-blocked"]);
  });
});

describe("every population", () => {
  const person = fc.record({
    upn: fc.constantFrom("a", "b", "c", "d", "e"),
    inAd: fc.boolean(),
    stamped: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    immutable: fc.constantFrom("objectguid", "other", "none", "short"),
    sync: fc.constantFrom("old", "other-engine", "cloud"),
  });
  it("lists each old-connector user once and each AD user at most once, in verdict order, counts adding up", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { maxLength: 12 }),
        fc.constantFrom("cloud-sync", "connect-sync-consistencyguid", "connect-sync-objectguid" as const),
        async (people, target) => {
          const ad = people.flatMap((p, n) =>
            p.inAd
              ? [
                  adUser(n + 1, {
                    UserPrincipalName: `${p.upn}@contoso.com`,
                    "mS-DS-ConsistencyGuid": p.stamped === undefined ? "" : bytes16(p.stamped),
                  }),
                ]
              : [],
          );
          const entra = people.map((p, n) => ({
            ...oldUser(n + 1, {
              UserPrincipalName: `${p.upn}@contoso.com`,
              OnPremisesImmutableId:
                p.immutable === "objectguid"
                  ? idOf(n + 1)
                  : p.immutable === "other"
                    ? bytes16(n + 10)
                    : p.immutable === "short"
                      ? "c2hvcnQ="
                      : "",
            }),
            ...(p.sync === "other-engine"
              ? { OnPremisesLastSyncDateTime: "2025-01-01T00:00:00Z" }
              : p.sync === "cloud"
                ? { OnPremisesSyncEnabled: "", OnPremisesLastSyncDateTime: "" }
                : {}),
          }));
          const read = await population(ad, entra);
          const result = matchUsers(read.adUsers, read.entraUsers, { target });
          const old = people.filter((p) => p.sync === "old").length;
          const entraRows = result.rows.filter((row) => !["collision", "cloud-takeover", "new"].includes(row.verdict));
          expect(entraRows).toHaveLength(old);
          expect(new Set(entraRows.map((row) => row.entra?.id)).size).toBe(old);
          const claimedAd = result.rows
            .filter((row) =>
              ["hard-match", "stamp-needed", "anchor-conflict", "not-guid", "cannot-match"].includes(row.verdict),
            )
            .map((row) => row.ad);
          const unclaimedAd = result.rows
            .filter((row) => ["collision", "cloud-takeover", "new"].includes(row.verdict))
            .map((row) => row.ad);
          expect(new Set([...claimedAd, ...unclaimedAd]).size).toBe(claimedAd.length + unclaimedAd.length);
          expect(claimedAd.length + unclaimedAd.length).toBe(ad.length);
          const total = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
          expect(total).toBe(result.rows.length + result.counts["other-engine"]);
          const order = result.rows.map((row: MatchRow) => verdicts.indexOf(row.verdict));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          if (target === "connect-sync-objectguid") {
            expect(result.counts["stamp-needed"] + result.counts["anchor-conflict"]).toBe(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
