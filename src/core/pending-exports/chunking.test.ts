import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PendingExportReader, readPendingExport, readPendingExportBytes } from ".";
import { fixtureBytes } from "./testing/fixtures";

const bytes = fixtureBytes("connect-sync-entra.xml");
const text = new TextDecoder().decode(bytes);
const whole = readPendingExportBytes("pending.xml", bytes);

/** Cut points within a length, sorted, as fast-check draws them. */
const cuts = (length: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: length - 1 }), { maxLength: 40 })
    .map((points) => points.sort((a, b) => a - b));

function pieces<T extends { slice(start: number, end?: number): T }>(value: T, length: number, points: number[]): T[] {
  const ends = [...points, length];
  return ends.map((end, index) => value.slice(index === 0 ? 0 : (ends[index - 1] ?? 0), end));
}

describe("the summary does not depend on how the file arrives", () => {
  it("is the same whatever the byte chunks (a multi-byte character or a tag split included)", async () => {
    await fc.assert(
      fc.asyncProperty(cuts(bytes.length), async (points) => {
        const chunks = pieces(bytes, bytes.length, points);
        const summary = await readPendingExport({ name: "pending.xml", chunks });
        expect(summary).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it("is the same whatever the text chunks given to PendingExportReader", () => {
    fc.assert(
      fc.property(cuts(text.length), (points) => {
        const reader = new PendingExportReader("pending.xml");
        for (const piece of pieces(text, text.length, points)) reader.write(piece);
        expect(reader.close()).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it("splits a multi-byte character across chunks without harm", async () => {
    const zoe = new TextEncoder().encode(text.replaceAll("Nadia Okafor", "Zoë Ødegård"));
    const expected = readPendingExportBytes("pending.xml", zoe);
    expect(expected.counts[0]!.rows[0]!.displayName).toBe("Zoë Ødegård");
    const at = zoe.indexOf(0xc3);
    const summary = await readPendingExport({
      name: "pending.xml",
      chunks: [zoe.subarray(0, at + 1), zoe.subarray(at + 1)],
    });
    expect(summary).toEqual(expected);
  });
});
