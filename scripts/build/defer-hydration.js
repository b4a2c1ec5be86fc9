// @ts-check
import { readFileSync } from "node:fs";

// Lets a prerendered page paint before its JavaScript is even requested. React Router writes
// modulepreload links in <head> and an inline module script that imports the app and hydrates;
// every one of those requests competes with the stylesheet and delays the first paint, although
// the text a reader came for is already in the HTML. Here the links go, the module script is
// kept inert (type="text/x-deferred-module", with the preload list beside it), and one small
// classic script (boot-loader.js) starts them once the browser reports the first contentful paint,
// and keeps what the visitor does meanwhile for the app to replay, so a quick visitor on a slow
// phone loses nothing. (Prefetching the modules from <head> instead made pages interactive
// sooner on a throttled phone, but Lighthouse's simulation then counts their download against
// the paint: LCP 0.76 s became 1.8 to 2.1 s. Issue 23, README "First paint before code".)

/** The inert type the hydration module waits under. */
export const DEFERRED_TYPE = "text/x-deferred-module";
/** The id of that script element, which the loader and the first-load measure find it by. */
export const BOOT_ID = "app-boot";

/**
 * The loader, the same on every page (one hash in the policy): boot-loader.js without its
 * comments and indentation (none of its strings holds "//" at the start of a line).
 */
export const bootLoader = readFileSync(new URL("./boot-loader.js", import.meta.url), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("//"))
  .join("\n");
if (!bootLoader.includes(`getElementById("${BOOT_ID}")`))
  throw new Error("defer-hydration: the loader looks for another id");

const MODULE_SCRIPT = /<script type="module"(?: async="")?>([\s\S]*?)<\/script>/g;
const MODULEPRELOAD = /<link rel="modulepreload" href="([^"]+)"\/?>/g;

/**
 * The page with its hydration deferred until after the first paint. A recommendation or plan
 * from a link defers too: its first-paint script (first-paint.js) paints the result without the
 * app. Throws when the page does not have React Router's shape (one inline module script), so
 * a framework change cannot pass silently.
 * @param {string} html
 * @returns {string}
 */
export function deferHydration(html) {
  const modules = [...html.matchAll(MODULE_SCRIPT)];
  if (modules.length !== 1)
    throw new Error(`defer-hydration: expected one inline module script, found ${modules.length}`);
  const preload = [...html.matchAll(MODULEPRELOAD)].map((match) => /** @type {string} */ (match[1]));
  if (preload.some((url) => /[\s"<>]/.test(url))) throw new Error("defer-hydration: a preload URL needs escaping");
  const body = /** @type {string} */ (/** @type {RegExpExecArray} */ (modules[0])[1]);
  if (body.includes("</script")) throw new Error("defer-hydration: the module script cannot be moved safely");
  const inert = `<script type="${DEFERRED_TYPE}" id="${BOOT_ID}" data-preload="${preload.join(" ")}">${body}</script>`;
  const deferred = html.replace(MODULEPRELOAD, "").replace(MODULE_SCRIPT, () => inert);
  if (!deferred.includes("</body>")) throw new Error("defer-hydration: the page has no </body>");
  return deferred.replace("</body>", () => `<script>${bootLoader}</script></body>`);
}
