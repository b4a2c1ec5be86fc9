import type { Config } from "@react-router/dev/config";
import { basePath } from "./scripts/base-path.js";
import { prerenderPaths } from "./src/prerender-paths";

export default {
  appDirectory: "src",
  ssr: false,
  basename: basePath(),
  prerender: () => prerenderPaths(),
  // v8_trailingSlashAwareDataRequests stays off: with it, prerendering renders "/guide/x/" while the
  // browser hydrates "/guide/x", so anything derived from the path (aria-current) mismatches.
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
  },
} satisfies Config;
