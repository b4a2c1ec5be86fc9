import { compile } from "@mdx-js/mdx";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { guideAnchors, splitAnchor } from "../../src/shared/guide-anchors";
import { guideSlugs } from "../../src/shared/guide-pages";
import { escapeHeadingIds } from "./heading-ids";
import type { HeadingEntry } from "./heading-ids";
import { mdxOptions } from "./options";

const contentDir = path.resolve(import.meta.dirname, "../../content/guide");
const files = readdirSync(contentDir).filter((name) => name.endsWith(".mdx"));

async function compilePage(slug: string) {
  const source = readFileSync(path.join(contentDir, `${slug}.mdx`), "utf8");
  const file = new VFile({ path: `${slug}.mdx`, value: escapeHeadingIds(source) });
  const code = String(await compile(file, mdxOptions));
  return { code, headings: (file.data.headings ?? []) as HeadingEntry[] };
}

describe("guide content", () => {
  it("has exactly one MDX file for every page in the guide's page list", () => {
    expect(files.map((name) => name.replace(/\.mdx$/, "")).sort()).toEqual([...guideSlugs].sort());
  });

  const compiled = new Map<string, Promise<Awaited<ReturnType<typeof compilePage>>>>();
  const page = (slug: string) => {
    if (!compiled.has(slug)) compiled.set(slug, compilePage(slug));
    return compiled.get(slug)!;
  };

  it.each(guideSlugs)("compiles %s with valid frontmatter and explicit heading ids", async (slug) => {
    const { code } = await page(slug);
    expect(code).toContain("export const handle");
  });

  it.each(guideAnchors)("holds the registered anchor %s", async (anchor) => {
    const { slug, id } = splitAnchor(anchor);
    const { headings } = await page(slug);
    expect(headings.map((heading) => heading.id)).toContain(id);
  });
});
