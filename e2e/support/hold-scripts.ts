import type { Page, Route } from "@playwright/test";

/** Whether the first contentful paint has happened: what a deferred page waits for. */
const firstContentfulPaint = () => performance.getEntriesByName("first-contentful-paint").length > 0;

/**
 * Holds every module request until `release` is called, and records for each whether `painted`
 * held then. Pages using it are opened with `waitUntil: "domcontentloaded"`: a module added
 * before the load event delays that event, so waiting for "load" while the module is held can
 * hang (it did, in CI).
 */
export async function holdScripts(page: Page, painted: () => boolean = firstContentfulPaint) {
  const held: Route[] = [];
  const paintedAtRequest: boolean[] = [];
  let released = false;
  await page.route(/\/assets\/.+\.js$/, async (route) => {
    paintedAtRequest.push(await page.evaluate(painted).catch(() => false));
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    paintedAtRequest,
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}
