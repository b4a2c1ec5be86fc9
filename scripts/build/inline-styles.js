// @ts-check
// Inlines a page's stylesheets, so its first paint waits for no request after the HTML (on slow
// 4G, one round trip of about 0.56 s). React Router renders each stylesheet as a <link> and
// hydrates against it, so the link stays, right after its copy, with media="not all": it neither
// blocks the paint nor applies, and React still finds the element it rendered. A copy is marked
// with its link's href (`data-inlined`): when the app later removes the link (a route's own
// stylesheet, on leaving the route), the boot loader removes the copy with it. Each copy is
// allowed by its hash (scripts/quality/csp.js).
// With nothing left to wait for, Chromium may paint as soon as its parser yields, before the
// footer is parsed: a footer in view then grows into place, a layout shift (seen on a short
// page). So the paint waits until the parser has reached the app's inert boot module, which
// follows the footer and the route's data (`<link rel="expect" blocking="render">`: HTML's
// render-blocking on an element; Chromium lifts it once the element is inserted, so it names
// the first element after the visible page; browsers without it paint as they did).
import { BOOT_ID, bootLoader } from "./defer-hydration.js";

/** The attribute that names the stylesheet a <style> element is a copy of. */
export const INLINED_ATTRIBUTE = "data-inlined";
if (!bootLoader.includes(`style[${INLINED_ATTRIBUTE}]`))
  throw new Error("inline-styles: the boot loader removes copies by another attribute");

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"\/?>/g;
const PAINT_AFTER_PAGE = `<link rel="expect" href="#${BOOT_ID}" blocking="render"/>`;

/**
 * The page with each stylesheet inlined before its link, the link made inert, and the paint
 * waiting for the parser to pass the footer.
 * @param {string} html a page whose hydration is deferred (defer-hydration.js)
 * @param {(href: string) => string} readCss the stylesheet's text, by its href
 * @returns {string}
 */
export function inlineStylesheets(html, readCss) {
  const footer = html.indexOf("</footer>");
  if (footer < 0 || html.indexOf(`id="${BOOT_ID}"`) < footer)
    throw new Error(`inline-styles: the page has no #${BOOT_ID} after its footer to paint after`);
  let first = true;
  return html.replace(STYLESHEET, (_, /** @type {string} */ href) => {
    const css = readCss(href);
    // A copy in the page resolves relative URLs against the page, not the stylesheet, and would
    // end at a "</style" inside it: neither can be moved safely.
    if (/url\(\s*["']?(?!data:|\/|#)/i.test(css) || /@import/i.test(css))
      throw new Error(`inline-styles: ${href} refers to other files by relative URL`);
    if (/<\/style/i.test(css)) throw new Error(`inline-styles: ${href} holds "</style"`);
    const copy = `<style ${INLINED_ATTRIBUTE}="${href}">${css}</style><link rel="stylesheet" href="${href}" media="not all"/>`;
    const before = first ? PAINT_AFTER_PAGE : "";
    first = false;
    return `${before}${copy}`;
  });
}
