import { createReadStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPendingExport } from "../../src/core/pending-exports";
import { writeSyntheticPendingExport } from "./pending-export.js";

describe("the bench's synthetic csexport", () => {
  it("is read by the real reader with no problem, and counts as the generator wrote it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ema-pending-test-"));
    try {
      const written = await writeSyntheticPendingExport(path.join(dir, "pending.xml"), { bytes: 600 * 1024 });
      const summary = await readPendingExport({
        name: "pending.xml",
        chunks: createReadStream(written.file, { highWaterMark: 64 * 1024 }),
      });
      expect(summary.problems).toEqual([]);
      expect(summary.objects).toBe(written.objects);
      expect(
        Object.fromEntries(summary.counts.map((count) => [`${count.objectType}:${count.operation}`, count.count])),
      ).toEqual(written.counts);
      expect(summary.attributes.map((attribute) => attribute.name)).toContain("proxyAddresses");
      expect(summary.attributes.find((attribute) => attribute.name === "member")?.reference).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is the same file every time", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ema-pending-test-"));
    try {
      const first = await writeSyntheticPendingExport(path.join(dir, "a.xml"), { bytes: 100 * 1024 });
      const second = await writeSyntheticPendingExport(path.join(dir, "b.xml"), { bytes: 100 * 1024 });
      expect(readFileSync(second.file)).toEqual(readFileSync(first.file));
      expect(second.counts).toEqual(first.counts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
