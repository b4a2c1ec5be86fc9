// @ts-check
// Fetches one cited page with Node's global fetch, following redirects by hand so that a move can
// be reported, with a timeout per request and one retry on a network error, a timeout, 429 or 5xx.
import { readPageDate } from "./page-date.js";

/** The host whose pages are checked; links elsewhere are left to the link checker. */
export const LEARN_ORIGIN = "https://learn.microsoft.com";

/**
 * @typedef {object} FetchOptions
 * @property {number} [timeoutMs] per request (each redirect hop and the retry get their own); default 15 s
 * @property {number} [retryDelayMs] wait before the one retry; default 1 s
 * @property {number} [maxRedirects] default 5
 * @property {string} [rewriteOrigin] send requests for https://learn.microsoft.com/… to this origin
 *   instead (a local fixture server in tests); URLs in results stay Learn URLs
 */

/**
 * What became of a request, before it is compared with our review.
 * - `page`: a 2xx page, with its date if its metadata carries one; `finalUrl` differs from the
 *   cited URL when a redirect moved it.
 * - `gone`: 404 or 410 (after any redirects).
 * - `unreachable`: a timeout, a network error, too many redirects or any other status.
 * @typedef {{ kind: "page", finalUrl: string, status: number, date?: import("./page-date.js").PageDate }
 *   | { kind: "gone", finalUrl: string, status: number }
 *   | { kind: "unreachable", finalUrl: string, reason: string }} FetchResult
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  accept: "text/html",
  "accept-language": "en-US",
  "user-agent": "entra-migration-advisor check-sources (weekly check of cited pages)",
};

/**
 * Learn answers a URL without a locale (`/entra/…`) with a redirect to the reader's locale
 * (`/en-us/entra/…`). That is not a move: compare paths without a leading locale segment.
 * @param {string} url
 */
export function withoutLocale(url) {
  const parsed = new URL(url);
  parsed.pathname = parsed.pathname.replace(/^\/[a-z]{2}-[a-z]{2,4}(?=\/|$)/i, "") || "/";
  return parsed.href;
}

/**
 * @param {string} url a public (Learn) URL
 * @param {string | undefined} rewriteOrigin
 */
function requestUrl(url, rewriteOrigin) {
  if (!rewriteOrigin || !url.startsWith(`${LEARN_ORIGIN}/`)) return url;
  return new URL(url.slice(LEARN_ORIGIN.length), rewriteOrigin).href;
}

/**
 * A Location header as a public URL: relative to the page that sent it, and with the rewritten
 * origin mapped back to Learn's.
 * @param {string} location @param {string} from a public URL @param {string | undefined} rewriteOrigin
 */
function publicUrl(location, from, rewriteOrigin) {
  const resolved = new URL(location, from);
  if (rewriteOrigin && resolved.origin === new URL(rewriteOrigin).origin) {
    return new URL(`${resolved.pathname}${resolved.search}`, LEARN_ORIGIN).href;
  }
  return resolved.href;
}

/** @param {unknown} error */
function describeError(error, timeoutMs = 0) {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `timed out after ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`;
  }
  const cause =
    error instanceof Error ? /** @type {{ code?: string, message?: string } | undefined} */ (error.cause) : undefined;
  return `network error: ${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))}`;
}

/**
 * One request (no redirects followed), with its timeout; the body is read within the same timeout.
 * @param {string} url @param {number} timeoutMs
 * @returns {Promise<{ status: number, location: string | null, html: string } | { error: string }>}
 */
async function requestOnce(url, timeoutMs) {
  try {
    const response = await fetch(url, { redirect: "manual", headers: HEADERS, signal: AbortSignal.timeout(timeoutMs) });
    const ok = response.status >= 200 && response.status < 300;
    const html = ok ? await response.text() : "";
    if (!ok) await response.body?.cancel();
    return { status: response.status, location: response.headers.get("location"), html };
  } catch (error) {
    return { error: describeError(error, timeoutMs) };
  }
}

/** @param {{ status: number } | { error: string }} outcome */
const worthRetrying = (outcome) => "error" in outcome || outcome.status === 429 || outcome.status >= 500;

/**
 * Fetches a cited URL and reads its date.
 * @param {string} url the cited (public) URL
 * @param {FetchOptions} [options]
 * @returns {Promise<FetchResult>}
 */
export async function fetchSource(url, options = {}) {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, retryDelayMs = 1000, maxRedirects = 5, rewriteOrigin } = options;
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop += 1) {
    const target = requestUrl(current, rewriteOrigin);
    let outcome = await requestOnce(target, timeoutMs);
    if (worthRetrying(outcome)) {
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
      outcome = await requestOnce(target, timeoutMs);
    }
    if ("error" in outcome) return { kind: "unreachable", finalUrl: current, reason: outcome.error };
    const { status, location, html } = outcome;
    if (REDIRECT.has(status) && location) {
      current = publicUrl(location, current, rewriteOrigin);
      continue;
    }
    if (status === 404 || status === 410) return { kind: "gone", finalUrl: current, status };
    if (status < 200 || status >= 300) return { kind: "unreachable", finalUrl: current, reason: `HTTP ${status}` };
    const date = readPageDate(html);
    return date ? { kind: "page", finalUrl: current, status, date } : { kind: "page", finalUrl: current, status };
  }
  return { kind: "unreachable", finalUrl: current, reason: `more than ${maxRedirects} redirects` };
}

/**
 * Runs `task` on every item, at most `limit` at a time, and gives the results in the items' order.
 * @template T, R
 * @param {readonly T[]} items @param {number} limit @param {(item: T) => Promise<R>} task
 * @returns {Promise<R[]>}
 */
export async function mapWithLimit(items, limit, task) {
  /** @type {R[]} */
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(/** @type {T} */ (items[index]));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
