import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  base64ToBytes,
  bytesToBase64,
  bytesToGuid,
  canonicalGuid,
  computeAnchor,
  guidToBytes,
  guidToImmutableId,
  immutableIdToGuid,
  isSixteenBytes,
} from "./anchor";

const hex = (bytes: Uint8Array | undefined) =>
  Array.from(bytes ?? [], (byte) => byte.toString(16).padStart(2, "0")).join(" ");
const guidArbitrary = fc.uuid({ version: [1, 2, 3, 4, 5, 6, 7, 8] });

describe("the anchor rules", () => {
  it("orders a GUID's bytes as .NET's Guid.ToByteArray() does: the first three groups little-endian", () => {
    expect(hex(guidToBytes("f1a2b3c4-d5e6-f7a8-b9c0-d1e2f3a4b5c6"))).toBe(
      "c4 b3 a2 f1 e6 d5 a8 f7 b9 c0 d1 e2 f3 a4 b5 c6",
    );
  });

  it("gives the ImmutableId an engine computes from objectGUID (base64 of those bytes)", () => {
    // [Convert]::ToBase64String([guid]'f1a2b3c4-d5e6-f7a8-b9c0-d1e2f3a4b5c6'.ToByteArray())
    expect(guidToImmutableId("f1a2b3c4-d5e6-f7a8-b9c0-d1e2f3a4b5c6")).toBe("xLOi8ebVqPe5wNHi86S1xg==");
    expect(immutableIdToGuid("xLOi8ebVqPe5wNHi86S1xg==")).toBe("f1a2b3c4-d5e6-f7a8-b9c0-d1e2f3a4b5c6");
  });

  it("tolerates braces and upper case, and refuses malformed GUIDs", () => {
    expect(canonicalGuid("{F1A2B3C4-D5E6-F7A8-B9C0-D1E2F3A4B5C6}")).toBe("f1a2b3c4-d5e6-f7a8-b9c0-d1e2f3a4b5c6");
    for (const bad of [
      "",
      "f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6",
      "{f1a2b3c4-d5e6-f7a8-b9c0-d1e2f3a4b5c6",
      "g1a2b3c4-d5e6-f7a8-b9c0-d1e2f3a4b5c6",
    ])
      expect(canonicalGuid(bad)).toBeUndefined();
  });

  it("round-trips any GUID through its ImmutableId", () => {
    fc.assert(
      fc.property(guidArbitrary, (guid) => {
        const immutableId = guidToImmutableId(guid);
        expect(immutableId).toBeDefined();
        expect(isSixteenBytes(immutableId!)).toBe(true);
        expect(immutableIdToGuid(immutableId!)).toBe(guid.toLowerCase());
      }),
    );
  });

  it("round-trips any 16 bytes through their GUID text", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(guidToBytes(bytesToGuid(bytes)!)).toEqual(bytes);
      }),
    );
  });

  it("reads base64 exactly as it writes it, and refuses what is not strict base64", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
    );
    for (const bad of [
      "abc",
      "ab=c",
      "a b c d",
      "xLOi8ebVqPe5wNHi86S1xg",
      "xLOi8ebVqPe5wNHi86S1xg==" + "=",
      "xLOi-ebVqPe5wNHi86S1xg==",
    ])
      expect(base64ToBytes(bad)).toBeUndefined();
  });

  it("says an ImmutableId of other than 16 bytes cannot come from a GUID", () => {
    expect(isSixteenBytes(bytesToBase64(new Uint8Array(15)))).toBe(false);
    expect(isSixteenBytes(bytesToBase64(new Uint8Array(17)))).toBe(false);
    expect(isSixteenBytes("alice@contoso.com")).toBe(false);
  });
});

describe("the anchor each target computes", () => {
  const objectGuidAnchor = guidToImmutableId("f1a2b3c4-d5e6-f7a8-b9c0-d1e2f3a4b5c6")!;
  const stamped = bytesToBase64(Uint8Array.from({ length: 16 }, (_, index) => index));

  it("is ms-DS-ConsistencyGuid when set for cloud sync and a new Connect Sync server, objectGUID otherwise", () => {
    for (const target of ["cloud-sync", "connect-sync-consistencyguid"] as const) {
      expect(computeAnchor({ objectGuidAnchor, consistencyGuid: stamped }, target)).toBe(stamped);
      expect(computeAnchor({ objectGuidAnchor, consistencyGuid: "" }, target)).toBe(objectGuidAnchor);
    }
  });

  it("is objectGUID always for a server anchored on objectGUID", () => {
    expect(computeAnchor({ objectGuidAnchor, consistencyGuid: stamped }, "connect-sync-objectguid")).toBe(
      objectGuidAnchor,
    );
    expect(computeAnchor({ objectGuidAnchor, consistencyGuid: "" }, "connect-sync-objectguid")).toBe(objectGuidAnchor);
  });
});
