import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGuideFrontmatter, readFrontmatterBlock } from "../../src/shared/content/frontmatter";
import { collectCitations } from "./collect.js";

const page = `---
title: A page
description: A page that cites Learn in its frontmatter and its body, for the collector's tests.
lastReviewed: 2026-11-26
sources:
  - title: What is cloud sync?
    url: https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync
  - title: Someone else's page
    url: https://example.org/not-learn
---

## Limits {#limits}

Cloud sync handles [150,000 objects per domain](https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync#comparison)
and [its prerequisites][prereq] apply.

<Note title="Sources differ">

The [Graph API](https://learn.microsoft.com/graph/api/resources/onpremisessyncbehavior?view=graph-rest-beta) says otherwise.

</Note>

See [the overview](/guide/overview#start) and <a href="https://learn.microsoft.com/entra/identity/hybrid/sync-tools">the tools</a>.

\`https://learn.microsoft.com/in-code-is-not-a-link\`

[prereq]: https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-prerequisites
`;

describe("collecting a page's citations", () => {
  const collected = collectCitations(page, "a-page");

  it("reads lastReviewed from the frontmatter", () => {
    expect(collected.lastReviewed).toBe("2026-11-26");
  });

  it("lists each Learn URL once, in the order the file first holds it, without its #fragment, and says where it is cited", () => {
    expect(collected.citations).toEqual([
      {
        url: "https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync",
        in: ["sources", "body"],
      },
      {
        url: "https://learn.microsoft.com/graph/api/resources/onpremisessyncbehavior?view=graph-rest-beta",
        in: ["body"],
      },
      { url: "https://learn.microsoft.com/entra/identity/hybrid/sync-tools", in: ["body"] },
      // A reference link's URL is where its definition is: at the end here.
      { url: "https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-prerequisites", in: ["body"] },
    ]);
  });

  it("leaves out other sites, internal links and URLs in code", () => {
    const urls = collected.citations.map((citation) => citation.url).join(" ");
    expect(urls).not.toContain("example.org");
    expect(urls).not.toContain("/guide/overview");
    expect(urls).not.toContain("in-code-is-not-a-link");
  });

  it("accepts lastReviewed written as a quoted string", () => {
    const quoted = `---\nlastReviewed: "2026-01-05"\nsources: []\n---\n\nSee [a page](https://learn.microsoft.com/a).\n`;
    expect(collectCitations(quoted, "quoted")).toEqual({
      page: "quoted",
      lastReviewed: "2026-01-05",
      citations: [{ url: "https://learn.microsoft.com/a", in: ["body"] }],
    });
  });

  it("refuses a page without a lastReviewed date, naming the page", () => {
    expect(() => collectCitations(`---\ntitle: No date\n---\n\nText.\n`, "undated-page")).toThrow(
      /undated-page: frontmatter "lastReviewed" must be YYYY-MM-DD/,
    );
  });
});

describe("collecting from the real guide", () => {
  const contentDir = path.resolve(import.meta.dirname, "../../content/guide");
  const files = readdirSync(contentDir).filter((name) => name.endsWith(".mdx"));

  it.each(files)("%s: agrees with the site's frontmatter reader and misses no Learn URL in the file", (name) => {
    const source = readFileSync(path.join(contentDir, name), "utf8");
    const { lastReviewed, citations } = collectCitations(source, name);
    const frontmatter = parseGuideFrontmatter(readFrontmatterBlock(source));
    expect(lastReviewed).toBe(frontmatter.lastReviewed);
    const urls = citations.map((citation) => citation.url);
    for (const { url } of frontmatter.sources) {
      if (url.startsWith("https://learn.microsoft.com/")) expect(urls).toContain(url.replace(/#.*$/, ""));
    }
    // A crude cross-check: every Learn URL in the text, cut short at a ")" it may hold, begins a collected one.
    const inText = source.match(/https:\/\/learn\.microsoft\.com\/[^\s)>"'\]#]*/g) ?? [];
    const missed = inText.filter((url) => !urls.some((collected) => collected.startsWith(url)));
    expect(missed).toEqual([]);
  });
});
