import { paths } from "../src/shared/paths";
import { expect, test, url } from "./support/test";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a guide page's headings and paragraphs are in the HTML", async ({ page }) => {
    await page.goto(url(paths.guidePage("overview")));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.locator("main h2").count()).toBeGreaterThan(3);
    expect(await page.locator("main p").count()).toBeGreaterThan(10);
    await expect(page.locator("#timeline")).toBeVisible();
  });

  test("the guide menu and links work without scripts", async ({ page }) => {
    await page.goto(url(paths.guideIndex()));
    await page
      .getByRole("link", { name: /compare/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/guide\/compare$/);
    await expect(page.locator("table").first()).toBeVisible();
  });

  test("controls that need scripts are hidden", async ({ page }) => {
    await page.goto(url(paths.guidePage("overview")));
    await expect(page.getByRole("button", { name: "Dark theme" })).toBeHidden();
    await expect(page.locator(".section-heading__copy").first()).toBeHidden();
  });
});
