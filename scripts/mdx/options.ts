import type { CompileOptions } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { remarkGuideHandle } from "./guide-handle";
import { remarkHeadingIds } from "./heading-ids";
import { rehypeTaskListLabels } from "./task-list-labels";

/** One MDX configuration for the site build and the content tests alike. */
export const mdxOptions = {
  remarkPlugins: [remarkFrontmatter, remarkGfm, remarkHeadingIds, remarkGuideHandle],
  rehypePlugins: [rehypeTaskListLabels],
  providerImportSource: "@mdx-js/react",
} satisfies CompileOptions;
