import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { planPath, recommendationPath } from "../src/core/share";
import { paths } from "../src/shared/paths";
import { answersOf, journeys } from "./support/answer-sets";
import { expect, test, url } from "./support/test";
import { completePlan, completeResult, detailsCode } from "./support/complete-pages";

/**
 * Opens a page with its modules (or those `held` matches) held back, so what comes before them is
 * painted first (as on a slow phone), and returns the function that lets them load.
 */
async function openWithScriptsHeld(page: Page, path: string, held: string | RegExp = "**/assets/*.js") {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(held, async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url(path), { waitUntil: "domcontentloaded" });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return release;
}

const v2 = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../src/core/share/fixtures/v2.json"), "utf8"),
) as { query: string; outcome: string; canonical: boolean }[];

const footerTop = (page: Page) => page.locator(".site-footer").evaluate((footer) => footer.getBoundingClientRect().top);
const viewportHeight = (page: Page) => page.evaluate(() => innerHeight);
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);

test.describe("layout stability", () => {
  const linked = [
    { name: "a result", path: recommendationPath(answersOf(journeys["connect-sync"])), ready: completeResult },
    { name: "a plan", path: planPath(answersOf(journeys["connect-sync"])), ready: completePlan },
  ];
  for (const { name, path: link, ready } of linked) {
    test(`${name} opened from a link paints its top before its code, keeps the footer below the fold, and nothing shifts when the app takes over`, async ({
      page,
    }) => {
      const release = await openWithScriptsHeld(page, link);
      await expect(page.locator(".linked-painted h1")).toBeVisible();
      expect(await footerTop(page)).toBeGreaterThanOrEqual(await viewportHeight(page));
      release();
      await expect(page.locator(ready)).toBeVisible();
      expect(await shifts(page)).toEqual([]);
    });
  }

  const summaries = [
    {
      name: "a result",
      path: recommendationPath(answersOf(journeys["cloud-sync"])),
      details: detailsCode.result,
      summary: "h1[data-recommendation]",
      complete: completeResult,
    },
    {
      name: "a plan",
      path: planPath(answersOf(journeys["cloud-sync"])),
      details: detailsCode.plan,
      summary: "h1[data-plan]",
      complete: completePlan,
    },
  ];
  for (const { name, path: link, details, summary, complete } of summaries) {
    test(`${name} shows its headline while its details load, and nothing in view moves when they arrive`, async ({
      page,
    }) => {
      const release = await openWithScriptsHeld(page, link, details);
      await expect(page.locator(summary)).toBeVisible();
      await expect(page.locator(".page-header__lead")).toBeVisible();
      await expect(page.locator(".linked-details-pending")).toBeAttached();
      expect(await footerTop(page)).toBeGreaterThanOrEqual(await viewportHeight(page));
      release();
      await expect(page.locator(complete)).toBeVisible();
      expect(await shifts(page)).toEqual([]);
    });
  }

  test("an older link keeps the footer below the fold until its notice and result render together, so nothing shifts", async ({
    page,
  }) => {
    const [fixture] = v2.filter((entry) => entry.canonical);
    const release = await openWithScriptsHeld(page, `${paths.recommendation(fixture!.outcome)}?${fixture!.query}`);
    await expect(page.locator(".linked-pending")).toBeVisible();
    expect(await footerTop(page)).toBeGreaterThanOrEqual(await viewportHeight(page));
    release();
    await expect(page.locator(completeResult)).toBeVisible();
    expect(await shifts(page)).toEqual([]);
  });

  test("without a query the recommendation page reserves nothing, so its short message does not shift either", async ({
    page,
  }) => {
    const release = await openWithScriptsHeld(page, paths.recommendation("cloud-sync"));
    expect(await footerTop(page)).toBeLessThan(await viewportHeight(page));
    release();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No answers to show yet");
    expect(await shifts(page)).toEqual([]);
  });
});
