import path from "node:path";
import { runnerImport, type Plugin } from "vite";
import type * as PlanGuideInfoModule from "../../src/features/plan/model/plan-guide-info.server.ts";
import { guideVirtualModule } from "../vite/guide-virtual-module.ts";

/**
 * `virtual:plan-guide-info`: what the plan knows about the guide (each page's review date, each
 * registered section's name), read from content/guide at build time and bundled with the
 * module that imports it: the plan's details, a chunk loaded after the plan has painted. It used
 * to be the plan route's loader data, inlined into the plan's HTML (3 KiB gzip ahead of its first
 * paint, issue 23).
 */
export function planGuideInfoPlugin(): Plugin {
  return {
    name: "plan-guide-info",
    ...guideVirtualModule("virtual:plan-guide-info", async () => {
      // Loaded as app code is (it imports the site's registries from src/), not bundled into the config.
      const { module } = await runnerImport<typeof PlanGuideInfoModule>(
        path.resolve(import.meta.dirname, "../../src/features/plan/model/plan-guide-info.server.ts"),
        { configFile: false, logLevel: "warn" },
      );
      return `export default ${JSON.stringify(module.planGuideInfo())};\n`;
    }),
  };
}
