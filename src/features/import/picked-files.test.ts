import { describe, expect, it } from "vitest";
import { emptyPickMessage } from "./picked-files";

const file = (name: string) => ({ name, blob: new File(["<"], name) });

describe("a pick with nothing to read", () => {
  it("an empty folder from the folder picker (browsers give no name then) says what to pick instead", () => {
    expect(emptyPickMessage({ via: "folder", files: [], names: [] })).toBe(
      "The folder you picked holds no file at all. Pick the folder that File → Export Server Configuration wrote (it holds one MA-{GUID}.XML file per management agent and MV.XML), or pick those files, or a zip of the folder.",
    );
  });

  it("a dropped empty folder is named", () => {
    expect(emptyPickMessage({ via: "drop", files: [], names: ["Export/"] })).toMatch(
      /^What you dropped \("Export\/"\) holds no file at all\. Pick the folder that File → Export Server Configuration wrote/,
    );
  });

  it("a drop of no file at all (text, a link)", () => {
    expect(emptyPickMessage({ via: "drop", files: [], names: [] })).toMatch(
      /^What you dropped holds no file \(perhaps text or a link was dropped\)\./,
    );
  });

  it("a folder holding only .DS_Store and AppleDouble files is named, with what it holds", () => {
    const files = [file("Export/.DS_Store"), file("Export/._MV.XML")];
    expect(emptyPickMessage({ via: "folder", files, names: ["Export"] })).toMatch(
      /^The folder "Export" holds only files the system adds \(\.DS_Store, \._MV\.XML\), no export file\. Pick/,
    );
  });

  it("any other file is something to read (its own problems are reported when read)", () => {
    expect(emptyPickMessage({ via: "folder", files: [file("Export/notes.txt")], names: ["Export"] })).toBeUndefined();
    expect(emptyPickMessage({ via: "files", files: [file("MV.XML")], names: ["MV.XML"] })).toBeUndefined();
  });
});
