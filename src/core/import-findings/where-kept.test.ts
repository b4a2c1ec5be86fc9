import { describe, expect, it } from "vitest";
import { whereKeptSentence } from "./where-kept";

describe("where the findings are kept, in words", () => {
  it("says this browser only when localStorage took them", () => {
    expect(whereKeptSentence("saved")).toMatch(/kept in this browser only/);
  });

  it("never says this browser when only the tab or the page keeps them", () => {
    expect(whereKeptSentence("tab")).toMatch(/in this tab only, until you close it/);
    expect(whereKeptSentence("page")).toMatch(/on this page only, until it is reloaded or left/);
    for (const where of ["tab", "page"] as const) expect(whereKeptSentence(where)).not.toMatch(/in this browser only/);
  });
});
