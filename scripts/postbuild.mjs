// @ts-check
// Turns React Router's build output into a folder any static host can serve at BASE_PATH:
// prerendered HTML moved next to the assets, a 404.html fallback, sitemap.xml and robots.txt,
// a Content-Security-Policy in every page, and gzip siblings for hosts that serve them.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { basePath, clientDir } from "./base-path.js";
import { deferHydration } from "./build/defer-hydration.js";
import { buildFirstPaintScripts, inlineFirstPaint } from "./build/first-paint.js";
import { inlineStylesheets, sharedStylesheets } from "./build/inline-styles.js";
import { compressTree } from "./quality/compress.js";
import { withContentSecurityPolicy } from "./quality/csp.js";
import { builtHtmlFiles } from "./quality/first-load.js";

const base = basePath();
const origin = (process.env.SITE_ORIGIN ?? "http://localhost:4173").replace(/\/+$/, "");

// With a base path, React Router writes prerendered files under build/client/<base>/ while
// Vite keeps assets in build/client/assets (remix-run/react-router#12083): merge them.
if (base !== "/") {
  const nested = path.join(clientDir, base);
  if (existsSync(nested)) {
    cpSync(nested, clientDir, { recursive: true });
    rmSync(path.join(clientDir, /** @type {string} */ (base.split("/").filter(Boolean)[0])), {
      recursive: true,
      force: true,
    });
  }
}

const notFound = path.join(clientDir, "404", "index.html");
if (!existsSync(notFound)) throw new Error("postbuild: the /404 page was not prerendered");
// React Router's SPA fallback would hydrate with errors at unknown URLs (stack notes #6); the
// prerendered 404 page takes its place. GitHub Pages and most static hosts serve /404.html.
rmSync(path.join(clientDir, "__spa-fallback.html"), { force: true });
cpSync(notFound, path.join(clientDir, "404.html"));

/** @param {string} dir @returns {string[]} site paths of every prerendered page */
function pages(dir, prefix = "") {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "assets" ? [] : pages(full, `${prefix}${name}/`);
    return name === "index.html" ? [prefix] : [];
  });
}
const indexable = pages(clientDir)
  .filter((page) => !page.startsWith("404/"))
  .sort();
const urls = indexable.map((page) => `  <url><loc>${origin}${base}${page.replace(/\/$/, "")}</loc></url>`);
writeFileSync(
  path.join(clientDir, "sitemap.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`,
);
writeFileSync(path.join(clientDir, "robots.txt"), `User-agent: *\nAllow: /\nSitemap: ${origin}${base}sitemap.xml\n`);

// Each page paints before its code is requested (scripts/build/defer-hydration.js) and waits on
// no stylesheet request but the site's shared one (scripts/build/inline-styles.js); a page whose
// result comes from a link paints it with its first-paint script (scripts/build/first-paint.js);
// and its policy names the hashes of its own inline scripts and styles (docs: README, "Quality").
const firstPaintScripts = await buildFirstPaintScripts(base);
const readCss = (/** @type {string} */ href) => readFileSync(path.join(clientDir, href.slice(base.length)), "utf8");
const htmlFiles = builtHtmlFiles(clientDir);
const built = htmlFiles.map((file) => {
  const full = path.join(clientDir, file);
  return { full, html: readFileSync(full, "utf8") };
});
const shared = sharedStylesheets(built.map((page) => page.html));
for (const { full, html } of built) {
  const deferred = inlineFirstPaint(deferHydration(html), firstPaintScripts);
  writeFileSync(full, withContentSecurityPolicy(inlineStylesheets(deferred, shared, readCss)));
}

// Last, so the compressed copies hold the final bytes.
const compressed = compressTree(clientDir);
console.log(
  `postbuild: ${indexable.length} pages under ${base}, sitemap.xml, robots.txt, 404.html, ` +
    `a Content-Security-Policy in ${htmlFiles.length} HTML files, ${compressed.files} .gz files`,
);
