import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headingsWithIds } from "../../src/shared/content/heading-ids.js";
import { guideSlugs } from "../../src/shared/guide-pages";
import { guidePageSections } from "./sections";

const page = `---
title: A test page
description: A page written for the section splitter's tests, long enough to be a description.
lastReviewed: 2026-11-26
sources:
  - title: Somewhere
    url: https://learn.microsoft.com/somewhere
---

An **introduction** with a [link](/guide/overview#timeline).

## First section {#first}

Text with \`code\` and a [link to elsewhere](https://learn.microsoft.com/x).

<Note title="Sources differ">

Callout body.

</Note>

| Limit | Value |
| --- | --- |
| Objects | 150,000 |

Sources: [A cited page](https://learn.microsoft.com/cited)

### A subsection {#sub}

- one item
- [ ] a task

#### A deeper heading {#deeper}

Deeper text.

## Diagram {#diagram}

<FlowDiagram
  title="Flow"
  steps={["A", "B"]}
  links={["goes to"]}
  description="A goes to B."
/>
`;

describe("splitting a guide page into sections", () => {
  const sections = guidePageSections("test-page", page);

  it("makes one document for the introduction and one per h2 and h3", () => {
    expect(sections.map((section) => section.id)).toEqual([
      "test-page",
      "test-page#first",
      "test-page#sub",
      "test-page#diagram",
    ]);
  });

  it("links each section to its anchor and names its page and heading", () => {
    expect(sections[0]).toMatchObject({ url: "/guide/test-page", page: "A test page", heading: "" });
    expect(sections[2]).toMatchObject({ url: "/guide/test-page#sub", page: "A test page", heading: "A subsection" });
  });

  it("keeps the words and drops Markdown syntax, link targets and heading ids", () => {
    expect(sections[0]!.text).toBe("An introduction with a link.");
    expect(sections[1]!.text).toContain("Text with code and a link to elsewhere.");
    expect(sections.map((section) => section.text).join(" ")).not.toMatch(/https?:|\{#|\*\*|\]\(/);
  });

  it("keeps callout titles and bodies, table cells and diagram text alternatives", () => {
    expect(sections[1]!.text).toContain("Sources differ. Callout body.");
    expect(sections[1]!.text).toContain("Objects · 150,000.");
    expect(sections[3]!.text).toBe("Flow. A goes to B.");
  });

  it("leaves out the Sources paragraphs that cite pages", () => {
    expect(sections[1]!.text).not.toContain("A cited page");
  });

  it("keeps h4 headings and list items in their section's text", () => {
    expect(sections[2]!.text).toBe("one item a task A deeper heading Deeper text.");
  });

  it("fails on a heading without an id, as the site build does", () => {
    expect(() => guidePageSections("bad", page.replace(" {#first}", ""))).toThrow(/needs an explicit id/);
  });

  it("holds every h2 and h3 of the real guide", () => {
    for (const slug of guideSlugs) {
      const source = readFileSync(path.resolve(import.meta.dirname, `../../content/guide/${slug}.mdx`), "utf8");
      const ids = headingsWithIds(source).map((heading) => `${slug}#${heading.id}`);
      const documents = guidePageSections(slug, source).map((section) => section.id);
      expect(documents, slug).toEqual([slug, ...ids]);
    }
  });
});
