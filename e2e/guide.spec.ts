import { guideSlugs } from "../src/shared/guide-pages";
import { paths } from "../src/shared/paths";
import { expect, test, url } from "./support/test";

test.describe("reading the guide", () => {
  test("the sidebar marks the current page and previous/next links follow the reading order", async ({ page }) => {
    await page.goto(url(paths.guidePage("cloud-sync")));
    const sidebar = page.getByRole("navigation", { name: "Guide", exact: true });
    await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute("href", /\/guide\/cloud-sync$/);
    await page.getByRole("link", { name: /^Next/ }).click();
    await expect(page).toHaveURL(/\/guide\/connect-sync$/);
    await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute("href", /\/guide\/connect-sync$/);
    await page.getByRole("link", { name: /^Previous/ }).click();
    await expect(page).toHaveURL(/\/guide\/cloud-sync$/);
  });

  test("a deep link lands on its heading, clear of the sticky header", async ({ page }) => {
    await page.goto(url(paths.guideAnchor("cloud-sync#objects-per-domain")));
    const heading = page.locator("#objects-per-domain");
    await expect(heading).toBeInViewport();
    const headerBottom = await page.locator(".site-header").evaluate((el) => el.getBoundingClientRect().bottom);
    const headingTop = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
  });

  test("the table of contents highlights the section being read", async ({ page }) => {
    await page.goto(url(paths.guidePage("connect-sync")));
    const toc = page.getByRole("navigation", { name: "On this page" });
    await expect(toc.locator('[aria-current="location"]')).toHaveAttribute("href", "#when-it-fits");
    await toc.getByRole("link", { name: /SQL|database/i }).click();
    await expect(toc.locator('[aria-current="location"]')).toHaveAttribute("href", "#sql-database-size");
  });

  test("a heading's copy-link button copies the section URL and says so to screen readers", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(url(paths.guidePage("overview")));
    const button = page.getByRole("button", { name: /Copy link to section: Timeline/ });
    await button.focus();
    await button.press("Enter");
    await expect(page.locator("#live-announcer")).toHaveText(/Link to “Timeline” copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/guide\/overview#timeline$/);
    await expect(page.getByRole("link", { name: "Link to section: Timeline" })).toHaveAttribute("href", "#timeline");
  });

  test("each option page draws its data flow as an accessible diagram and names its sources", async ({ page }) => {
    for (const slug of ["cloud-sync", "connect-sync", "graph-connector"]) {
      await page.goto(url(paths.guidePage(slug)));
      const diagram = page
        .getByRole("img")
        .filter({ has: page.locator("title") })
        .first();
      await expect(diagram).toBeVisible();
      expect(await diagram.getAttribute("aria-labelledby")).toBeTruthy();
      const sources = page.getByRole("region", { name: "Sources" });
      await expect(sources.getByRole("link").first()).toHaveAttribute("href", /^https:\/\/learn\.microsoft\.com\//);
    }
  });

  test("every guide page has its own title and meta description", async ({ page }) => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    for (const slug of guideSlugs) {
      await page.goto(url(paths.guidePage(slug)));
      titles.add(await page.title());
      descriptions.add((await page.locator('meta[name="description"]').getAttribute("content")) ?? "");
    }
    expect(titles.size).toBe(guideSlugs.length);
    expect(descriptions.size).toBe(guideSlugs.length);
  });
});
