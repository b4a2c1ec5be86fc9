import { textContent, type XmlElement } from "../sync-export/stream-xml";
import { child, children } from "../sync-export/xml-read";

/**
 * One `<cs-object>` of a csexport file, read into plain data. Where each name was learnt:
 * - Microsoft's FIM 2010 developer reference (learn.microsoft.com/previous-versions, "Connector
 *   Space Export XML" ms695329, `<cs-object>` ms695412, `<hologram>` ms696506): `<cs-objects>` as
 *   the outermost element; `cs-object` with `cs-dn`, `id`, `object-type`; its children
 *   unapplied-export, escrowed-export, unconfirmed-export, pending-import and their holograms; what
 *   each hologram is (quoted in the summary below).
 * - Microsoft Learn, "Microsoft Entra Connect: Staging server and disaster recovery" (its
 *   CSAnalyzer script): `cs-object` with attributes `id` and `object-type`; `unapplied-export` >
 *   `delta` with attributes `dn` and `operation`; `unapplied-export-hologram` > `entry` > `attr`
 *   with attribute `name` and `value` children (the script reads UPN, displayName, sourceAnchor,
 *   alias and proxyAddresses there).
 * - lithnet/miis-client (Models/CSObject): `cs-object` attribute `cs-dn`; children `ma-name`,
 *   `ma-id`, `last-import-delta-time`, `last-export-delta-time`, `unapplied-export/delta`,
 *   `escrowed-export/delta`, `unconfirmed-export/delta`, `pending-import/delta`,
 *   `synchronized-hologram/entry`, `unapplied-export-hologram/entry`; an entry or delta has `dn`
 *   (attribute), `anchor` (`encoding="base64"`), `primary-objectclass`, `objectclass/oc-value`,
 *   `attr` (`name`, `type`, `multivalued`, `operation`; `value` children with `operation` and
 *   `encoding`) and `dn-attr` (`name`, `multivalued`, `operation`; `dn-value` children with
 *   `operation`, each holding `dn` and `anchor`); delta operations none, add, replace, update,
 *   delete, obsolete, delete-add (DeltaOperationType.cs, and Docs/RunHistory.xsd).
 * - Carol Wapshere's PendingExports.ps1 (a MIM pending-exports report, found in public code): the
 *   synchronized hologram read as the current values, `unapplied-export/delta/@newdn` as a rename,
 *   value `operation` add/delete inside a multi-valued update, and a csexport file written with no
 *   line breaks (so a position in it is given in bytes, not lines).
 *
 * The synchronized hologram "reflects all imports that have been successfully run through the
 * synchronization process" (the "before"); the unapplied export hologram is the object "if all
 * the exports from the metaverse are successfully applied" but "not yet sent to the connected
 * data source" (the "after"), and the unapplied export delta the change between them, waiting to
 * be exported. The escrowed export hologram is the object "if all of the exports that are in
 * progress are applied" (Microsoft's `<hologram>` page, in quotes).
 */

export interface AttributeValues {
  readonly name: string;
  readonly reference: boolean;
  readonly values: readonly string[];
}

/** An entry: a hologram (the object's whole state at one moment). */
export interface Hologram {
  readonly dn: string;
  readonly anchor: string;
  readonly objectClass: string;
  /** By lower-case attribute name. */
  readonly attributes: ReadonlyMap<string, AttributeValues>;
}

export interface ValueChange {
  readonly value: string;
  /** The value's own operation in an update (add, delete); empty when not given. */
  readonly operation: string;
}

export interface AttributeChange {
  readonly name: string;
  /** add, replace, update or delete. */
  readonly operation: string;
  readonly reference: boolean;
  readonly values: readonly ValueChange[];
}

export interface Delta {
  /** As written: add, replace, update, delete, obsolete, delete-add (or none). */
  readonly operation: string;
  readonly dn: string;
  /** The DN after a rename (the delta's `newdn`), when the change moves or renames the object. */
  readonly newDn: string;
  readonly anchor: string;
  readonly objectClass: string;
  readonly changes: readonly AttributeChange[];
}

export interface CsObject {
  readonly id: string;
  readonly objectType: string;
  readonly dn: string;
  readonly maName: string;
  readonly maId: string;
  readonly anchor: string;
  readonly lastImport: string;
  readonly pending?: Delta;
  readonly escrowed?: Delta;
  readonly before?: Hologram;
  readonly after?: Hologram;
}

const trimmed = (element: XmlElement | undefined) => textContent(element).trim();

function valueText(element: XmlElement): string {
  // A dn-value holds its DN in a `dn` child; an attr value is its own text.
  const dn = child(element, "dn");
  return dn ? trimmed(dn) : textContent(element);
}

function readAttributes(entry: XmlElement): Map<string, AttributeValues> {
  const attributes = new Map<string, AttributeValues>();
  for (const element of entry.children) {
    const reference = element.name === "dn-attr";
    if (!reference && element.name !== "attr") continue;
    const name = element.attributes["name"] ?? "";
    if (!name) continue;
    const values = children(element, reference ? "dn-value" : "value").map(valueText);
    attributes.set(name.toLowerCase(), {
      name,
      reference: reference || element.attributes["type"] === "reference",
      values,
    });
  }
  return attributes;
}

export function readHologram(holder: XmlElement | undefined): Hologram | undefined {
  const entry = child(holder, "entry");
  if (!entry) return undefined;
  return {
    dn: entry.attributes["dn"] ?? "",
    anchor: trimmed(child(entry, "anchor")),
    objectClass: trimmed(child(entry, "primary-objectclass")),
    attributes: readAttributes(entry),
  };
}

export function readDelta(holder: XmlElement | undefined): Delta | undefined {
  const delta = child(holder, "delta");
  if (!delta) return undefined;
  const changes: AttributeChange[] = [];
  for (const element of delta.children) {
    const reference = element.name === "dn-attr";
    if (!reference && element.name !== "attr") continue;
    changes.push({
      name: element.attributes["name"] ?? "",
      operation: element.attributes["operation"] ?? "",
      reference: reference || element.attributes["type"] === "reference",
      values: children(element, reference ? "dn-value" : "value").map((value) => ({
        value: valueText(value),
        operation: value.attributes["operation"] ?? "",
      })),
    });
  }
  return {
    operation: (delta.attributes["operation"] ?? "").trim().toLowerCase(),
    dn: delta.attributes["dn"] ?? "",
    newDn: delta.attributes["newdn"] ?? "",
    anchor: trimmed(child(delta, "anchor")),
    objectClass: trimmed(child(delta, "primary-objectclass")),
    changes,
  };
}

export function readCsObject(element: XmlElement): CsObject {
  const pending = readDelta(child(element, "unapplied-export"));
  const escrowed = readDelta(child(element, "escrowed-export"));
  const before = readHologram(child(element, "synchronized-hologram"));
  const after = readHologram(child(element, "unapplied-export-hologram"));
  const objectType =
    element.attributes["object-type"] || pending?.objectClass || after?.objectClass || before?.objectClass || "";
  const dn = element.attributes["cs-dn"] || pending?.dn || after?.dn || before?.dn || "";
  const anchor = trimmed(child(element, "anchor")) || pending?.anchor || after?.anchor || before?.anchor || "";
  return {
    id: element.attributes["id"] ?? "",
    objectType,
    dn,
    maName: trimmed(child(element, "ma-name")),
    maId: trimmed(child(element, "ma-id")),
    anchor,
    lastImport: trimmed(child(element, "last-import-delta-time")),
    ...(pending ? { pending } : {}),
    ...(escrowed ? { escrowed } : {}),
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
  };
}
