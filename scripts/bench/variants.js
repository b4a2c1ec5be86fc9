// @ts-check
// Two ways to make the deferred pages interactive sooner, built as throw-away copies of a build
// so the bench can load them beside it (`--applied-variants`): measured, not shipped.
//   prefetch:   the app's modules listed as <link rel="prefetch"> in <head>, so the browser
//               fetches them at its lowest priority from the start instead of after the paint.
//   inline-css: the stylesheet inlined as a <style> element (the <link> kept for React, made
//               non-blocking with media="print"), one request fewer before the first paint.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { BOOT_ID } from "../build/defer-hydration.js";
import { builtHtmlFiles } from "../quality/first-load.js";

/** @typedef {"prefetch" | "inline-css"} VariantName */
export const variantNames = /** @type {const} */ (["prefetch", "inline-css"]);

/**
 * A page with its deferred modules also listed as prefetch links in <head>.
 * @param {string} html
 */
export function withPrefetch(html) {
  const preload = new RegExp(`id="${BOOT_ID}" data-preload="([^"]*)"`).exec(html)?.[1];
  if (!preload) return html;
  const links = preload
    .split(" ")
    .filter(Boolean)
    .map((url) => `<link rel="prefetch" href="${url}"/>`)
    .join("");
  return html.replace("</head>", () => `${links}</head>`);
}

/**
 * A page with its stylesheets inlined, the policy allowing inline styles (measurement only).
 * @param {string} html
 * @param {(href: string) => string} readCss
 */
export function withInlineCss(html, readCss) {
  return html
    .replace(/<link rel="stylesheet" href="([^"]+)"\/?>/g, (_, href) => {
      const css = readCss(href).replace(/<\/style/gi, "<\\/style");
      return `<style>${css}</style><link rel="stylesheet" href="${href}" media="print"/>`;
    })
    .replace(/style-src 'self'/, "style-src 'self' 'unsafe-inline'");
}

/**
 * Copies `clientDir` to a temporary folder and rewrites every page as the variant does.
 * @param {string} clientDir @param {string} base @param {VariantName} name
 * @returns {{ dir: string, remove: () => void }}
 */
export function buildVariant(clientDir, base, name) {
  const dir = path.join(tmpdir(), `bench-variant-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(clientDir, dir, { recursive: true });
  const readCss = (/** @type {string} */ href) => readFileSync(path.join(dir, href.slice(base.length)), "utf8");
  for (const file of builtHtmlFiles(dir)) {
    const full = path.join(dir, file);
    const html = readFileSync(full, "utf8");
    const changed = name === "prefetch" ? withPrefetch(html) : withInlineCss(html, readCss);
    writeFileSync(full, changed);
    writeFileSync(`${full}.gz`, gzipSync(changed, { level: 9 }));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
