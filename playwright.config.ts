import { defineConfig, devices } from "@playwright/test";
import { basePath } from "./scripts/base-path.js";
import { findBrowser } from "./scripts/find-browser.js";

const port = Number(process.env.E2E_PORT ?? 4174);
const origin = `http://127.0.0.1:${port}`;
const executablePath = findBrowser();

// Under a sub-path the suite re-checks everything a base path can break: URLs, links, assets,
// the 404 fallback, share links, search, the plan. Colours, focus rings, axe rules and layout do
// not depend on the path, and these specs take two thirds of the suite's time, so they run at "/" only.
const pathIndependent = ["accessibility", "contrast", "keyboard", "layout-shift"].map((name) => `**/${name}.spec.ts`);

// The production build, served the way a static host serves it; never the dev server.
export default defineConfig({
  testDir: "e2e",
  testIgnore: basePath() === "/" ? [] : pathIndependent,
  // The pages' own axe checks (in their feature specs) do not depend on the path either.
  grepInvert: basePath() === "/" ? undefined : /axe finds/,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `${origin}${basePath()}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      // Chromium's own background traffic is refused on closed networks; it is not the site's.
      args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
      chromiumSandbox: false,
    },
  },
  webServer: {
    command: "node scripts/serve.mjs",
    url: `${origin}${basePath()}`,
    env: { PORT: String(port), HOST: "127.0.0.1" },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
