import { paths } from "../src/shared/paths";
import { prerenderPaths } from "../src/prerender-paths";
import { expect, test, url } from "./support/test";

test.describe("the site shell", () => {
  test("the home page says what the site is for and offers the guide and the advisor", async ({ page }) => {
    await page.goto(url(paths.home()));
    await expect(page).toHaveTitle("Entra Migration Advisor");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("deprecated connector");
    await page.getByRole("link", { name: "Read the guide" }).click();
    await expect(page).toHaveURL(/\/guide\/overview$/);
    await page.goBack();
    await expect(page.getByRole("link", { name: "Get a recommendation" })).toHaveAttribute("href", /\/advisor$/);
  });

  test("every prerendered route is its own HTML file with a heading", async ({ request }) => {
    for (const path of prerenderPaths()) {
      const response = await request.get(url(path));
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain("text/html");
      expect(await response.text(), path).toMatch(/<h1[^>]*>[^<]+/);
    }
  });

  test("the skip link moves keyboard focus to the main content", async ({ page }) => {
    await page.goto(url(paths.guidePage("overview")));
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("the theme follows the system until the visitor chooses one, and the choice is remembered without a flash", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(url(paths.home()));
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");

    // The theme must be on <html> before any script of the app runs: read it at DOMContentLoaded.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { themeAtLoad?: string }).themeAtLoad = document.documentElement.dataset.theme;
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtLoad?: string }).themeAtLoad)).toBe("light");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(255, 255, 255)");
  });

  test("the layout fits a 360 px wide screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [paths.home(), paths.guidePage("compare"), paths.guidePage("overview")]) {
      await page.goto(url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
