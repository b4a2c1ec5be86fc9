import type { Page, Route } from "@playwright/test";

/** Whether the first contentful paint has happened: what a deferred page waits for. */
const firstContentfulPaint = () => performance.getEntriesByName("first-contentful-paint").length > 0;

/**
 * Holds every module request until `release` is called, and records for each request the page
 * makes to run a module whether `painted` held then. The app's modules are also prefetched from
 * `<head>` at the lowest priority (scripts/build/defer-hydration.js); those are held as well
 * (routing disables the HTTP cache, so a held prefetch never stands in for a module) and counted
 * apart, as `prefetched`. Pages using it are opened with `waitUntil: "domcontentloaded"`: a
 * module added before the load event delays that event, so waiting for "load" while the module is
 * held can hang (it did, in CI).
 */
export async function holdScripts(page: Page, painted: () => boolean = firstContentfulPaint) {
  const held: Route[] = [];
  const paintedAtRequest: boolean[] = [];
  const prefetched: string[] = [];
  let released = false;
  await page.route(/\/assets\/.+\.js$/, async (route) => {
    const request = route.request();
    if (request.resourceType() === "script") paintedAtRequest.push(await page.evaluate(painted).catch(() => false));
    else prefetched.push(request.url());
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    paintedAtRequest,
    prefetched,
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}
