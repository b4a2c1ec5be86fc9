// No DOM here on purpose: the reader must work where a Web Worker runs it, without DOMParser.
import { describe, expect, it } from "vitest";
import { importFiles } from "./import-files";
import { parseExportFile } from "./parse-export-file";
import { keepForRoot } from "./read-export";
import { KeptTreeReader, textContent, type XmlElement } from "./stream-xml";
import { fixtureFile, fixtureFolder, inputFile } from "./testing/fixture-files";

const encode = (text: string) => new TextEncoder().encode(text);
const problemOf = (name: string, text: string | Uint8Array) => {
  const parsed = parseExportFile(name, typeof text === "string" ? encode(text) : text);
  return "problem" in parsed ? parsed.problem : undefined;
};
const agentOf = (text: string | Uint8Array) => {
  const parsed = parseExportFile("x.xml", typeof text === "string" ? encode(text) : text);
  if (!("read" in parsed) || parsed.read.kind !== "agent") throw new Error(JSON.stringify(parsed));
  return parsed.read.agent;
};
const agent = (inside: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<saved-ma-configuration><ma-data><id>{A}</id><name>n</name>${inside}</ma-data></saved-ma-configuration>`;

function treeIn(text: string, chunk: number): XmlElement | undefined {
  const reader = new KeptTreeReader(keepForRoot);
  for (let at = 0; at < text.length; at += chunk) reader.write(text.slice(at, at + chunk));
  return reader.close();
}

describe("the streaming reader", () => {
  it("builds the same tree whatever the chunk size, a <schema> tag split across chunks included", async () => {
    const text = new TextDecoder().decode(
      await fixtureFile("server/MA-{6F1C2A10-3B4D-4E5F-8A9B-0C1D2E3F4A51}.XML").read(),
    );
    const whole = treeIn(text, text.length);
    expect(whole?.name).toBe("saved-ma-configuration");
    for (const chunk of [1, 2, 3, 5, 7, 8, 9, 64]) expect(treeIn(text, chunk)).toEqual(whole);
  });

  it("keeps only what the analysis reads", () => {
    const root = treeIn(
      agent(
        "<ui-settings><big>x</big></ui-settings><ma-run-data><run-configuration><name>Full</name><configuration><step><x/></step></configuration></run-configuration></ma-run-data>",
      ),
      16,
    )!;
    const data = root.children[0]!;
    expect(data.children.map((element) => element.name)).toEqual(["id", "name", "ma-run-data"]);
    const run = data.children[2]!.children[0]!;
    expect(run.children.map((element) => element.name)).toEqual(["name"]);
    expect(textContent(run)).toBe("Full");
  });

  it("never parses the schema, and keeps the file's line numbers after it", () => {
    const schema = `<schema>\n${"<dsml:class id='user'><broken<<\n".repeat(1000)}</schema>`;
    expect(agentOf(agent(`${schema}<category>AD</category>`)).category).toBe("AD");
    const problem = problemOf("MA-big.XML", agent(`${schema}\n<category>AD</categori>`));
    // Line 1 is the declaration, line 2 opens the agent, the schema takes 1001 more lines.
    expect(problem?.message).toBe("MA-big.XML is not well-formed XML (line 1004: unexpected close tag).");
  });

  it("decodes entities and character references in text and attributes, and CDATA", () => {
    const read = agentOf(
      agent(
        `<category>A&amp;D &#x41;&#65; &lt;x&gt;</category><export-attribute-flow><export-flow-set cd-object-type="us&quot;er" mv-object-type="person"><export-flow cd-attribute="c&apos;n"><constant-mapping><constant-value><![CDATA[<GB & more>]]></constant-value></constant-mapping></export-flow></export-flow-set></export-attribute-flow>`,
      ),
    );
    expect(read.category).toBe("A&D AA <x>");
    expect(read.exportFlows).toEqual([
      {
        objectType: 'us"er',
        mvObjectType: "person",
        target: "c'n",
        kind: "constant",
        sources: [],
        constant: "<GB & more>",
      },
    ]);
  });

  it("an undefined entity is not well-formed, named with its line", () => {
    expect(problemOf("MA-e.XML", agent("<category>&nbsp;</category>"))?.message).toMatch(
      /^MA-e\.XML is not well-formed XML \(line 2: undefined entity\)\.$/,
    );
  });

  it("malformed and truncated files get a message naming the file and the line", async () => {
    const malformed = await importFiles([fixtureFile("broken/malformed.xml")], {});
    expect(malformed.problems[0]!.message).toMatch(/^malformed\.xml is not well-formed XML \(line \d+: .+\)\.$/);
    const text = new TextDecoder().decode(
      await fixtureFile("single/MA-{C4D5E6F7-0812-4A3B-8C4D-5E6F70819A54}.XML").read(),
    );
    for (const cut of [0.3, 0.6, 0.95]) {
      const problem = problemOf("MA-cut.XML", text.slice(0, Math.floor(text.length * cut)));
      expect(problem?.message).toMatch(/^MA-cut\.XML is not well-formed XML \(line \d+: .+\)\.$/);
      expect(problem?.hint).toMatch(/Export it again/);
    }
    expect(problemOf("MA-open-schema.XML", agent("<schema><a>"))?.message).toMatch(/unclosed tag: schema/);
    expect(problemOf("blank.xml", '<?xml version="1.0"?>\n  \n')?.message).toBe("blank.xml is empty.");
    expect(problemOf("text.xml", "just text")?.message).toMatch(/^text\.xml is not well-formed XML \(line 1: /);
  });

  it("reads UTF-16 little and big endian, with or without a byte order mark, declaration naming UTF-16", () => {
    const text = agent("<category>Ünïcödé 日本 😀</category>").replace("utf-8", "utf-16");
    const utf16 = (bigEndian: boolean, bom: boolean) => {
      const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
      if (bom) bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < text.length; i += 1) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), !bigEndian);
      return bytes;
    };
    for (const bytes of [utf16(false, true), utf16(true, true), utf16(false, false)]) {
      expect(agentOf(bytes).category).toBe("Ünïcödé 日本 😀");
    }
    expect(agentOf(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(agent("<category>AD</category>"))])).category).toBe(
      "AD",
    );
  });

  it("reports bytes as it parses a big file, up to the total of every file", async () => {
    const schema = `<schema>${"<dsml:attribute-type id='x'><dsml:name>x</dsml:name></dsml:attribute-type>\n".repeat(50_000)}</schema>`;
    const big = encode(agent(`${schema}<category>AD</category>`));
    expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
    const seen: [number, number][] = [];
    const files = [inputFile("MA-big.XML", big), ...fixtureFolder("server")];
    const total = files.reduce((sum, file) => sum + file.size, 0);
    const result = await importFiles(files, { onBytes: (done, all) => seen.push([done, all]) });
    expect(result.problems).toEqual([]);
    expect(result.agents.find((read) => read.file === "MA-big.XML")?.category).toBe("AD");
    expect(seen[0]).toEqual([0, total]);
    expect(seen.at(-1)).toEqual([total, total]);
    // Several reports within the big file, never going back.
    expect(seen.filter(([done]) => done > 0 && done < big.length).length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });
});

describe("releasing finished elements (onClose)", () => {
  const records = `<records>${Array.from({ length: 50 }, (_, index) => `<record n="${index}"><v>${index}</v></record>`).join("")}</records>`;

  it("hears each kept element as it closes, with its depth, and a released one leaves its parent", () => {
    const heard: string[] = [];
    const reader = new KeptTreeReader(() => ({ record: true }), {
      onClose: (element, depth) => {
        if (element.name === "record") heard.push(`${element.attributes["n"]}@${depth}:${textContent(element)}`);
        return element.name === "record";
      },
    });
    for (let at = 0; at < records.length; at += 7) reader.write(records.slice(at, at + 7));
    const root = reader.close();
    expect(heard).toHaveLength(50);
    expect(heard[49]).toBe("49@1:49");
    expect(root?.children).toEqual([]);
  });

  it("keeps what onClose does not release", () => {
    const reader = new KeptTreeReader(() => ({ record: true }), { onClose: () => false });
    reader.write(records);
    expect(reader.close()?.children).toHaveLength(50);
  });
});
