import mdx from "@mdx-js/rollup";
import path from "node:path";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";
import { basePath } from "./scripts/base-path.js";
import { escapeHeadingIds } from "./scripts/mdx/heading-ids.ts";
import { mdxOptions } from "./scripts/mdx/options.ts";
import { planGuideInfoPlugin } from "./scripts/plan/vite-plugin.ts";
import { searchIndexPlugin } from "./scripts/search/vite-plugin.ts";

/** Lets guide authors write `## Heading {#id}` (see content/README.md). */
function mdxHeadingIds(): Plugin {
  return {
    name: "mdx-heading-ids",
    enforce: "pre",
    transform(source, id) {
      // React Router also loads route modules with a query suffix (?__react-router-build-client-route).
      return id.split("?")[0]!.endsWith(".mdx") ? escapeHeadingIds(source) : undefined;
    },
  };
}

/**
 * Modules named `*.prerender` (imported without extension) are for prerendering only: the browser
 * build gets their `*.prerender.client.ts` twin instead. The guide's eager map of every page's
 * compiled MDX lives behind one, so no page's first load downloads its own (or every) page module.
 */
function prerenderOnlyModules(): Plugin {
  return {
    name: "prerender-only-modules",
    enforce: "pre",
    resolveId(source, importer) {
      if (this.environment.config.consumer !== "client" || !importer || !source.endsWith(".prerender")) return;
      return path.resolve(path.dirname(importer.split("?")[0]!), `${source}.client.ts`);
    },
  };
}

export default defineConfig({
  base: basePath(),
  plugins: [
    prerenderOnlyModules(),
    mdxHeadingIds(),
    { enforce: "pre", ...mdx(mdxOptions) },
    reactRouter(),
    searchIndexPlugin(),
    planGuideInfoPlugin(),
  ],
  build: {
    // Inline nothing as data: URIs; the Content-Security-Policy keeps img-src to 'self'.
    assetsInlineLimit: 0,
  },
});
