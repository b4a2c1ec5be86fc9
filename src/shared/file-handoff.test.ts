import { describe, expect, it } from "vitest";
import { handOverFiles, takeHandedFiles } from "./file-handoff";

const file = (name: string) => new File(["<cs-objects/>"], name);

describe("handing files to another page", () => {
  it("gives the files to the page they were handed to, once", () => {
    const files = [file("export.xml")];
    handOverFiles("/pending-exports", { from: "Check matching", files });
    expect(takeHandedFiles("/pending-exports")).toEqual({ from: "Check matching", files });
    expect(takeHandedFiles("/pending-exports")).toBeUndefined();
  });

  it("gives nothing to another page, and keeps them for the right one", () => {
    handOverFiles("/pending-exports", { from: "Read your sync server", files: [file("a.xml")] });
    expect(takeHandedFiles("/match")).toBeUndefined();
    expect(takeHandedFiles("/pending-exports")?.files.map((handed) => handed.name)).toEqual(["a.xml"]);
  });

  it("keeps only the latest hand-over", () => {
    handOverFiles("/pending-exports", { from: "Check matching", files: [file("old.xml")] });
    handOverFiles("/pending-exports", { from: "Check matching", files: [file("new.xml")] });
    expect(takeHandedFiles("/pending-exports")?.files.map((handed) => handed.name)).toEqual(["new.xml"]);
  });
});
