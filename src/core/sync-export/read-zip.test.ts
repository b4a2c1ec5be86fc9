import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importFiles } from "./import-files";
import { MAX_FILE_BYTES, MAX_RATIO, listZipEntries, unpackZipEntry } from "./read-zip";
import { fixtureFolder, inputFile } from "./testing/fixture-files";

const encode = (text: string) => new TextEncoder().encode(text);
const fixtures = Object.fromEntries(
  fixtureFolder("server").map((file) => [file.name.replace(/^server\//, ""), file] as const),
);
const serverEntries = async () => {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, file] of Object.entries(fixtures)) entries[name] = await file.read();
  return entries;
};
/** 4 MB of zeros deflates to about 4 KB: the shape of a zip bomb. */
const zeros = () => new Uint8Array(4 * 1024 * 1024);

/** Rewrites the uncompressed size an entry's central directory record declares. */
function declareSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at < copy.length - 46; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength));
    if (name === entryName) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe("listing a zip", () => {
  it("lists only its XML entries, by name, and unpacks none of them", async () => {
    const zip = zipSync({ "notes.txt": encode("hello"), ...(await serverEntries()) });
    const { entries, refused } = listZipEntries(zip);
    expect(entries.map((entry) => entry.name)).toEqual(Object.keys(fixtures).sort((a, b) => a.localeCompare(b)));
    expect(refused).toEqual([]);
    for (const entry of entries) expect(unpackZipEntry(zip, entry)).toEqual(await fixtures[entry.name]!.read());
  });

  it("refuses an entry that would grow like a zip bomb, and reads the rest", async () => {
    const zip = zipSync({ "MA-bomb.XML": zeros(), ...(await serverEntries()) });
    expect(zeros().length / zipSync({ bomb: zeros() }).length).toBeGreaterThan(MAX_RATIO);
    const { entries, refused } = listZipEntries(zip);
    expect(refused).toEqual([{ name: "MA-bomb.XML", reason: "bomb" }]);
    expect(entries).toHaveLength(Object.keys(fixtures).length);
  });

  it("refuses an entry that declares more than a file may hold, before unpacking anything", () => {
    const zip = declareSize(zipSync({ "MA-big.XML": encode("<a/>") }), "MA-big.XML", MAX_FILE_BYTES + 1);
    expect(listZipEntries(zip).refused).toEqual([{ name: "MA-big.XML", reason: "too-big" }]);
  });

  it("stops adding entries once the archive's unpacked total would pass the limit", async () => {
    const zip = zipSync(await serverEntries());
    const sizes = listZipEntries(zip).entries.map((entry) => entry.unpackedBytes);
    const limits = {
      fileBytes: MAX_FILE_BYTES,
      ratio: MAX_RATIO,
      ratioFloorBytes: 0,
      unpackedBytes: sizes[0]! + sizes[1]!,
    };
    const { entries, refused } = listZipEntries(zip, limits);
    expect(entries).toHaveLength(2);
    expect(refused.map((entry) => entry.reason)).toEqual(sizes.slice(2).map(() => "over-total"));
  });

  it("never unpacks more than an entry declares: a lying size cuts the file off", () => {
    const xml = encode(`<saved-ma-configuration>${"<x/>".repeat(10_000)}</saved-ma-configuration>`);
    const zip = declareSize(zipSync({ "MA-1.XML": xml }), "MA-1.XML", 100);
    const [entry] = listZipEntries(zip).entries;
    expect(unpackZipEntry(zip, entry!)).toHaveLength(100);
  });
});

describe("reading a zip", () => {
  it("names a zip bomb for what it is, and still reads the export beside it", async () => {
    const zip = zipSync({ "Export/MA-bomb.XML": zeros(), ...(await serverEntries()) });
    const result = await importFiles([inputFile("export.zip", zip)], {});
    expect(result.agents).toHaveLength(3);
    expect(result.metaverse).toBeDefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.file).toBe("export.zip/Export/MA-bomb.XML");
    expect(result.problems[0]!.message).toMatch(/more than 500 times its packed size, as zip bombs do/);
    expect(result.problems[0]!.hint).toMatch(/zip bomb/);
  });

  it("an entry whose declared size is a lie fails as XML, naming the entry", async () => {
    const xml = await fixtures["MV.XML"]!.read();
    const zip = declareSize(zipSync({ "MV.XML": xml }), "MV.XML", 200);
    const result = await importFiles([inputFile("export.zip", zip)], {});
    expect(result.problems.map((problem) => problem.message)).toContainEqual(
      expect.stringMatching(/^export\.zip\/MV\.XML is not well-formed XML/),
    );
  });

  it("reports the bytes of the entries it unpacks, ending at their total", async () => {
    const zip = zipSync(await serverEntries());
    const total = listZipEntries(zip).entries.reduce((sum, entry) => sum + entry.unpackedBytes, 0);
    const seen: [number, number][] = [];
    await importFiles([inputFile("export.zip", zip)], { onBytes: (done, all) => seen.push([done, all]) });
    expect(seen[0]).toEqual([0, zip.length]);
    expect(seen.at(-1)).toEqual([total, total]);
  });
});
