// @ts-check
// Reads built HTML the way a browser parses it (parse5 follows the HTML standard), for the
// Content-Security-Policy step and for the tests that audit the built pages.
import { parse } from "parse5";

/**
 * @typedef {{ nodeName: string, attrs?: { name: string, value: string }[], childNodes?: Node[], content?: Node, value?: string }} Node
 */

/** @param {Node} node @param {(node: Node) => void} visit */
function walk(node, visit) {
  visit(node);
  node.childNodes?.forEach((child) => walk(child, visit));
  if (node.content) walk(node.content, visit);
}

/**
 * Calls `visit` on every element of a page, template contents included: the one walk over built HTML.
 * @param {string} html @param {(node: Node) => void} visit
 */
export function eachElement(html, visit) {
  walk(/** @type {Node} */ (/** @type {unknown} */ (parse(html))), (node) => {
    if (node.attrs) visit(node);
  });
}

/**
 * The source text of every inline `tag` element (a script without `src`, a `<style>`), exactly as
 * the browser hashes it for CSP.
 * @param {string} html @param {"script" | "style"} tag
 * @returns {string[]}
 */
function inlineSources(html, tag) {
  /** @type {string[]} */
  const sources = [];
  eachElement(html, (node) => {
    if (node.nodeName !== tag || node.attrs?.some((attr) => attr.name === "src")) return;
    sources.push((node.childNodes ?? []).map((child) => child.value ?? "").join(""));
  });
  return sources;
}

/** @param {string} html @returns {string[]} the source text of every inline script */
export const inlineScripts = (html) => inlineSources(html, "script");

/** @param {string} html @returns {string[]} the text of every `<style>` element */
export const inlineStyles = (html) => inlineSources(html, "style");

/** Attributes whose value is a URL the browser may navigate to or load. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster"]);

/**
 * Markup the Content-Security-Policy would block or that invites script injection: inline event
 * handlers (`onclick="…"`), `javascript:` URLs, and inline `style` attributes.
 * @param {string} html
 * @returns {{ handlers: string[], javascriptUrls: string[], styleAttributes: string[] }}
 */
export function unsafeMarkup(html) {
  /** @type {{ handlers: string[], javascriptUrls: string[], styleAttributes: string[] }} */
  const found = { handlers: [], javascriptUrls: [], styleAttributes: [] };
  eachElement(html, (node) => {
    for (const { name, value } of node.attrs ?? []) {
      const where = `<${node.nodeName} ${name}="${value.slice(0, 60)}">`;
      if (/^on/i.test(name)) found.handlers.push(where);
      // Browsers strip tabs and newlines and ignore leading spaces and case in the scheme.
      if (URL_ATTRIBUTES.has(name) && /^javascript:/i.test(value.replace(/[\t\n\r]/g, "").trim()))
        found.javascriptUrls.push(where);
      if (name === "style") found.styleAttributes.push(where);
    }
  });
  return found;
}
