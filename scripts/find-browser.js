// @ts-check
// The one place that decides which Chromium the browser tests and the benchmark drive.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** The environment variables that may name a Chromium or Chrome executable, in order. */
const ENV_VARS = ["CHROMIUM_PATH", "CHROME_PATH"];

/** @param {string} name */
function onPath(name) {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * An executable named by CHROMIUM_PATH or CHROME_PATH, then `chromium`, `chromium-browser` or
 * `google-chrome` on PATH, then Playwright's own download. `undefined` means "let Playwright use its
 * own", which exists (its path is `chromium.executablePath()`).
 * @returns {string | undefined}
 */
export function findBrowser() {
  for (const name of ENV_VARS) {
    const value = process.env[name];
    if (!value) continue;
    if (existsSync(value)) return value;
    throw new Error(`${name} is set to ${value}, but no file exists there.`);
  }
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    const found = onPath(name);
    if (found) return found;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    [
      "No Chromium for the browser tests or the benchmark. Any one of these fixes it:",
      "  • Debian/Ubuntu: sudo apt-get install chromium",
      "  • set CHROMIUM_PATH (or CHROME_PATH) to a Chromium or Chrome executable",
      "  • npx playwright install chromium   (downloads Playwright's own build)",
    ].join("\n"),
  );
}
