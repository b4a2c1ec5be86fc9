// Files that are valid, or nearly, but unusual: each must read, or fail with its real reason.
import { describe, expect, it } from "vitest";
import { importFiles } from "./import-files";
import { decoderFor, parseExportFile } from "./parse-export-file";
import { isSystemFile } from "./system-files";
import { KeptTreeReader, MAX_DEPTH } from "./stream-xml";
import { keepForRoot } from "./read-export";
import { appleDouble, fixtureFile, fixtureFolder, inputFile, macZipOf, zipOf } from "./testing/fixture-files";

const WIN1252 = "{D5E6F708-1A2B-4C3D-8E4F-5A6B7C8D9E55}";
const COMMENTS = "{E6F70819-2A3B-4C4D-9E5F-6A7B8C9D0E56}";

const agentOf = (parsed: ReturnType<typeof parseExportFile>) => {
  if (!("read" in parsed) || parsed.read.kind !== "agent") throw new Error(JSON.stringify(parsed));
  return parsed.read.agent;
};
const problemOf = (parsed: ReturnType<typeof parseExportFile>) => ("problem" in parsed ? parsed.problem : undefined);
const encode = (text: string) => new TextEncoder().encode(text);
const agentText = (inside: string, declaration = "") =>
  `${declaration}<saved-ma-configuration><ma-data><id>{A}</id><name>n</name>${inside}</ma-data></saved-ma-configuration>`;

describe("the declared text encoding", () => {
  it("is honoured: a windows-1252 agent reads é and ’ (bytes 0xE9 and 0x92) as they were written", async () => {
    const file = fixtureFile(`encoding/MA-${WIN1252}.XML`);
    const bytes = await file.read();
    expect(bytes.includes(0x92)).toBe(true);
    const agent = agentOf(parseExportFile(file.name, bytes));
    expect(agent.name).toBe("Zoé’s Entra tenant");
    expect(agent.exportFlows.find((flow) => flow.target === "department")?.constant).toBe("Comptabilité d’entreprise");
  });

  it("reads iso-8859-15 as declared (0xA4 is €, not ¤)", () => {
    const bytes = new Uint8Array([
      ...encode(`<?xml version="1.0" encoding="ISO-8859-15"?>\n<saved-ma-configuration><ma-data><id>{A}</id><name>`),
      0xa4,
      ...encode(`</name></ma-data></saved-ma-configuration>`),
    ]);
    expect(agentOf(parseExportFile("MA-euro.XML", bytes)).name).toBe("€");
  });

  it("a byte order mark wins over the declaration", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...encode(agentText("<category>Café</category>", `<?xml version="1.0" encoding="windows-1252"?>`)),
    ]);
    expect(agentOf(parseExportFile("MA-bom.XML", bytes)).category).toBe("Café");
  });

  it("a declaration naming UTF-16 in bytes that are not UTF-16 (an editor re-saved it) reads as UTF-8", () => {
    const bytes = encode(agentText("<category>Café</category>", `<?xml version="1.0" encoding="utf-16"?>`));
    expect(agentOf(parseExportFile("MA-resaved.XML", bytes)).category).toBe("Café");
  });

  it("reads big-endian UTF-16 without a byte order mark", () => {
    const text = agentText("<category>日本</category>", `<?xml version="1.0" encoding="utf-16"?>`);
    const bytes = new Uint8Array(text.length * 2);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), false);
    expect(agentOf(parseExportFile("MA-be.XML", bytes)).category).toBe("日本");
  });

  it("an encoding this browser cannot decode gets a message naming the file and the encoding", () => {
    const bytes = encode(agentText("", `<?xml version="1.0" encoding="EBCDIC-CP-US"?>`));
    expect(decoderFor(bytes)).toEqual({ unknown: "ebcdic-cp-us" });
    const problem = problemOf(parseExportFile("MA-ebcdic.XML", bytes));
    expect(problem?.message).toBe(
      'MA-ebcdic.XML declares the text encoding "ebcdic-cp-us", which this browser cannot decode.',
    );
    expect(problem?.hint).toMatch(/save it as UTF-8/);
  });
});

describe("<schema> written where it is not a tag", () => {
  it("in comments, CDATA and a processing instruction, in and out of the schema block, the agent still reads", async () => {
    const file = fixtureFile(`schema-in-comment/MA-${COMMENTS}.XML`);
    const agent = agentOf(parseExportFile(file.name, await file.read()));
    expect(agent).toMatchObject({ id: COMMENTS, name: "Contoso LDAP", category: "Extensible2" });
    expect(agent.exportFlows).toEqual([
      {
        objectType: "inetOrgPerson",
        mvObjectType: "person",
        target: "description",
        kind: "constant",
        sources: [],
        constant: "see <schema> and </schema>",
      },
    ]);
    expect(agent.runProfiles).toEqual(["Full Import"]);
  });

  it("gives the same tree whatever the chunk size, every token split across chunks included", async () => {
    const text = new TextDecoder().decode(await fixtureFile(`schema-in-comment/MA-${COMMENTS}.XML`).read());
    const treeIn = (chunk: number) => {
      const reader = new KeptTreeReader(keepForRoot);
      for (let at = 0; at < text.length; at += chunk) reader.write(text.slice(at, at + chunk));
      return reader.close();
    };
    const whole = treeIn(text.length);
    for (const chunk of [1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 64]) expect(treeIn(chunk)).toEqual(whole);
  });

  it("a real schema block is still cut out unparsed, and a comment cannot hide its end", () => {
    const parsed = parseExportFile(
      "MA-x.XML",
      encode(agentText("<schema><broken<< <!-- a note --> </schema><category>AD</category><!-- </schema> -->")),
    );
    expect(agentOf(parsed).category).toBe("AD");
    expect(problemOf(parseExportFile("MA-y.XML", encode(agentText("<schema><!-- </schema> --><a>"))))?.message).toMatch(
      /unclosed tag: schema/,
    );
  });
});

