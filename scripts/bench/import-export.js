// @ts-check
// A synthetic FIM/MIM server configuration export, big like a real one: many management agents,
// each with a DSML schema of about `schemaBytes` (an AD agent's is near 2 MB), many export flows
// and run profiles, one old connector (the Windows Azure AD connector) and an MV.XML.
// Used by the bench (`--only import`) and the import e2e tests; never committed as files.

/** @param {number} n @returns {string} a GUID-shaped id, upper case in braces as the export writes it */
const guid = (n) => {
  const hex = n.toString(16).toUpperCase().padStart(12, "0");
  return `{6F1C2A10-3B4D-4E5F-8A9B-${hex}}`;
};

/** @param {number} bytes */
function schema(bytes) {
  const head =
    ' <schema>\n  <dsml:dsml xmlns:dsml="http://www.dsml.org/DSML" xmlns:ms-dsml="http://www.microsoft.com/MMS/DSML"><dsml:directory-schema>\n';
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i += 1) {
    const part =
      `   <dsml:attribute-type id="attribute${i}" single-value="true" ms-dsml:immutable="false"><dsml:name>attribute${i}</dsml:name>` +
      `<dsml:syntax>1.3.6.1.4.1.1466.115.121.1.15</dsml:syntax><ms-dsml:indexable>true</ms-dsml:indexable></dsml:attribute-type>\n`;
    parts.push(part);
    size += part.length;
  }
  parts.push("  </dsml:directory-schema></dsml:dsml>\n </schema>\n");
  return parts.join("");
}

/** @param {number} count @param {string} objectType @param {string} mvObjectType */
function flows(count, objectType, mvObjectType) {
  const lines = [];
  for (let i = 0; i < count; i += 1) {
    const id = `id="{22222222-3333-4444-8555-${String(i).padStart(12, "0")}}"`;
    const mapping =
      i % 4 === 0
        ? `<constant-mapping><constant-value>value ${i} &amp; more</constant-value></constant-mapping>`
        : i % 4 === 1
          ? `<scripted-mapping><src-attribute>attribute${i}</src-attribute><script-context>cd.${objectType}:attribute${i}&lt;-mv.${mvObjectType}:attribute${i}</script-context></scripted-mapping>`
          : `<direct-mapping><src-attribute>attribute${i}</src-attribute></direct-mapping>`;
    lines.push(
      `   <export-flow cd-attribute="attribute${i}" ${id} suppress-deletions="false">${mapping}</export-flow>`,
    );
  }
  return `  <export-flow-set cd-object-type="${objectType}" mv-object-type="${mvObjectType}">\n${lines.join("\n")}\n  </export-flow-set>\n`;
}

/** @param {number} index @param {{ schemaBytes: number, flowsPerType: number, runProfiles: number }} sizes */
function agent(index, sizes) {
  const old = index === 0;
  const runs = [];
  for (let i = 0; i < sizes.runProfiles; i += 1) {
    runs.push(
      `  <run-configuration><id>${guid(100000 + i)}</id><name>Profile ${i}</name><configuration>` +
        `<step><step-type type="full-import"><import-subtype>to-cs</import-subtype></step-type><threshold><object>0</object></threshold>` +
        `<partition>${guid(200000 + i)}</partition><custom-data><adma-step-data><batch-size>100</batch-size></adma-step-data></custom-data></step>` +
        `</configuration></run-configuration>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<saved-ma-configuration server="SYNC01" export-date="2026-11-30 09:14:02.117">
<ma-data>
 <format-version>1</format-version>
 <id>${guid(index + 1)}</id>
 <name>${old ? "Contoso Entra (old connector)" : `Contoso AD ${index}`}</name>
 <category>${old ? "Extensible2" : "AD"}</category>
 <subtype>${old ? "Windows Azure Active Directory (Microsoft)" : ""}</subtype>
 <ma-listname>${old ? "Windows Azure Active Directory (Microsoft)" : ""}</ma-listname>
${schema(sizes.schemaBytes)} <export-attribute-flow>
${flows(sizes.flowsPerType, "user", "person")}${flows(sizes.flowsPerType, "group", "group")}${flows(sizes.flowsPerType, "contact", "contact")} </export-attribute-flow>
 <provisioning-cleanup type="declared"><action>make-normal-disconnector</action></provisioning-cleanup>
 <private-configuration><adma-configuration><forest-name>contoso${index}.example</forest-name></adma-configuration></private-configuration>
 <ma-partition-data>
  <partition><id>${guid(300000 + index)}</id><name>DC=contoso${index},DC=example</name><selected>1</selected>
   <custom-data><adma-partition-data><dn>DC=contoso${index},DC=example</dn><is-domain>1</is-domain></adma-partition-data></custom-data>
   <filter><object-classes><object-class>user</object-class><object-class>group</object-class><object-class>contact</object-class></object-classes></filter>
  </partition>
 </ma-partition-data>
 <ma-run-data>
${runs.join("\n")}
 </ma-run-data>
</ma-data>
</saved-ma-configuration>
`;
}

/** @param {number} agents @param {number} schemaBytes */
function metaverse(agents, schemaBytes) {
  const imports = [];
  for (let i = 0; i < agents; i += 1) {
    imports.push(
      `   <import-flows mv-attribute="attribute${i}" type="ranked"><import-flow src-ma="${guid(i + 1)}" cd-object-type="user" id="${guid(400000 + i)}"><direct-mapping><src-attribute>attribute${i}</src-attribute></direct-mapping></import-flow></import-flows>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<saved-mv-configuration server="SYNC01">
<mv-data>
 <format-version>1</format-version>
${schema(schemaBytes)} <import-attribute-flow>
  <import-flow-set mv-object-type="person">
${imports.join("\n")}
  </import-flow-set>
 </import-attribute-flow>
 <mv-deletion>
  <mv-deletion-rule mv-object-type="person" id="${guid(500000)}" type="declared-any"><src-ma>${guid(1)}</src-ma></mv-deletion-rule>
  <mv-deletion-rule mv-object-type="group" id="${guid(500001)}" type="declared-last"></mv-deletion-rule>
 </mv-deletion>
 <provisioning type="sync-rule"/>
</mv-data>
</saved-mv-configuration>
`;
}

/**
 * The export's files, `MA-{GUID}.XML` per agent and `MV.XML`.
 * @param {{ agents?: number, schemaBytes?: number, flowsPerType?: number, runProfiles?: number }} [options]
 * @returns {{ name: string, text: string }[]}
 */
export function syntheticExport(options = {}) {
  const sizes = {
    schemaBytes: options.schemaBytes ?? 2 * 1024 * 1024,
    flowsPerType: options.flowsPerType ?? 300,
    runProfiles: options.runProfiles ?? 200,
  };
  const agents = options.agents ?? 24;
  const files = [];
  for (let i = 0; i < agents; i += 1) files.push({ name: `MA-${guid(i + 1)}.XML`, text: agent(i, sizes) });
  files.push({ name: "MV.XML", text: metaverse(agents, sizes.schemaBytes) });
  return files;
}

/** Ids the synthetic export uses, for checks: the old connector's and the number of its flows. */
export const syntheticOldConnector = { id: guid(1), flows: (/** @type {number} */ perType = 300) => perType * 3 };
