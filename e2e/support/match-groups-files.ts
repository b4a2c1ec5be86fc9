import { guidToImmutableId } from "../../src/core/match-check/anchor";
import { csexportXml } from "../../src/core/match-check/testing/csexport";
import { adObjectCsv } from "../../src/core/match-check/testing/fixtures";
import { adGroup, guid } from "../../src/core/match-check/testing/population";

const idOf = (n: number) => guidToImmutableId(guid(n))!;
/** GUIDs of their own: objectGUIDs are unique across users, groups and contacts, and the check holds them to it. */
const G = 100;

/**
 * The old connector's connector space (csexport, every object) and the AD groups and contacts file
 * of the same estate: a group that hard-matches, one a stamp makes match (cloud sync), a contact
 * whose anchor was flowed as a GUID's text, a group gone from AD and one new in AD.
 */
export const groupFiles = {
  csexport: csexportXml([
    { objectType: "group", n: 1, sourceAnchor: idOf(G + 1), displayName: "Finance" },
    {
      objectType: "group",
      n: 2,
      sourceAnchor: "QUJDREVGR0hJSktMTU5PUA==",
      displayName: "Sales",
      proxyAddresses: ["SMTP:sales@contoso.com", "smtp:sales@contoso.mail.onmicrosoft.com"],
    },
    { objectType: "contact", n: 3, sourceAnchor: guid(G + 3), displayName: "Partner", mail: "partner@fabrikam.com" },
    { objectType: "group", n: 4, sourceAnchor: idOf(G + 40), displayName: "Gone" },
    { objectType: "user", n: 6, sourceAnchor: idOf(6), displayName: "Alice" },
  ]),
  ad: adObjectCsv([
    adGroup(G + 1, { DisplayName: "Finance" }),
    adGroup(G + 2, { DisplayName: "Sales", ProxyAddresses: "SMTP:sales@contoso.com" }),
    adGroup(G + 3, { ObjectClass: "contact", DisplayName: "Partner", Mail: "partner@fabrikam.com" }),
    adGroup(G + 7, { DisplayName: "Brand new" }),
  ]),
  /** A connector space export of another connector: no sourceAnchor anywhere. */
  otherConnector: csexportXml([{ objectType: "group", n: 1, displayName: "Finance" }], "contoso.com"),
};

export const groupCountsCloudSync = {
  group: { "hard-match": 1, "stamp-needed": 1, "no-ad-object": 1, new: 1 },
  contact: { "not-guid": 1 },
};