describe("files macOS and Windows add", () => {
  it("are recognised by path: __MACOSX/, ._ files, .DS_Store, Thumbs.db, desktop.ini", () => {
    for (const path of [
      "__MACOSX/Export/._MA-{A}.XML",
      "Export/._MV.XML",
      "Export/.DS_Store",
      "x/Thumbs.db",
      "desktop.ini",
    ])
      expect(isSystemFile(path)).toBe(true);
    for (const path of ["Export/MA-{A}.XML", "MV.XML", "Export/notes.txt", "MACOSX/MV.XML"])
      expect(isSystemFile(path)).toBe(false);
  });

  it("a zip made by Finder reads like the folder, with no problem for its __MACOSX entries", async () => {
    const fromMac = await importFiles([macZipOf("server")], {});
    const plain = await importFiles([zipOf("server")], {});
    expect(fromMac.problems).toEqual([]);
    expect(fromMac.agents.map((agent) => agent.id).sort()).toEqual(plain.agents.map((agent) => agent.id).sort());
    expect(fromMac.metaverse?.deletionRules).toEqual(plain.metaverse?.deletionRules);
  });

  it("in a picked folder, they are skipped without a word", async () => {
    const files = [
      ...fixtureFolder("server"),
      inputFile("server/._MV.XML", appleDouble()),
      inputFile("server/.DS_Store", new Uint8Array([0, 0, 0, 1])),
      inputFile("server/Thumbs.db", new Uint8Array([0xd0, 0xcf])),
    ];
    const imported = await importFiles(files, {});
    expect(imported.problems).toEqual([]);
    expect(imported.agents).toHaveLength(3);
    expect(imported.files).toHaveLength(4);
  });
});

describe("a pathologically nested file", () => {
  it("100,000 nested elements: refused with the real reason and the file's name, not a disk error", async () => {
    const depth = 100_000;
    const text = agentText(
      `<export-attribute-flow>${"<export-flow-set>".repeat(depth)}${"</export-flow-set>".repeat(depth)}</export-attribute-flow>`,
    );
    const imported = await importFiles([inputFile("MA-{DEEP}.XML", encode(text)), ...fixtureFolder("server")], {});
    expect(imported.problems).toEqual([
      {
        file: "MA-{DEEP}.XML",
        message: `MA-{DEEP}.XML nests its elements more than ${MAX_DEPTH} deep (line 1); a server export nests about a dozen deep, so this file is not one, or it was damaged.`,
        hint: expect.stringMatching(/^Pick the MA-\{GUID\}\.XML/),
      },
    ]);
    // What else was picked is still read.
    expect(imported.agents).toHaveLength(3);
  });

  it("deep in a part the reader skips, too", () => {
    const text = agentText(`<ui-settings>${"<a>".repeat(5000)}${"</a>".repeat(5000)}</ui-settings>`);
    expect(problemOf(parseExportFile("MA-ui.XML", encode(text)))?.message).toMatch(/nests its elements more than/);
  });

  it("a real export's depth is far below the limit", async () => {
    const imported = await importFiles(fixtureFolder("server"), {});
    expect(imported.problems).toEqual([]);
  });
});

describe("a newer pick stops the reading", () => {
  it("once aborted, no further file is read", async () => {
    const controller = new AbortController();
    const asked: string[] = [];
    const files = fixtureFolder("server").map((file) => ({
      ...file,
      read: () => {
        asked.push(file.name);
        if (asked.length === 2) controller.abort();
        return file.read();
      },
    }));
    await importFiles(files, { signal: controller.signal });
    expect(asked).toHaveLength(2);
  });

  it("and no further entry of a zip is unpacked", async () => {
    const controller = new AbortController();
    const imported = await importFiles([zipOf("server")], {
      signal: controller.signal,
      // Called after each entry: the first is read, then a newer pick arrives.
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    expect(imported.files).toHaveLength(1);
  });
});

describe("chunk boundaries anywhere (property)", () => {
  it("any split of a file into chunks gives the tree of the whole file", async () => {
    const fc = await import("fast-check");
    const texts = await Promise.all(
      [
        `schema-in-comment/MA-${COMMENTS}.XML`,
        "server/MV.XML",
        "server/MA-{6F1C2A10-3B4D-4E5F-8A9B-0C1D2E3F4A51}.XML",
      ].map(async (path) => new TextDecoder().decode(await fixtureFile(path).read())),
    );
    const treeOf = (text: string, cuts: number[]) => {
      const reader = new KeptTreeReader(keepForRoot);
      let from = 0;
      for (const cut of [...new Set(cuts.map((c) => c % text.length))].sort((a, b) => a - b)) {
        reader.write(text.slice(from, cut));
        from = cut;
      }
      reader.write(text.slice(from));
      return reader.close();
    };
    const wholes = texts.map((text) => treeOf(text, []));
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(fc.nat(), { maxLength: 40 }), (index, cuts) => {
        expect(treeOf(texts[index]!, cuts)).toEqual(wholes[index]);
      }),
      { numRuns: 200 },
    );
  });
});
