import { readdirSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

/** The guide's sources: what every module built from them depends on. */
export const guideContentDir = path.resolve(import.meta.dirname, "../../content/guide");

/**
 * The hooks of a virtual module (`virtual:…`) whose source is built from the guide's pages at
 * build time; the dev server rebuilds it when a page changes.
 */
export function guideVirtualModule(
  id: `virtual:${string}`,
  source: () => Promise<string>,
): Pick<Plugin, "resolveId" | "load"> {
  return {
    resolveId: {
      filter: { id: new RegExp(`^${id}$`) },
      handler: () => `\0${id}`,
    },
    load: {
      filter: { id: new RegExp(`^\0${id}$`) },
      async handler() {
        for (const name of readdirSync(guideContentDir)) this.addWatchFile(path.join(guideContentDir, name));
        return source();
      },
    },
  };
}
