// @ts-check
// Builds the first-paint scripts of the pages whose result comes from a link (the recommendation,
// the plan) and inlines each after its page's <main>: the result is on screen before the app is
// even requested (src/core/linked-page/first-paint.ts says what they paint, and when not).
// Each is bundled from the site's own modules, so the link is decoded and decided by the same
// codec and engine as in the app: there is no second copy of the rules.
import path from "node:path";
import { build } from "vite";

const root = new URL("../..", import.meta.url).pathname;

/** Each page's first-paint entry, by the value of its placeholder's `data-first-paint`. */
export const firstPaintEntries = {
  recommendation: "src/features/advisor/result/first-paint.entry.ts",
  plan: "src/features/plan/first-paint.entry.ts",
};

/** The attribute that marks a page's placeholder (FIRST_PAINT_ATTRIBUTE in first-paint.ts). */
const PLACEHOLDER = /<div\b[^>]*\sdata-first-paint="([a-z-]+)"/;

/**
 * Bundles every first-paint entry into one minified classic script each, for the base path.
 * @param {string} base
 * @returns {Promise<Record<string, string>>} the script's source by page
 */
export async function buildFirstPaintScripts(base) {
  /** @type {Record<string, string>} */
  const scripts = {};
  for (const [page, entry] of Object.entries(firstPaintEntries)) {
    const output = await build({
      configFile: false,
      root,
      base,
      logLevel: "warn",
      build: {
        write: false,
        minify: true,
        target: "es2022",
        lib: { entry: path.join(root, entry), formats: ["iife"], name: "firstPaint", fileName: () => "first-paint.js" },
      },
    });
    const results = Array.isArray(output) ? output : [output];
    const chunks = results
      .flatMap((result) => ("output" in result ? result.output : []))
      .filter((item) => item.type === "chunk");
    if (chunks.length !== 1) throw new Error(`first-paint: ${entry} must bundle into one script, got ${chunks.length}`);
    scripts[page] = /** @type {{ code: string }} */ (chunks[0]).code.trim();
  }
  return scripts;
}

/**
 * The page with its first-paint script inlined right after its <main> (so it runs before the
 * footer is parsed and before the first paint), or unchanged when the page has no placeholder.
 * Throws when the page names a script that was not built, or the script cannot be inlined safely.
 * @param {string} html
 * @param {Record<string, string>} scripts
 * @returns {string}
 */
export function inlineFirstPaint(html, scripts) {
  const page = PLACEHOLDER.exec(html)?.[1];
  if (page === undefined) return html;
  const script = scripts[page];
  if (script === undefined) throw new Error(`first-paint: no script for the placeholder "${page}"`);
  if (/<\/script|<!--/i.test(script)) throw new Error(`first-paint: the ${page} script cannot be inlined safely`);
  // One placeholder, written inline: a streamed Suspense fallback (React's "<!--$?-->", its
  // content in a hidden element swapped in by a later script) would undo what the script paints.
  const placeholders = html.split("data-first-paint=").length - 1;
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  if (placeholders !== 1 || main.includes("<!--$?-->"))
    throw new Error(`first-paint: the ${page} page must hold its placeholder once and inline (no streamed fallback)`);
  const mains = html.split("</main>").length - 1;
  if (mains !== 1) throw new Error(`first-paint: expected one </main> in the ${page} page, found ${mains}`);
  return html.replace("</main>", () => `</main><script>${script}</script>`);
}
