import type { AdUser, MatchTarget, ObjectKind } from "./types";

const GUID = /^\{?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Where each of the 16 bytes comes from in the GUID's 32 hex digits (dashes removed). */
const BYTE_ORDER = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

/** Canonical lower-case text of a GUID (braces tolerated), or undefined when malformed. */
export function canonicalGuid(text: string): string | undefined {
  const trimmed = text.trim();
  const match = GUID.exec(trimmed);
  if (!match) return undefined;
  if (trimmed.startsWith("{") !== trimmed.endsWith("}")) return undefined;
  return match.slice(1, 6).join("-").toLowerCase();
}

/**
 * The 16 bytes .NET's Guid.ToByteArray() gives: the first three groups little-endian, the last
 * two as written. That is the order AD stores objectGUID in, and the bytes Entra's ImmutableId
 * carries when it was made from objectGUID.
 */
export function guidToBytes(text: string): Uint8Array | undefined {
  const guid = canonicalGuid(text);
  if (!guid) return undefined;
  const hex = guid.replace(/-/g, "");
  const bytes = new Uint8Array(16);
  for (let index = 0; index < 16; index += 1) {
    const at = BYTE_ORDER[index]! * 2;
    bytes[index] = parseInt(hex.slice(at, at + 2), 16);
  }
  return bytes;
}

/** The GUID text of 16 bytes in Guid.ToByteArray() order (the inverse of guidToBytes). */
export function bytesToGuid(bytes: Uint8Array): string | undefined {
  if (bytes.length !== 16) return undefined;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0"));
  const group = (from: number, to: number, reverse: boolean) => {
    const part = hex.slice(from, to);
    return (reverse ? part.reverse() : part).join("");
  };
  return [group(0, 4, true), group(4, 6, true), group(6, 8, true), group(8, 10, false), group(10, 16, false)].join("-");
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard, padded base64 (what [Convert]::ToBase64String writes); by table, as it runs once per user. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = "";
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const n = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const left = bytes.length - index;
  if (left === 1) {
    const n = bytes[index]! << 16;
    out += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}==`;
  } else if (left === 2) {
    const n = (bytes[index]! << 16) | (bytes[index + 1]! << 8);
    out += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}${ALPHABET[(n >> 6) & 63]!}=`;
  }
  return out;
}

/** The bytes of strict, padded base64 (what PowerShell's [Convert]::ToBase64String writes), else undefined. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The ImmutableId an engine computes from objectGUID. */
export function guidToImmutableId(guid: string): string | undefined {
  const bytes = guidToBytes(guid);
  return bytes && bytesToBase64(bytes);
}

/** The objectGUID behind an ImmutableId, when it is the base64 of exactly 16 bytes. */
export function immutableIdToGuid(immutableId: string): string | undefined {
  const bytes = base64ToBytes(immutableId);
  return bytes && bytesToGuid(bytes);
}

/** Whether an ImmutableId is the base64 of exactly 16 bytes (an anchor a GUID can carry). */
export function isSixteenBytes(immutableId: string): boolean {
  return base64ToBytes(immutableId)?.length === 16;
}

/**
 * Whether the target reads ms-DS-ConsistencyGuid for this kind of object. Cloud sync does for
 * every kind it syncs (ms-DS-ConsistencyGuid when set, else objectGUID: plan-cloud-sync-topologies;
 * its pilot tutorial has groups hard-match through it). Connect Sync's ConsistencyGuid feature uses it
 * "for User objects. ObjectGUID is used for other object types" (plan-connect-design-concepts).
 * A server anchored on objectGUID never reads it.
 */
export function readsConsistencyGuid(kind: ObjectKind, target: MatchTarget): boolean {
  if (target === "connect-sync-objectguid") return false;
  if (target === "connect-sync-consistencyguid") return kind === "user";
  return true;
}

/**
 * The anchor the target computes for a user (or group or contact), as Entra stores it: where the
 * target reads ms-DS-ConsistencyGuid for that kind, the attribute when it is set and objectGUID
 * otherwise; elsewhere objectGUID always.
 */
export function computeAnchor(
  object: Pick<AdUser, "objectGuidAnchor" | "consistencyGuid">,
  target: MatchTarget,
  kind: ObjectKind = "user",
): string {
  if (!readsConsistencyGuid(kind, target)) return object.objectGuidAnchor;
  return object.consistencyGuid !== "" ? object.consistencyGuid : object.objectGuidAnchor;
}
