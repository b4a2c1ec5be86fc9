import type { AttributeChange, CsObject, Hologram } from "./cs-object";

/** Reading identities and values out of an object's holograms and delta. */

export interface Identity {
  readonly userPrincipalName?: string;
  readonly primarySmtp?: string;
  readonly displayName?: string;
  readonly mail?: string;
}

/** The first value of an attribute: after the export, else in the delta (an add), else before it. */
function firstValue(object: CsObject, name: string): string {
  const lower = name.toLowerCase();
  const fromHologram = (hologram: Hologram | undefined) => hologram?.attributes.get(lower)?.values[0];
  const fromDelta = object.pending?.changes.find(
    (change) => change.name.toLowerCase() === lower && change.operation !== "delete",
  )?.values[0]?.value;
  return (fromHologram(object.after) ?? fromDelta ?? fromHologram(object.before) ?? "").trim();
}

/** Every value of an attribute, from the same places in the same order. */
function allValues(object: CsObject, name: string): readonly string[] {
  const lower = name.toLowerCase();
  const after = object.after?.attributes.get(lower)?.values;
  if (after) return after;
  const delta = object.pending?.changes.find((change) => change.name.toLowerCase() === lower);
  if (delta && delta.operation !== "delete")
    return delta.values.filter((value) => value.operation !== "delete").map((value) => value.value);
  return object.before?.attributes.get(lower)?.values ?? [];
}

/**
 * The primary SMTP address: the `proxyAddresses` value with the upper-case `SMTP:` prefix (the
 * primary one; secondary addresses are written `smtp:`), else `mail`.
 */
export function primarySmtpOf(proxyAddresses: readonly string[], mail: string): string {
  const primary = proxyAddresses.find((value) => value.startsWith("SMTP:"));
  return (primary ? primary.slice(5) : mail).trim();
}

export function identityOf(object: CsObject): Identity {
  const userPrincipalName = firstValue(object, "userPrincipalName");
  const mail = firstValue(object, "mail");
  const primarySmtp = primarySmtpOf(allValues(object, "proxyAddresses"), mail);
  const displayName = firstValue(object, "displayName");
  return {
    ...(userPrincipalName ? { userPrincipalName } : {}),
    ...(primarySmtp ? { primarySmtp } : {}),
    ...(displayName ? { displayName } : {}),
    ...(mail ? { mail } : {}),
  };
}

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/**
 * An anchor as a key: trimmed, and lower-cased only when it is a GUID's text. Base64 is
 * case-sensitive: lower-casing it would make two different anchors one key, and a delete of one
 * object look like a delete of another.
 */
export function anchorKey(value: string): string {
  const key = value.trim();
  return GUID.test(key) ? key.toLowerCase() : key;
}

/** The identity's names lower-cased (UPNs and SMTP addresses ignore case), the anchors as anchorKey; no empties or repeats. */
export function keysOf(identity: Identity, anchors: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const value of [identity.userPrincipalName, identity.primarySmtp, identity.mail]) {
    const key = value?.trim().toLowerCase();
    if (key) keys.add(key);
  }
  for (const value of anchors) {
    const key = anchorKey(value);
    if (key) keys.add(key);
  }
  return [...keys];
}

/**
 * An attribute's values once the pending change is exported: the unapplied export hologram when
 * the file has it; otherwise worked out from the values before and the change (replace and add
 * set the values given, delete clears, update adds and removes the values marked so).
 */
export function afterValues(object: CsObject, change: AttributeChange, before: readonly string[]): string[] {
  const hologram = object.after?.attributes.get(change.name.toLowerCase());
  if (hologram) return [...hologram.values];
  if (object.after) return []; // the hologram is there and the attribute is not: it has no value after
  if (change.operation === "delete") return [];
  if (change.operation === "update") {
    const removed = new Set(change.values.filter((value) => value.operation === "delete").map((value) => value.value));
    const kept = before.filter((value) => !removed.has(value));
    const added = change.values.filter((value) => value.operation !== "delete").map((value) => value.value);
    return [...kept, ...added.filter((value) => !kept.includes(value))];
  }
  return change.values.map((value) => value.value);
}
