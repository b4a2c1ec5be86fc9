// @ts-check
// A synthetic csexport file (`csexport "<connector>" pending.xml /f:x`), big like a real one: one
// <cs-object> per object, each with its pending delta, its synchronized hologram (before) and its
// unapplied export hologram (after), in the shape of src/core/pending-exports/fixtures/. The same
// index always gives the same object, so the file and its counts are reproducible.
// Used by the bench (`--only pending`) and, for the page and worker heap, by the pending page's tests.
import { createWriteStream } from "node:fs";

/** The operations in a cycle of 100 objects: mostly updates, as a staging server's first export is. */
const cycle = [
  ...Array.from({ length: 80 }, () => "update"),
  ...Array.from({ length: 12 }, () => "add"),
  ...Array.from({ length: 6 }, () => "delete"),
  ...Array.from({ length: 2 }, () => "delete-add"),
];

/** @param {number} n */
const hex = (n) => n.toString(16).padStart(10, "0");
/** @param {number} n a base64-shaped anchor, 24 characters */
const anchor = (n) => Buffer.from(`anchor-${String(n).padStart(9, "0")}`).toString("base64");
/** @param {string} name @param {string[]} values @param {string} [operation] */
const attr = (name, values, operation) =>
  `<attr name="${name}"${operation ? ` operation="${operation}"` : ""} type="string" multivalued="${values.length > 1}">${values
    .map((value) => {
      const match = /^(add|delete):(.*)$/.exec(value);
      return match ? `<value operation="${match[1]}">${match[2]}</value>` : `<value>${value}</value>`;
    })
    .join("")}</attr>`;
/** @param {string} name @param {{ dn: string, operation?: string }[]} values @param {string} [operation] */
const dnAttr = (name, values, operation) =>
  `<dn-attr name="${name}"${operation ? ` operation="${operation}"` : ""} multivalued="${values.length > 1}">${values
    .map(
      ({ dn, operation: valueOperation }) =>
        `<dn-value${valueOperation ? ` operation="${valueOperation}"` : ""}><dn>${dn}</dn><anchor encoding="base64">${anchor(dn.length)}</anchor></dn-value>`,
    )
    .join("")}</dn-attr>`;

/**
 * One object's state: its attributes as a hologram would write them.
 * @param {number} n @param {number} version 0 before, 1 after
 */
function state(n, version) {
  const person = `user${n}`;
  const domain = version === 0 ? "contoso.com" : "contoso.example";
  const addresses = [
    `SMTP:${person}@${domain}`,
    `smtp:${person}@contoso.mail.onmicrosoft.com`,
    ...Array.from({ length: 4 }, (_, index) => `smtp:${person}.alias${index}@contoso.com`),
  ];
  return [
    attr("department", [version === 0 ? `Department ${n % 40}` : `Department ${(n + 1) % 40}`]),
    attr("displayName", [version === 0 ? `User ${n}` : `User ${n} (moved)`]),
    attr("givenName", [`Given${n}`]),
    attr("jobTitle", [`Title ${n % 17}`]),
    attr("mail", [`${person}@${domain}`]),
    attr("proxyAddresses", addresses),
    attr("sourceAnchor", [anchor(n)]),
    attr("surname", [`Surname${n}`]),
    attr("telephoneNumber", [`+1 555 ${String(n % 10000).padStart(4, "0")}`]),
    attr("userPrincipalName", [`${person}@${domain}`]),
  ].join("");
}

/** @param {number} n @param {string} dn @param {string} body */
const entry = (n, dn, body) =>
  `<entry dn="${dn}"><anchor encoding="base64">${anchor(n)}</anchor><primary-objectclass>user</primary-objectclass><objectclass><oc-value>user</oc-value></objectclass>${body}</entry>`;

/**
 * The n-th `<cs-object>` of the file and its operation.
 * @param {number} n
 * @returns {{ text: string, operation: string, objectType: string }}
 */
