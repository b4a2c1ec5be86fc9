import type { CompileOptions } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { remarkGuideHandle } from "./guide-handle.ts";
import { remarkHeadingIds } from "./heading-ids.ts";
import { rehypeTaskListLabels } from "./task-list-labels.ts";

/** One MDX configuration for the site build and the content tests alike. */
export const mdxOptions = {
  remarkPlugins: [remarkFrontmatter, remarkGfm, remarkHeadingIds, remarkGuideHandle],
  rehypePlugins: [rehypeTaskListLabels],
  providerImportSource: "@mdx-js/react",
} satisfies CompileOptions;
