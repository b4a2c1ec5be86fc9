// @ts-check
// A cited page's last-updated date, from the metadata Microsoft Learn puts in its <head>.
import { parse } from "parse5";

/**
 * The meta tags that date a page, by the attribute that names them. Learn pages carry
 * `ms.date` (the date the article was last reviewed by its authors, MM/DD/YYYY) and
 * `updated_at` (the time of the page's last commit, ISO 8601); `article:modified_time` is the
 * Open Graph form other sites use.
 */
export const DATE_META = /** @type {const} */ (["ms.date", "updated_at", "article:modified_time"]);

/** @typedef {(typeof DATE_META)[number]} DateMeta */

/**
 * @typedef {object} PageDate
 * @property {string} date The latest date found, YYYY-MM-DD (UTC).
 * @property {DateMeta} from The meta tag it came from.
 * @property {Partial<Record<DateMeta, string>>} found Every date found, by tag, YYYY-MM-DD.
 */

/**
 * `ms.date`'s form, MM/DD/YYYY (single-digit months and days accepted), as YYYY-MM-DD.
 * @param {string} value
 * @returns {string | undefined} undefined unless it is a real calendar date
 */
export function parseMsDate(value) {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const [, month, day, year] = match;
  return calendarDate(Number(year), Number(month), Number(day));
}

/**
 * An ISO 8601 date or date-time (`2025-09-29`, `2025-09-29T18:22:05Z`, `…+02:00`) as its UTC
 * date, YYYY-MM-DD.
 * @param {string} value
 * @returns {string | undefined} undefined when it is not an ISO date
 */
export function parseIsoDate(value) {
  const text = value.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) return calendarDate(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]));
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/**
 * @param {number} year @param {number} month @param {number} day
 * @returns {string | undefined}
 */
function calendarDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * @typedef {object} HtmlNode
 * @property {string} nodeName
 * @property {{ name: string, value: string }[]} [attrs]
 * @property {HtmlNode[]} [childNodes]
 */

/**
 * Reads the page's dates from its `<meta>` tags (by `name` or `property`) and gives the latest:
 * a page counts as changed when any of them moves past our review. Unparseable values are
 * ignored; a page with none of the tags gives undefined.
 * @param {string} html
 * @returns {PageDate | undefined}
 */
export function readPageDate(html) {
  /** @type {Partial<Record<DateMeta, string>>} */
  const found = {};
  /** @param {HtmlNode} node */
  const walk = (node) => {
    if (node.nodeName === "meta") {
      const attrs = new Map((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
      const key = /** @type {DateMeta | undefined} */ (
        DATE_META.find((name) => name === (attrs.get("name") ?? attrs.get("property"))?.trim())
      );
      const content = attrs.get("content");
      if (key && content !== undefined && found[key] === undefined) {
        const date = key === "ms.date" ? parseMsDate(content) : parseIsoDate(content);
        if (date) found[key] = date;
      }
    }
    node.childNodes?.forEach(walk);
  };
  walk(/** @type {HtmlNode} */ (/** @type {unknown} */ (parse(html))));
  /** @type {PageDate | undefined} */
  let latest;
  for (const key of DATE_META) {
    const date = found[key];
    if (date && (!latest || date > latest.date)) latest = { date, from: key, found };
  }
  return latest;
}
