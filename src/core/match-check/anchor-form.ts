import { base64ToBytes, bytesToGuid, canonicalGuid } from "./anchor";

/**
 * The forms an anchor value is found in. The engines store the base64 of 16 bytes (a GUID's
 * bytes); the old connector flowed whatever the customer's sync rules gave it, so a value can
 * be a GUID's text, hex, the base64 of some other length, or any string. Only the first form
 * can ever equal what a new engine computes.
 */
export const anchorForms = ["guid-bytes", "base64-other", "guid-text", "guid-hex", "text", "empty"] as const;
export type AnchorForm = (typeof anchorForms)[number];

export interface AnchorDescription {
  readonly form: AnchorForm;
  /** The GUID the value carries (its 16 bytes in Guid.ToByteArray() order, or its text), when it carries one. */
  readonly guid?: string;
  /** Whether a new engine's computed anchor can ever equal this value. */
  readonly comparable: boolean;
}

export const anchorFormNames: Record<AnchorForm, string> = {
  "guid-bytes": "base64 of 16 bytes (the form the engines compute)",
  "base64-other": "base64 of another length (not a GUID)",
  "guid-text": "a GUID's text, not its bytes",
  "guid-hex": "a GUID as 32 hex digits, not base64",
  text: "text that is not base64",
  empty: "empty",
};

const HEX_32 = /^[0-9a-f]{32}$/i;

/** What form an anchor value is in, and the GUID behind it where there is one. */
export function describeAnchor(value: string): AnchorDescription {
  const trimmed = value.trim();
  if (trimmed === "") return { form: "empty", comparable: false };
  const bytes = base64ToBytes(trimmed);
  if (bytes?.length === 16) return { form: "guid-bytes", guid: bytesToGuid(bytes), comparable: true };
  const guid = canonicalGuid(trimmed);
  if (guid) return { form: "guid-text", guid, comparable: false };
  if (HEX_32.test(trimmed)) {
    // Hex of the stored bytes (the order AD keeps objectGUID in), as an octet-string dump writes it.
    const hexBytes = Uint8Array.from(trimmed.match(/../g)!, (pair) => parseInt(pair, 16));
    return { form: "guid-hex", guid: bytesToGuid(hexBytes), comparable: false };
  }
  if (bytes) return { form: "base64-other", comparable: false };
  return { form: "text", comparable: false };
}
