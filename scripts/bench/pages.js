// @ts-check
// The page kinds the benchmark measures: one of each kind a visitor lands on.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * @typedef {object} PageKind
 * @property {string} kind
 * @property {string} path site path with query, relative to the base path
 * @property {string} html the built file a first visit receives, relative to build/client
 * @property {boolean} [notFound] served with status 404
 * @property {Partial<Record<"performance"|"accessibility"|"bestPractices"|"seo", string>>} [exempt]
 *   budgets that do not apply to this kind, and why
 */

/** A complete, canonical answer set from the share-link fixtures (cloud sync, one forest). */
function shareQuery() {
  const fixtures = JSON.parse(readFileSync(new URL("../../src/core/share/fixtures/v3.json", import.meta.url), "utf8"));
  const fixture = fixtures.find((/** @type {{ canonical: boolean }} */ entry) => entry.canonical);
  return { query: /** @type {string} */ (fixture.query), outcome: /** @type {string} */ (fixture.outcome) };
}

/**
 * @param {string} clientDir
 * @returns {PageKind[]}
 */
export function pageKinds(clientDir) {
  const { query, outcome } = shareQuery();
  /** @type {PageKind[]} */
  const kinds = [
    { kind: "home", path: "/", html: "index.html" },
    { kind: "guide page", path: "/guide/overview", html: "guide/overview/index.html" },
    { kind: "advisor start", path: "/advisor", html: "advisor/index.html" },
    { kind: "question", path: "/advisor/engine", html: "advisor/engine/index.html" },
    {
      kind: "recommendation",
      path: `/recommendation/${outcome}?${query}`,
      html: `recommendation/${outcome}/index.html`,
    },
    { kind: "plan", path: `/plan?${query}`, html: "plan/index.html" },
    {
      kind: "404",
      path: "/no-such-page",
      html: "404.html",
      notFound: true,
      exempt: {
        seo: "a 404 answer marked noindex, as it must be",
        bestPractices: "Chromium logs the 404 status of the document itself as a console error",
      },
    },
  ];
  // The plan page comes with its own branch of work: measured once it is built.
  return kinds.filter((page) => existsSync(path.join(clientDir, page.html)));
}
