// @ts-check
// Every Microsoft Learn page the guide cites: the frontmatter's `sources` and the links in the
// body, read with the site's own MDX parser (remark-frontmatter, remark-gfm) rather than regexes.
import { createProcessor } from "@mdx-js/mdx";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { parse as parseYaml } from "yaml";
import { escapeHeadingIds } from "../../src/shared/content/heading-ids.js";
import { LEARN_ORIGIN } from "./fetch-source.js";

/**
 * @typedef {object} Citation
 * @property {string} url The URL as the page writes it, less any #fragment.
 * @property {("sources" | "body")[]} in Where the page cites it: its frontmatter `sources`, its body, or both.
 */

/**
 * @typedef {object} CitingPage
 * @property {string} page The guide page's slug (`cloud-sync` for content/guide/cloud-sync.mdx).
 * @property {string} lastReviewed YYYY-MM-DD, from its frontmatter.
 * @property {Citation[]} citations Each Learn URL once, in the order the page first cites it.
 */

/** @param {string} url */
export function isLearnUrl(url) {
  try {
    return new URL(url).origin === LEARN_ORIGIN;
  } catch {
    return false;
  }
}

/** @param {string} url */
const withoutFragment = (url) => url.replace(/#.*$/, "");

const processor = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm] });

/**
 * The Learn URLs one guide page cites, with its `lastReviewed`. Reads the frontmatter the way
 * src/shared/content/frontmatter.ts does (a YAML `lastReviewed` date or string; `sources` of { title, url })
 * and throws, naming the page, when `lastReviewed` is missing or not YYYY-MM-DD.
 * @param {string} source the MDX file's text
 * @param {string} page the page's slug, for messages and the report
 * @returns {CitingPage}
 */
export function collectCitations(source, page) {
  const tree = processor.parse(escapeHeadingIds(source));
  /** @type {Map<string, Citation>} */
  const citations = new Map();
  /** @param {unknown} url @param {"sources" | "body"} where */
  const cite = (url, where) => {
    if (typeof url !== "string" || !isLearnUrl(url)) return;
    const key = withoutFragment(url);
    const citation = citations.get(key) ?? { url: key, in: [] };
    if (!citation.in.includes(where)) citation.in.push(where);
    citations.set(key, citation);
  };

  /** @type {Record<string, unknown>} */
  let frontmatter = {};
  const first = tree.children[0];
  if (first?.type === "yaml") {
    const data = parseYaml(first.value);
    if (typeof data === "object" && data !== null) frontmatter = data;
  }
  const reviewed = frontmatter.lastReviewed;
  const lastReviewed = reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : String(reviewed ?? "").trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lastReviewed)) {
    throw new Error(`${page}: frontmatter "lastReviewed" must be YYYY-MM-DD`);
  }
  const sources = Array.isArray(frontmatter.sources) ? frontmatter.sources : [];
  for (const entry of sources) cite(/** @type {{ url?: unknown } | null} */ (entry)?.url, "sources");

  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition") cite(node.url, "body");
    // A JSX element's literal href (<a href="…">), should a page ever write one.
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const attribute of node.attributes) {
        if (attribute.type === "mdxJsxAttribute" && attribute.name === "href") cite(attribute.value, "body");
      }
    }
  });
  return { page, lastReviewed, citations: [...citations.values()] };
}

/**
 * Every guide page's citations, pages in file-name order.
 * @param {string} contentDir the folder of guide pages (content/guide)
 * @returns {CitingPage[]}
 */
export function collectGuideCitations(contentDir) {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => collectCitations(readFileSync(path.join(contentDir, name), "utf8"), name.replace(/\.mdx$/, "")));
}
