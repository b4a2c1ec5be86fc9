import { readFileSync } from "node:fs";

/** The fixtures' bytes and text, for tests. */
export const fixtureBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
export const fixtureText = (name: string): string => new TextDecoder().decode(fixtureBytes(name));
export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A csexport document around the given `<cs-object>`s. */
export const csObjects = (...objects: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<cs-objects>\n${objects.join("\n")}\n</cs-objects>\n`;

/** One `<cs-object>` with a pending delta of the given operation, and optional holograms. */
export function csObject(options: {
  dn: string;
  type?: string;
  operation?: string;
  delta?: string;
  before?: string;
  after?: string;
  ma?: string;
}): string {
  const { dn, type = "user", operation, delta = "", before, after, ma } = options;
  return [
    `<cs-object cs-dn="${dn}" id="{${dn}}" object-type="${type}">`,
    ma ? `<ma-name>${ma}</ma-name>` : "",
    operation ? `<unapplied-export><delta operation="${operation}" dn="${dn}">${delta}</delta></unapplied-export>` : "",
    before !== undefined ? `<synchronized-hologram><entry dn="${dn}">${before}</entry></synchronized-hologram>` : "",
    after !== undefined
      ? `<unapplied-export-hologram><entry dn="${dn}">${after}</entry></unapplied-export-hologram>`
      : "",
    `</cs-object>`,
  ].join("");
}

/** A string attribute with its values (`operation` on the attribute; value operations as `op:value`). */
export function attr(name: string, values: readonly string[], operation?: string): string {
  const inner = values
    .map((value) => {
      const match = /^(add|delete):(.*)$/s.exec(value);
      return match ? `<value operation="${match[1]}">${match[2]}</value>` : `<value>${value}</value>`;
    })
    .join("");
  return `<attr name="${name}"${operation ? ` operation="${operation}"` : ""} type="string" multivalued="${values.length > 1}">${inner}</attr>`;
}
