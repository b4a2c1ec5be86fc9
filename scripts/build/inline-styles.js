// @ts-check
// Inlines a page's own stylesheets (a route's, such as the plan's), so the page waits on one
// stylesheet request before its first paint, the site's shared one, as the guide does: the
// plan waited on two (issue 23). The shared stylesheet, linked by every page, stays a file:
// it is cached after the first page, and inlining it everywhere made Lighthouse's simulated
// first paint later (the HTML grows past the first round trip's worth of bytes).
// React Router renders each stylesheet as a <link> and hydrates against it, so the link stays,
// right after its copy, `disabled`: not fetched and not applied, and React still finds the
// element it rendered. A copy is marked with its link's href (`data-inlined`): when the app
// removes the link (on leaving the route), the boot loader removes the copy with it. Each copy
// is allowed by its hash (scripts/quality/csp.js).
import { bootLoader } from "./defer-hydration.js";

/** The attribute that names the stylesheet a <style> element is a copy of. */
export const INLINED_ATTRIBUTE = "data-inlined";
if (!bootLoader.includes(`style[${INLINED_ATTRIBUTE}]`))
  throw new Error("inline-styles: the boot loader removes copies by another attribute");

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"\/?>/g;

/** @param {string} html @returns {string[]} the stylesheets a page links, in order */
const stylesheetsOf = (html) => [...html.matchAll(STYLESHEET)].map((match) => /** @type {string} */ (match[1]));

/**
 * The stylesheets every page links: the site's shared ones, which stay files.
 * @param {string[]} pages the built pages' HTML
 * @returns {Set<string>}
 */
export function sharedStylesheets(pages) {
  const [first = "", ...rest] = pages;
  return new Set(stylesheetsOf(first).filter((href) => rest.every((html) => stylesheetsOf(html).includes(href))));
}

/**
 * The page with each of its own stylesheets inlined before its link, the link disabled.
 * @param {string} html
 * @param {Set<string>} shared stylesheets left as they are (sharedStylesheets)
 * @param {(href: string) => string} readCss the stylesheet's text, by its href
 * @returns {string}
 */
export function inlineStylesheets(html, shared, readCss) {
  return html.replace(STYLESHEET, (link, /** @type {string} */ href) => {
    if (shared.has(href)) return link;
    const css = readCss(href);
    // A copy in the page resolves relative URLs against the page, not the stylesheet, and would
    // end at a "</style" inside it: neither can be moved safely.
    if (/url\(\s*["']?(?!data:|\/|#)/i.test(css) || /@import/i.test(css))
      throw new Error(`inline-styles: ${href} refers to other files by relative URL`);
    if (/<\/style/i.test(css)) throw new Error(`inline-styles: ${href} holds "</style"`);
    return `<style ${INLINED_ATTRIBUTE}="${href}">${css}</style><link rel="stylesheet" href="${href}" disabled=""/>`;
  });
}
