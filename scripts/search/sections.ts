import { createProcessor } from "@mdx-js/mdx";
import type { Heading, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import type { SearchDocument } from "../../src/features/search/model/types";
import { paths } from "../../src/shared/paths";
import { parseGuideFrontmatter } from "../../src/shared/content/frontmatter.ts";
import { escapeHeadingIds, remarkHeadingIds } from "../mdx/heading-ids.ts";

/** Only the parsing half of the site's MDX pipeline: Markdown, GFM tables, frontmatter, JSX. */
const parser = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm] });

/** JSX attributes whose string values readers see: callout titles, diagram titles and text alternatives. */
const TEXT_ATTRIBUTES = new Set(["title", "description"]);

/** An attribute value as a sentence of its own, so "Sources differ" does not run into the callout body. */
const asSentence = (text: string) => (/[.!?:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

interface AnyNode {
  type: string;
  value?: unknown;
  children?: AnyNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Plain text of a node as a reader sees it: no URLs, code of expressions or imports, no YAML. */
function plainText(node: AnyNode): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
      return String(node.value ?? "");
    case "yaml":
    case "html":
    case "mdxjsEsm":
    case "mdxFlowExpression":
    case "mdxTextExpression":
      return "";
    case "break":
      return " ";
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement": {
      const attributes = (node.attributes ?? [])
        .filter((attribute) => attribute.type === "mdxJsxAttribute" && TEXT_ATTRIBUTES.has(attribute.name ?? ""))
        .map((attribute) => (typeof attribute.value === "string" ? `${asSentence(attribute.value)} ` : ""));
      return attributes.join("") + blocks(node.children ?? []);
    }
    case "table":
      // Cells joined with a middle dot and rows ended with a full stop read well in an excerpt.
      return (node.children ?? [])
        .map((row) => `${(row.children ?? []).map((cell) => plainText(cell).trim()).join(" · ")}.`)
        .join(" ");
    case "paragraph":
    case "heading":
    case "listItem":
    case "list":
    case "blockquote":
      return blocks(node.children ?? []);
    default:
      return (node.children ?? []).map(plainText).join("");
  }
}

function blocks(children: AnyNode[]): string {
  const inline = children.every((child) => !isBlock(child));
  return children.map(plainText).join(inline ? "" : " ");
}

function isBlock(node: AnyNode): boolean {
  return [
    "paragraph",
    "heading",
    "list",
    "listItem",
    "table",
    "blockquote",
    "code",
    "thematicBreak",
    "mdxJsxFlowElement",
    "mdxFlowExpression",
  ].includes(node.type);
}

/** "Source:" and "Sources:" paragraphs cite pages; their titles would match nearly every query. */
function isSourcesParagraph(node: RootContent): boolean {
  return node.type === "paragraph" && /^Sources?:\s*$/.test(plainText(node.children[0] as AnyNode));
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * One search document per section of a guide page: the text before the first h2 (the
 * introduction), then every h2 and h3 with the text up to the next one. Deeper headings stay
 * in their section's text.
 */
export function guidePageSections(slug: string, source: string): SearchDocument[] {
  const file = new VFile({ path: `${slug}.mdx`, value: escapeHeadingIds(source) });
  const tree = parser.parse(file) as Root;
  // Takes the `{#id}` suffixes off headings, and fails on a missing id as the site build does.
  remarkHeadingIds()(tree, file);
  const yaml = tree.children.find((node) => node.type === "yaml");
  if (!yaml || yaml.type !== "yaml") throw new Error(`${slug}.mdx: missing frontmatter`);
  const page = parseGuideFrontmatter(yaml.value).title;

  const documents: SearchDocument[] = [];
  let current: SearchDocument = { id: slug, url: paths.guidePage(slug), page, heading: "", text: "" };
  const parts: string[] = [];
  const flush = () => {
    current.text = squash(parts.join(" "));
    if (current.heading || current.text) documents.push(current);
    parts.length = 0;
  };
  for (const node of tree.children) {
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      flush();
      const id = String((node as Heading).data?.hProperties?.id ?? "");
      current = { id: `${slug}#${id}`, url: `${paths.guidePage(slug)}#${id}`, page, heading: "", text: "" };
      current.heading = squash(plainText(node as AnyNode));
      continue;
    }
    if (isSourcesParagraph(node)) continue;
    parts.push(plainText(node as AnyNode));
  }
  flush();
  return documents;
}
