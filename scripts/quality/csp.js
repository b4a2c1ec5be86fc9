// @ts-check
// The Content-Security-Policy every built page carries. The site is static files, so the policy
// travels in a <meta http-equiv> tag; postbuild injects it with the hash of each inline script
// that page holds (the theme boot script, React Router's hydration data, the boot loader, a
// first-paint script) and of each inlined stylesheet, so nothing else inline can run or apply.
import { createHash } from "node:crypto";
import { inlineScripts, inlineStyles } from "./html-audit.js";

/**
 * Every directive but the per-page script hashes, with the reason it is as loose as it is.
 * `frame-ancestors`, `report-uri`/`report-to` and `sandbox` are ignored in a meta tag (and
 * Chromium logs an error for them): hosts that can set headers should add them there.
 */
export const baseDirectives = {
  // Everything else (fonts, manifests, workers, media, frames) only from the site itself.
  "default-src": ["'self'"],
  // Modules from the site; inline scripts only by hash (added per page).
  "script-src": ["'self'"],
  // The stylesheets, and the copies inlined into each page by hash (added per page); no
  // style="" attributes are used or allowed.
  "style-src": ["'self'"],
  // The favicon is the only image file; diagrams are inline SVG, which needs no source.
  "img-src": ["'self'"],
  // React Router fetches route data (*.data) from the site on client navigation.
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

/** @param {string} source @returns {string} a CSP hash source for an inline script or style */
export function sourceHash(source) {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

/** @param {string[]} sources @returns {string[]} each one's hash, once */
export const hashesOf = (sources) => [...new Set(sources.map(sourceHash))];

/**
 * The policy for one page: the base directives plus a hash for each of its inline scripts and
 * inline styles.
 * @param {string} html
 * @returns {string}
 */
export function contentSecurityPolicy(html) {
  const directives = {
    ...baseDirectives,
    "script-src": [...baseDirectives["script-src"], ...hashesOf(inlineScripts(html))],
    "style-src": [...baseDirectives["style-src"], ...hashesOf(inlineStyles(html))],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;

/**
 * The page with its policy in a meta tag right after the charset declaration: a policy applies
 * only to what follows it, so it must come before the first script. Rerunning replaces it.
 * @param {string} html
 * @returns {string}
 */
export function withContentSecurityPolicy(html) {
  const page = html.replace(META, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}"/>`;
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(page);
  if (!charset) throw new Error("csp: a built page has no <meta charset> to put the policy after");
  const at = charset.index + charset[0].length;
  return `${page.slice(0, at)}${meta}${page.slice(at)}`;
}

/**
 * The policy a built page carries, or undefined.
 * @param {string} html
 * @returns {string | undefined}
 */
export function policyOf(html) {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1];
}
