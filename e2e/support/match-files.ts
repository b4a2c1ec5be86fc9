import { bytesToBase64, guidToImmutableId } from "../../src/core/match-check/anchor";
import { adCsv, entraCsv } from "../../src/core/match-check/testing/fixtures";
import { adUser, guid, oldUser } from "../../src/core/match-check/testing/population";

const bytes16 = (seed: number) =>
  bytesToBase64(Uint8Array.from({ length: 16 }, (_, index) => (seed * 31 + index * 7) & 0xff));

/** One estate with every verdict a cloud sync target gives, in the scripts' format. */
export const matchFiles = {
  ad: adCsv([
    adUser(1, { UserPrincipalName: "hard@contoso.com" }),
    adUser(2, { UserPrincipalName: "stamp@contoso.com" }),
    adUser(3, { UserPrincipalName: "conflict@contoso.com", "mS-DS-ConsistencyGuid": bytes16(3) }),
    adUser(4, { UserPrincipalName: "notguid@contoso.com" }),
    adUser(6, { UserPrincipalName: "amb@contoso.com" }),
    adUser(7, { UserPrincipalName: "amb.other@contoso.com", ProxyAddresses: "SMTP:amb.mail@contoso.com" }),
    adUser(8, { UserPrincipalName: "lee@contoso.com" }),
    adUser(9, { UserPrincipalName: "mo@contoso.com" }),
    adUser(10, { UserPrincipalName: "=new@contoso.com" }),
  ]),
  entra: entraCsv([
    oldUser(1, { UserPrincipalName: "hard@contoso.com", OnPremisesImmutableId: guidToImmutableId(guid(1)) }),
    oldUser(2, { UserPrincipalName: "stamp@contoso.com", OnPremisesImmutableId: bytes16(20) }),
    oldUser(3, { UserPrincipalName: "conflict@contoso.com", OnPremisesImmutableId: bytes16(30) }),
    oldUser(4, { UserPrincipalName: "notguid@contoso.com", OnPremisesImmutableId: "c2hvcnQ=" }),
    oldUser(5, { UserPrincipalName: "orphan@contoso.com", OnPremisesImmutableId: bytes16(50) }),
    oldUser(6, {
      UserPrincipalName: "amb@contoso.com",
      ProxyAddresses: "SMTP:amb.mail@contoso.com",
      OnPremisesImmutableId: bytes16(60),
    }),
    oldUser(7, {
      UserPrincipalName: "lee@contoso.com",
      OnPremisesImmutableId: bytes16(70),
      OnPremisesLastSyncDateTime: "2026-11-30T10:00:00.0000000Z",
    }),
    { Id: "bbbbbbbb-0000-0000-0000-000000000009", UserPrincipalName: "mo@contoso.com" },
    oldUser(11, { UserPrincipalName: "baddate@contoso.com", OnPremisesLastSyncDateTime: "28/03/2024 06:12:44" }),
  ]),
};

export const cloudSyncCounts = {
  collision: 3,
  ambiguous: 1,
  "cannot-match": 0,
  "no-ad-object": 1,
  "anchor-conflict": 1,
  "not-guid": 1,
  "stamp-needed": 1,
  "cloud-takeover": 1,
  "hard-match": 1,
  new: 1,
  "other-engine": 1,
};

export const objectGuidCounts = { ...cloudSyncCounts, "cannot-match": 2, "anchor-conflict": 0, "stamp-needed": 0 };

export const stampedGuid = guid(2);
