import type { Heading, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { headingIdSuffix, type HeadingEntry } from "../../src/shared/content/heading-ids.js";

export { escapeHeadingIds, type HeadingEntry } from "../../src/shared/content/heading-ids.js";

/**
 * Gives each heading its explicit id and records h2/h3 for the page's table of contents.
 * Ids are a public contract (deep links), so an h2 or h3 without one, or a repeated id,
 * fails the build instead of falling back to a slug that changes with the wording.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    const entries: HeadingEntry[] = [];
    visit(tree, "heading", (node: Heading) => {
      const last = node.children.at(-1);
      const text: Text | undefined = last?.type === "text" ? last : undefined;
      const match = text ? headingIdSuffix.exec(text.value) : null;
      if (!match || !text) {
        if (node.depth === 1) file.fail("Write no `#` heading: the page title comes from frontmatter", node);
        if (node.depth <= 3) file.fail(`Heading "${toString(node)}" needs an explicit id: add {#some-id}`, node);
        return;
      }
      const id = match[1]!;
      text.value = text.value.slice(0, match.index);
      if (seen.has(id)) file.fail(`Heading id "${id}" is used twice on this page`, node);
      seen.add(id);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (node.depth === 2 || node.depth === 3) entries.push({ depth: node.depth, id, text: toString(node) });
    });
    file.data.headings = entries;
  };
}
