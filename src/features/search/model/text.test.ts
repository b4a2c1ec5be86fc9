import { describe, expect, it } from "vitest";
import { processTerm, termsOf, tokenize } from "./text";

describe("search terms", () => {
  it("splits text on spaces and punctuation", () => {
    expect(tokenize("Source anchor (ms-DS-ConsistencyGuid): objectGUID.")).toEqual([
      "Source",
      "anchor",
      "ms",
      "DS",
      "ConsistencyGuid",
      "objectGUID",
    ]);
  });

  it("keeps a number's thousands separators and a version's dots inside one token", () => {
    expect(tokenize("Up to 150,000 objects, version 2.5.79.0 or later.")).toEqual([
      "Up",
      "to",
      "150,000",
      "objects",
      "version",
      "2.5.79.0",
      "or",
      "later",
    ]);
  });

  it("reads 150,000, 150000 and 150K as the same term", () => {
    expect(processTerm("150,000")).toBe("150000");
    expect(processTerm("150000")).toBe("150000");
    expect(processTerm("150K")).toBe("150000");
  });

  it("lower-cases terms and drops diacritics", () => {
    expect(processTerm("ImmutableId")).toBe("immutableid");
    expect(processTerm("Café")).toBe("cafe");
  });

  it("drops stop words from documents and queries alike", () => {
    expect(termsOf("FIM Connector for the Microsoft Entra ID")).toEqual([
      "fim",
      "connector",
      "microsoft",
      "entra",
      "id",
    ]);
  });
});
