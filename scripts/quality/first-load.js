// @ts-check
// What a visitor's browser downloads on the first load of a built page, measured from the files on
// disk: the size-budget test and the benchmark both use this, so they can never disagree.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DEFERRED_TYPE } from "../build/defer-hydration.js";
import { GZIP_LEVEL } from "./compress.js";

/**
 * @typedef {{ file: string, bytes: number, gzip: number }} Asset
 * @typedef {{ page: string, html: Asset, js: Asset[], css: Asset[], totals: { html: number, js: number, css: number, all: number, inlineJs: number } }} FirstLoad
 */

/** @param {Buffer | string} content @returns {number} gzip bytes at the level the build precompresses with */
export function gzipSize(content) {
  return gzipSync(content, { level: GZIP_LEVEL }).length;
}

/**
 * Every HTML file in the build, as paths relative to the client folder ("index.html",
 * "guide/overview/index.html", "404.html").
 * @param {string} clientDir
 * @returns {string[]}
 */
export function builtHtmlFiles(clientDir) {
  /** @param {string} dir @returns {string[]} */
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full);
      return name.endsWith(".html") ? [path.relative(clientDir, full)] : [];
    });
  return walk(clientDir).sort();
}

const attr = (/** @type {string} */ tag, /** @type {string} */ name) =>
  new RegExp(`\\s${name}=["']([^"']*)["']`, "i").exec(tag)?.[1];

/**
 * The URLs an HTML document makes the browser fetch before it is interactive: module scripts
 * (`src`), modulepreload links, modules that inline module scripts import (statically, or with
 * an `import()` that runs at load, as React Router's hydration script does), and stylesheets
 * (not a disabled one: its text is in the page).
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function firstLoadUrls(html) {
  const scripts = new Set();
  const styles = new Set();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, "rel")?.toLowerCase();
    const href = attr(tag, "href");
    if (!href) continue;
    if (rel === "modulepreload") scripts.add(href);
    // A disabled stylesheet is not fetched: its text is inlined in the page (inline-styles.js).
    if (rel === "stylesheet" && !/\sdisabled\b/i.test(tag)) styles.add(href);
  }
  for (const [, attrs = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(`<script ${attrs}>`, "src");
    if (src) scripts.add(src);
    else if (/type=["']module["']/i.test(attrs) || attrs.includes(`type="${DEFERRED_TYPE}"`)) {
      // A deferred module is only later, not lighter: its imports and preloads still count.
      for (const specifier of moduleSpecifiers(body, true)) scripts.add(specifier);
      for (const preload of attr(`<script ${attrs}>`, "data-preload")?.split(" ") ?? [])
        if (preload) scripts.add(preload);
    }
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The modules a script imports. Static imports and re-exports always load; `import()` only in an
 * inline bootstrap script, where it runs at once (inside a bundled module it is a lazy chunk).
 * @param {string} source
 * @param {boolean} includeDynamic
 * @returns {string[]}
 */
export function moduleSpecifiers(source, includeDynamic) {
  // Only relative or root-relative .js specifiers: the bundles hold no bare ones, and prose such
  // as "imported from `RouterProvider`" inside an error message must not count.
  const quoted = /["'`]((?:\.{1,2}\/|\/)[^"'`\s]+?\.m?js)["'`]/.source;
  const patterns = [new RegExp(`\\bfrom\\s*${quoted}`, "g"), new RegExp(`\\bimport\\s*${quoted}`, "g")];
  if (includeDynamic) patterns.push(new RegExp(`\\bimport\\(\\s*${quoted}\\s*\\)`, "g"));
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => /** @type {string} */ (match[1])));
}

/**
 * A site URL ("/base/assets/x.js", "./x.js" relative to `from`) as a file in the build.
 * @param {string} clientDir @param {string} base @param {string} url @param {string} fromFile
 */
function fileFor(clientDir, base, url, fromFile) {
  if (/^[a-z]+:|^\/\//i.test(url)) throw new Error(`first load of ${fromFile} fetches another origin: ${url}`);
  if (url.startsWith("/")) {
    if (!url.startsWith(base)) throw new Error(`${fromFile} loads ${url}, outside the base path ${base}`);
    return path.join(clientDir, url.slice(base.length).split(/[?#]/)[0] ?? "");
  }
  return path.join(path.dirname(path.join(clientDir, fromFile)), url.split(/[?#]/)[0] ?? "");
}

/** @param {string} clientDir @param {string} file absolute @returns {Asset} */
function asset(clientDir, file) {
  const content = readFileSync(file);
  return { file: path.relative(clientDir, file), bytes: content.length, gzip: gzipSize(content) };
}

/**
 * Everything the first load of one built page transfers, gzip-compressed: the HTML, every JS
 * module in the static import graph of its scripts (lazy `import()` chunks excluded), and its
 * stylesheets with their `@import`s.
 * @param {string} clientDir the build's client folder
 * @param {string} htmlFile relative to clientDir
 * @param {string} [base] the base path the site was built for
 * @returns {FirstLoad}
 */
export function measureFirstLoad(clientDir, htmlFile, base = "/") {
  const html = readFileSync(path.join(clientDir, htmlFile), "utf8");
  const { scripts, styles } = firstLoadUrls(html);

  /**
   * The files `urls` load, with everything they import in turn.
   * @param {string[]} urls @param {(source: string) => string[]} imports @returns {Set<string>}
   */
  const withImports = (urls, imports) => {
    const files = new Set();
    const pending = urls.map((url) => fileFor(clientDir, base, url, htmlFile));
    while (pending.length > 0) {
      const file = /** @type {string} */ (pending.pop());
      if (files.has(file)) continue;
      files.add(file);
      for (const url of imports(readFileSync(file, "utf8")))
        pending.push(fileFor(clientDir, base, url, path.relative(clientDir, file)));
    }
    return files;
  };
  const jsFiles = withImports(scripts, (source) => moduleSpecifiers(source, false));
  const cssFiles = withImports(styles, (source) =>
    [...source.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s]+)/g)].map((match) => /** @type {string} */ (match[1])),
  );

  const js = [...jsFiles].sort().map((file) => asset(clientDir, file));
  const css = [...cssFiles].sort().map((file) => asset(clientDir, file));
  const page = asset(clientDir, path.join(clientDir, htmlFile));
  const sum = (/** @type {Asset[]} */ assets) => assets.reduce((total, a) => total + a.gzip, 0);
  // The classic scripts inside the HTML (theme, router data, boot loader, a first-paint script):
  // part of the HTML's bytes, and all the JavaScript that runs before the first paint.
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "").join("\n");
  const totals = { html: page.gzip, js: sum(js), css: sum(css), all: 0, inlineJs: inline ? gzipSize(inline) : 0 };
  totals.all = totals.html + totals.js + totals.css;
  return { page: htmlFile, html: page, js, css, totals };
}
