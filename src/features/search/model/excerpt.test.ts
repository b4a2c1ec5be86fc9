import { describe, expect, it } from "vitest";
import { EXCERPT_LENGTH, excerpt, highlight } from "./excerpt";
import type { TextSegment } from "./types";

const marked = (segments: TextSegment[]) =>
  segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join("");

describe("excerpts and highlighting", () => {
  it("marks every word whose search term matched, whatever its case or separators", () => {
    expect(marked(highlight("Up to 150,000 objects per domain; Objects count.", new Set(["150000", "objects"])))).toBe(
      "Up to [150,000] [objects] per domain; [Objects] count.",
    );
  });

  it("starts at the text's beginning when the match is near it", () => {
    expect(marked(excerpt("The ImmutableId attribute holds the anchor.", new Set(["immutableid"])))).toBe(
      "The [ImmutableId] attribute holds the anchor.",
    );
  });

  it("shows the passage around a match deep in a long text, with ellipses", () => {
    const filler = "Lorem ipsum dolor sit amet. ".repeat(20);
    const text = `${filler}Cloud sync handles 150,000 objects per domain. ${filler}`;
    const result = marked(excerpt(text, new Set(["150000"])));
    expect(result.startsWith("… ")).toBe(true);
    expect(result.endsWith(" …")).toBe(true);
    expect(result).toContain("Cloud sync handles [150,000] objects");
    expect(result.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 20);
  });

  it("prefers the passage that holds more of the matched terms", () => {
    const text = `Generic things first. ${"Filler words here. ".repeat(15)}The Generic LDAP connector reads LDAP v3.`;
    expect(marked(excerpt(text, new Set(["generic", "ldap"])))).toContain("The [Generic] [LDAP] connector");
  });

  it("falls back to the text's start when only the heading matched", () => {
    expect(marked(excerpt("Nothing to see here.", new Set(["absent"])))).toBe("Nothing to see here.");
  });
});
