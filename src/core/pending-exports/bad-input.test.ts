import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readPendingExport, readPendingExportBytes, type PendingExportSummary } from ".";
import { csObject, csObjects, encode, fixtureBytes, fixtureText } from "./testing/fixtures";

const syncExportFixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../sync-export/fixtures/${path}`, import.meta.url)));
const problemOf = (summary: PendingExportSummary) => {
  expect(summary.problems).toHaveLength(1);
  return summary.problems[0]!;
};
const utf16le = (text: string, bom: boolean) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    bytes[(bom ? 2 : 0) + at * 2] = code & 0xff;
    bytes[(bom ? 2 : 0) + at * 2 + 1] = code >> 8;
  }
  return bytes;
};
const utf16be = (text: string) => {
  const little = utf16le(text, true);
  const big = new Uint8Array(little.length);
  for (let at = 0; at < little.length; at += 2) [big[at], big[at + 1]] = [little[at + 1]!, little[at]!];
  return big;
};

describe("files that are not a csexport", () => {
  it("names a FIM/MIM server configuration export and says what to export instead", () => {
    const problem = problemOf(
      readPendingExportBytes("MA.XML", syncExportFixture("server/MA-{6F1C2A10-3B4D-4E5F-8A9B-0C1D2E3F4A51}.XML")),
    );
    expect(problem).toMatchObject({ file: "MA.XML", kind: "not-csexport" });
    expect(problem.message).toMatch(/^MA\.XML is a FIM\/MIM server configuration export/);
    expect(problem.hint).toMatch(/csexport "<connector name>" pending\.xml \/f:x/);
  });

  it("names a Connect Sync connector export and a Connect Sync JSON", () => {
    const connector = readPendingExportBytes(
      "Connector.xml",
      syncExportFixture("connect-sync-configuration/Connector_{b891884f-051e-4a83-95af-2544101c9083}.xml"),
    );
    expect(problemOf(connector).message).toMatch(/Microsoft Entra Connect Sync configuration export/);
    const json = readPendingExportBytes("settings.json", encode('{\n  "GlobalSettings": { "Parameters": [] }\n}'));
    expect(problemOf(json)).toMatchObject({ file: "settings.json", kind: "not-csexport" });
  });

  it("names an LDIF file, a CSV and other JSON", () => {
    const ldif = readPendingExportBytes("users.ldf", encode("version: 1\ndn: CN=a,DC=x\nobjectClass: user\n"));
    expect(problemOf(ldif)).toMatchObject({
      kind: "not-xml",
      message: "users.ldf is an LDIF file, not a connector space export (csexport writes XML).",
    });
    const csv = readPendingExportBytes("x.csv", encode("DN,Operation\nCN=a,add\n"));
    expect(problemOf(csv).message).toMatch(/^x\.csv is a CSV or text file/);
    expect(problemOf(readPendingExportBytes("x.json", encode('{"a":1}'))).message).toMatch(/a JSON file/);
  });

  it("names XML with another root", () => {
    const problem = problemOf(readPendingExportBytes("x.xml", encode("<?xml version='1.0'?><root><a/></root>")));
    expect(problem.message).toBe(
      "x.xml is XML, but not a connector space export: its root element is <root>, not <cs-objects>.",
    );
  });

  it("says an empty file is empty, and a file of white space too", () => {
    expect(problemOf(readPendingExportBytes("e.xml", new Uint8Array()))).toMatchObject({
      kind: "empty",
      message: "e.xml is empty.",
    });
    expect(problemOf(readPendingExportBytes("w.xml", encode("  \n  "))).kind).toBe("empty");
  });

  it("says a csexport with no objects has nothing pending", () => {
    const problem = problemOf(readPendingExportBytes("n.xml", encode(csObjects())));
    expect(problem.kind).toBe("no-pending-delta");
  });
});

describe("a damaged csexport", () => {
  const text = fixtureText("connect-sync-entra.xml");
  const cut = text.slice(0, text.indexOf("<cs-object", text.indexOf('CN={6F6C64}" id')) + 200);

  it("keeps what was read before the file was cut off, marked partial, and says how far it got", () => {
    const summary = readPendingExportBytes("cut.xml", encode(cut));
    const problem = problemOf(summary);
    expect(problem.kind).toBe("truncated");
    expect(problem.message).toMatch(/^cut\.xml ends before its XML is complete \(at line \d+/);
    expect(problem.message).toMatch(/The 4 objects before that point are shown/);
    expect(summary.partial).toBe(true);
    expect(summary.objects).toBe(4);
    expect(summary.readUpTo!.bytes).toBe(encode(cut).length);
    expect(summary.readUpTo!.line).toBeGreaterThan(50);
  });

  it("says how far into a one-line file (as csexport writes it) reading got, in bytes", () => {
    const oneLine = text.replace(/\n\s*/g, "");
    const cutAt = oneLine.indexOf("<cs-object", oneLine.indexOf('CN={6F6C64}" id')) + 50;
    const problem = problemOf(readPendingExportBytes("cut.xml", encode(oneLine.slice(0, cutAt))));
    expect(problem.message).toMatch(
      new RegExp(`at line 1, ${encode(oneLine.slice(0, cutAt)).length} bytes into the file`),
    );
  });

  it("says where XML stops being well-formed, and keeps what came before", () => {
    const broken = text.replace('<cs-object cs-dn="CN={6F6C64}"', '<cs-object cs-dn="CN={6F6C64}" <oops');
    const summary = readPendingExportBytes("broken.xml", encode(broken));
    expect(problemOf(summary).message).toMatch(/^broken\.xml is not well-formed XML at line \d+/);
    expect(summary.objects).toBe(3);
    expect(summary.partial).toBe(true);
  });

  it("refuses nesting a csexport never has", () => {
    const deep = `<cs-objects>${"<a>".repeat(1200)}`;
    expect(problemOf(readPendingExportBytes("deep.xml", encode(deep))).kind).toBe("too-deep");
  });
});

describe("encodings", () => {
  const xml = csObjects(csObject({ dn: "CN=Zoë", operation: "add" }));
  const expected = readPendingExportBytes("x.xml", encode(xml));

  it("reads UTF-16 with a byte order mark, little- or big-endian, its declaration saying UTF-16", () => {
    const declared = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    expect(readPendingExportBytes("x.xml", utf16le(declared, true))).toEqual(expected);
    expect(readPendingExportBytes("x.xml", utf16be(declared))).toEqual(expected);
  });

  it("reads UTF-16 without a byte order mark", () => {
    expect(readPendingExportBytes("x.xml", utf16le(xml, false))).toEqual(expected);
  });

  it("reads UTF-8 with a byte order mark", () => {
    expect(readPendingExportBytes("x.xml", new Uint8Array([0xef, 0xbb, 0xbf, ...encode(xml)]))).toEqual(expected);
  });

  it("names an encoding this browser cannot decode", () => {
    const problem = problemOf(readPendingExportBytes("x.xml", encode(xml.replace("UTF-8", "x-klingon"))));
    expect(problem).toMatchObject({ kind: "encoding" });
    expect(problem.message).toMatch(/x-klingon/);
  });
});

describe("zip archives", () => {
  const pending = fixtureBytes("connect-sync-entra.xml");
  const expected = readPendingExportBytes("pending.xml", pending);

  it("reads the csexport inside a zip, named archive › entry", async () => {
    const zip = zipSync({ "pending.xml": pending, "readme.txt": strToU8("hello") });
    const summary = readPendingExportBytes("pending.zip", zip);
    expect(summary.file).toBe("pending.zip › pending.xml");
    expect({ ...summary, file: "" }).toEqual({ ...expected, file: "" });
    const streamed = await readPendingExport({
      name: "pending.zip",
      chunks: [zip.subarray(0, 100), zip.subarray(100)],
    });
    expect(streamed).toEqual(summary);
  });

  it("reads a stored (uncompressed) entry too", () => {
    const zip = zipSync({ "pending.xml": [pending, { level: 0 }] });
    expect(readPendingExportBytes("p.zip", zip).counts).toEqual(expected.counts);
  });

  it("says a zip with no XML file has none", () => {
    const problem = problemOf(readPendingExportBytes("p.zip", zipSync({ "a.txt": strToU8("x") })));
    expect(problem).toMatchObject({
      file: "p.zip",
      kind: "zip-no-xml",
      message: "p.zip is a zip archive with no XML file in it.",
    });
  });

  it("refuses a zip bomb before unpacking it", () => {
    const zip = zipSync({ "bomb.xml": new Uint8Array(8 * 1024 * 1024) });
    const problem = problemOf(readPendingExportBytes("bomb.zip", zip));
    expect(problem.kind).toBe("zip-refused");
    expect(problem.message).toMatch(/more than 500 times its packed size/);
    expect(problem.hint).toMatch(/zip bomb/);
  });

  it("says a damaged zip cannot be opened", () => {
    const zip = zipSync({ "pending.xml": pending });
    const problem = problemOf(readPendingExportBytes("bad.zip", zip.subarray(0, zip.length - 30)));
    expect(problem).toMatchObject({ file: "bad.zip", kind: "zip-unreadable" });
  });

  it("reads the first XML file and says the others were left", () => {
    const zip = zipSync({ "a.xml": pending, "b.xml": pending });
    const summary = readPendingExportBytes("two.zip", zip);
    expect(summary.counts).toEqual(expected.counts);
    expect(problemOf(summary).message).toBe("two.zip holds 2 XML files; only a.xml was read.");
  });
});

describe("a read that fails part-way", () => {
  it("keeps what was read and names the file", async () => {
    const bytes = fixtureBytes("connect-sync-entra.xml");
    async function* failing() {
      yield bytes.subarray(0, 6000);
      throw new Error("NotReadableError");
    }
    const summary = await readPendingExport({ name: "pending.xml", chunks: failing() });
    expect(problemOf(summary).message).toMatch(/^pending\.xml could not be read to the end \(NotReadableError\)/);
    expect(summary.objects).toBeGreaterThan(0);
  });
});
