// @ts-check
// Plain JavaScript (type-checked through JSDoc) so that node scripts, the build, the site and the
// tests all read guide headings with this one parser.

/** `## Some heading {#some-id}` on a heading's last text: the explicit id syntax guide authors write. */
export const headingIdSuffix = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** A whole Markdown heading line with an id: the hashes and text (with the space before the id), then the id. */
const headingLine = () => /^(#{2,6}[ \t].*?)\{#([a-z0-9-]+)\}[ \t]*$/gm;

/**
 * @typedef {object} HeadingEntry
 * @property {2 | 3} depth
 * @property {string} id
 * @property {string} text
 */

/**
 * MDX reads `{…}` as a JavaScript expression, so `{#id}` would not parse. Escaping the braces
 * before MDX sees the file turns the suffix into plain text that the heading-id plugin then
 * takes off again (the approach Docusaurus uses).
 * @param {string} source
 */
export function escapeHeadingIds(source) {
  return source.replace(headingLine(), (_line, heading, id) => `${heading}\\{#${id}\\}`);
}

/**
 * Every h2 and h3 of an MDX source that carries an id, in order, with its text as written
 * (inline Markdown marks included).
 * @param {string} source
 * @returns {HeadingEntry[]}
 */
export function headingsWithIds(source) {
  /** @type {HeadingEntry[]} */
  const headings = [];
  for (const match of source.matchAll(headingLine())) {
    const [, heading = "", id = ""] = match;
    const depth = heading.search(/[ \t]/);
    if (depth === 2 || depth === 3) headings.push({ depth, id, text: heading.slice(depth).trim() });
  }
  return headings;
}
