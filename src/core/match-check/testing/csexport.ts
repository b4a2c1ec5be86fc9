/**
 * A connector space export as `csexport "<agent>" file.xml` (no filter) writes one: `cs-objects`
 * holding a `cs-object` per object (`cs-dn`, `id`, `object-type`; `ma-name`, `ma-id`), each with
 * its `synchronized-hologram` > `entry` (`anchor`, `primary-objectclass`, `attr` with `value`
 * children), the shape documented on Microsoft Learn (Connector Space Export XML, Hologram XML) and
 * read by lithnet/miis-client, as src/core/pending-exports reads it.
 */

export interface CsObjectFixture {
  readonly objectType: "user" | "group" | "contact" | string;
  readonly n: number;
  readonly sourceAnchor?: string;
  readonly objectId?: string;
  readonly displayName?: string;
  readonly mail?: string;
  readonly proxyAddresses?: readonly string[];
}

const escape = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function attr(name: string, values: readonly string[] | undefined): string {
  if (!values || values.length === 0) return "";
  const multivalued = values.length > 1 || name === "proxyAddresses";
  return `        <attr name="${name}" type="string" multivalued="${multivalued}">\r\n${values
    .map((value) => `          <value>${escape(value)}</value>\r\n`)
    .join("")}        </attr>\r\n`;
}

export function csexportXml(objects: readonly CsObjectFixture[], maName = "Windows Azure Active Directory"): string {
  const body = objects
    .map((object) => {
      const hex = object.n.toString(16).padStart(12, "0");
      const dn = `CN={${hex.toUpperCase()}}`;
      return `  <cs-object cs-dn="${dn}" id="{5E1F4C2A-0000-0000-0000-${hex.toUpperCase()}}" object-type="${object.objectType}">\r
    <ma-name>${escape(maName)}</ma-name>\r
    <ma-id>{7D4C8E2B-1A3F-4B5C-9D6E-0F1A2B3C4D5E}</ma-id>\r
    <last-import-delta-time>2024-03-28 06:10:02.000</last-import-delta-time>\r
    <synchronized-hologram>\r
      <entry dn="${dn}">\r
        <anchor encoding="base64">${btoa(`anchor-${object.n}`)}</anchor>\r
        <primary-objectclass>${object.objectType}</primary-objectclass>\r
${attr("sourceAnchor", object.sourceAnchor === undefined ? undefined : [object.sourceAnchor])}${attr(
        "objectId",
        object.objectId === undefined ? undefined : [object.objectId],
      )}${attr("displayName", object.displayName === undefined ? undefined : [object.displayName])}${attr(
        "mail",
        object.mail === undefined ? undefined : [object.mail],
      )}${attr("proxyAddresses", object.proxyAddresses)}      </entry>\r
    </synchronized-hologram>\r
  </cs-object>\r
`;
    })
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?>\r\n<cs-objects>\r\n${body}</cs-objects>\r\n`;
}
