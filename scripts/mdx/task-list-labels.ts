import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/**
 * GFM task-list checkboxes come without an accessible name, which fails axe's `label` rule:
 * name each one after the text of its list item.
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "li") return;
      // Tight lists hold the checkbox directly, loose ones inside a paragraph.
      let box: Element | undefined;
      visit(node, "element", (child: Element) => {
        if (!box && child.tagName === "input" && child.properties.type === "checkbox") box = child;
      });
      const label = toString(node).trim();
      if (box && label) box.properties["ariaLabel"] = label;
    });
  };
}