export function pendingObject(n) {
  const operation = cycle[n % cycle.length] ?? "update";
  const group = operation === "update" && n % 10 === 3;
  const objectType = group ? "group" : "user";
  const dn = `CN={${hex(n)}}`;
  const head = `<cs-object cs-dn="${dn}" id="{0A000000-0000-4000-8000-${String(n).padStart(12, "0")}}" object-type="${objectType}"><ma-name>contoso.onmicrosoft.com - AAD</ma-name><ma-id>{B891884F-051E-4A83-95AF-2544101C9083}</ma-id><last-import-delta-time>2026-12-02 06:40:11.000</last-import-delta-time>`;
  if (group) {
    const members = Array.from({ length: 20 }, (_, index) => ({ dn: `CN={${hex(n + index + 1)}}` }));
    const delta = dnAttr(
      "member",
      [
        { dn: `CN={${hex(n + 100)}}`, operation: "add" },
        { dn: members[0]?.dn ?? "", operation: "delete" },
      ],
      "update",
    );
    const before = `<entry dn="${dn}"><anchor encoding="base64">${anchor(n)}</anchor><primary-objectclass>group</primary-objectclass>${dnAttr("member", members)}${attr("displayName", [`Group ${n}`])}</entry>`;
    return {
      operation,
      objectType,
      text: `${head}<unapplied-export><delta operation="update" dn="${dn}"><anchor encoding="base64">${anchor(n)}</anchor>${delta}</delta></unapplied-export><synchronized-hologram>${before}</synchronized-hologram></cs-object>\n`,
    };
  }
  const before = `<synchronized-hologram>${entry(n, dn, state(n, 0))}</synchronized-hologram>`;
  const after = `<unapplied-export-hologram>${entry(n, dn, state(n, 1))}</unapplied-export-hologram>`;
  let delta = "";
  if (operation === "update")
    delta = [
      attr("department", [`Department ${(n + 1) % 40}`], "replace"),
      attr("displayName", [`User ${n} (moved)`], "replace"),
      attr("mail", [`user${n}@contoso.example`], "replace"),
      attr("proxyAddresses", [`add:SMTP:user${n}@contoso.example`, `delete:SMTP:user${n}@contoso.com`], "update"),
      attr("userPrincipalName", [`user${n}@contoso.example`], "replace"),
    ].join("");
  if (operation === "add" || operation === "delete-add")
    delta = state(n, 1).replaceAll('type="string"', 'operation="add" type="string"');
  const parts = [
    head,
    `<unapplied-export><delta operation="${operation}" dn="${dn}"><anchor encoding="base64">${anchor(n)}</anchor>${delta}</delta></unapplied-export>`,
  ];
  if (operation !== "add") parts.push(before);
  if (operation !== "delete") parts.push(after);
  parts.push("</cs-object>\n");
  return { operation, objectType, text: parts.join("") };
}

/**
 * Writes a csexport file of at least `bytes` bytes.
 * @param {string} file
 * @param {{ bytes?: number }} [options]
 * @returns {Promise<{ file: string, bytes: number, objects: number, counts: Record<string, number> }>}
 */
export async function writeSyntheticPendingExport(file, options = {}) {
  const target = options.bytes ?? 300 * 1024 * 1024;
  const out = createWriteStream(file);
  /** @type {Record<string, number>} */
  const counts = {};
  let bytes = 0;
  let objects = 0;
  /** @param {string} text */
  const write = (text) =>
    new Promise((resolve, reject) => {
      bytes += Buffer.byteLength(text);
      out.write(text, (error) => (error ? reject(error) : resolve(undefined)));
    });
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<cs-objects>\n');
  const batch = [];
  let batchBytes = 0;
  while (bytes + batchBytes < target) {
    const { text, operation, objectType } = pendingObject(objects);
    const key = `${objectType}:${operation}`;
    counts[key] = (counts[key] ?? 0) + 1;
    objects += 1;
    batch.push(text);
    batchBytes += text.length;
    if (batch.length === 500) {
      await write(batch.splice(0).join(""));
      batchBytes = 0;
    }
  }
  await write(`${batch.join("")}</cs-objects>\n`);
  await new Promise((resolve, reject) =>
    out.end((/** @type {Error | undefined} */ error) => (error ? reject(error) : resolve(undefined))),
  );
  return { file, bytes, objects, counts };
}
