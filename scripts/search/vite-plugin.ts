import { createHash } from "node:crypto";
import path from "node:path";
import { runnerImport, type Plugin } from "vite";
import { guideContentDir, guideVirtualModule } from "../vite/guide-virtual-module.ts";
import type * as BuildIndexModule from "./build-index.ts";

/**
 * The index builder imports the advisor's questions and the site's registries from src/, which
 * the config loader should not bundle: Vite's module runner loads it as it loads app code.
 */
async function buildIndexSource(): Promise<string> {
  const { module } = await runnerImport<typeof BuildIndexModule>(path.join(import.meta.dirname, "build-index.ts"), {
    configFile: false,
    logLevel: "warn",
  });
  return JSON.stringify(module.buildSearchIndexFile());
}

/**
 * Builds the search index from content/guide at build time and emits it as a static JSON asset
 * with a content hash (`assets/search-index-<hash>.json`). `virtual:search-index` tells the
 * lazily loaded search dialog the file's path, which it fetches relative to the base path. The
 * dev server serves the same file, rebuilt when a guide page changes.
 */
export function searchIndexPlugin(): Plugin {
  let dev = false;
  let index: Promise<{ fileName: string; source: string }> | undefined;
  const build = () =>
    (index ??= buildIndexSource().then((source) => {
      const hash = createHash("sha256").update(source).digest("hex").slice(0, 10);
      return { fileName: dev ? "assets/search-index.json" : `assets/search-index-${hash}.json`, source };
    }));
  return {
    name: "search-index",
    configResolved(config) {
      dev = config.command === "serve";
    },
    ...guideVirtualModule(
      "virtual:search-index",
      async () => `export const searchIndexPath = ${JSON.stringify((await build()).fileName)};\n`,
    ),
    watchChange(id) {
      if (id.startsWith(guideContentDir)) index = undefined;
    },
    async generateBundle() {
      // Once, into the client build; the server build (used only to prerender) needs no copy.
      if (this.environment.name !== "client") return;
      const { fileName, source } = await build();
      this.emitFile({ type: "asset", fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.split("?")[0]!.endsWith("/assets/search-index.json")) return next();
        build().then(({ source }) => {
          response.setHeader("Content-Type", "application/json");
          response.end(source);
        }, next);
      });
    },
  };
}
