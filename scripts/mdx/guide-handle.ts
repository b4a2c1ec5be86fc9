import { valueToEstree } from "estree-util-value-to-estree";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { parseGuideFrontmatter } from "../../src/shared/content/frontmatter.ts";
import type { HeadingEntry } from "./heading-ids.ts";

/**
 * Exports `handle = { frontmatter, headings }` from each guide page. The guide page route returns
 * it as its data (src/routes/guide-page.tsx: prerendered into the HTML, or from the module a
 * navigation loads), which is how the guide layout gets the page title, the sources and the table
 * of contents without importing every page. Must run after `remarkHeadingIds`, which collects the
 * headings.
 */
export function remarkGuideHandle() {
  return (tree: Root, file: VFile) => {
    const yamlNode = tree.children.find((node) => node.type === "yaml");
    if (!yamlNode || yamlNode.type !== "yaml") return file.fail("A guide page needs a frontmatter block");
    let frontmatter;
    try {
      frontmatter = parseGuideFrontmatter(yamlNode.value);
    } catch (error) {
      return file.fail((error as Error).message, yamlNode);
    }
    const headings = (file.data.headings ?? []) as HeadingEntry[];
    const handle = { frontmatter, headings };
    tree.children.push({
      type: "mdxjsEsm",
      value: "",
      data: {
        estree: {
          type: "Program",
          sourceType: "module",
          body: [
            {
              type: "ExportNamedDeclaration",
              specifiers: [],
              declaration: {
                type: "VariableDeclaration",
                kind: "const",
                declarations: [
                  {
                    type: "VariableDeclarator",
                    id: { type: "Identifier", name: "handle" },
                    init: valueToEstree(handle),
                  },
                ],
              },
            },
          ],
        },
      },
    } as unknown as Root["children"][number]);
  };
}
