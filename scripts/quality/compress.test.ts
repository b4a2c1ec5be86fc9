import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { compressTree } from "./compress.js";

describe("precompression", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "compress-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a .gz beside each text file where it saves bytes, in every folder, and leaves others alone", () => {
    const text = "<p>the same words again and again</p>".repeat(50);
    mkdirSync(path.join(dir, "guide"));
    writeFileSync(path.join(dir, "index.html"), text);
    writeFileSync(path.join(dir, "guide", "page.data"), text);
    writeFileSync(path.join(dir, "tiny.js"), "x");
    writeFileSync(path.join(dir, "favicon.png"), text);

    const summary = compressTree(dir);

    expect(gunzipSync(readFileSync(path.join(dir, "index.html.gz"))).toString()).toBe(text);
    expect(existsSync(path.join(dir, "guide", "page.data.gz"))).toBe(true);
    expect(existsSync(path.join(dir, "tiny.js.gz"))).toBe(false);
    expect(existsSync(path.join(dir, "favicon.png.gz"))).toBe(false);
    expect(summary.files).toBe(2);
  });
});
