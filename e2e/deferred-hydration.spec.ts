import { paths } from "../src/shared/paths";
import { holdScripts } from "./support/hold-scripts";
import { expect, test, url } from "./support/test";

test.describe("a page paints before its code loads", () => {
  for (const path of [paths.home(), paths.guidePage("overview"), paths.advisorStart()]) {
    test(`${path}: no script is requested before the first contentful paint, and the page then hydrates`, async ({
      page,
    }) => {
      const scripts = await holdScripts(page);
      await page.goto(url(path), { waitUntil: "domcontentloaded" });
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect.poll(() => scripts.paintedAtRequest.length).toBeGreaterThan(0);
      await scripts.release();
      await expect(page.locator("html")).toHaveAttribute("data-interactive", "true");
      expect(scripts.paintedAtRequest.every(Boolean)).toBe(true);
    });
  }

  test("a click and the search shortcut made before hydration are answered once it has hydrated", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    const scripts = await holdScripts(page);
    await page.goto(url(paths.guidePage("overview")), { waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: "Dark theme" }).click();
    await page.keyboard.press("/");
    await expect(page.locator("html")).not.toHaveAttribute("data-interactive", "true");
    await scripts.release();
    await expect(page.locator("html")).toHaveAttribute("data-interactive", "true");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect(page.getByRole("dialog", { name: "Search the guide" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Search the guide" })).toBeFocused();
  });

  test("typing / into a field before hydration stays typing", async ({ page }) => {
    const scripts = await holdScripts(page);
    await page.goto(url(paths.guidePage("overview")), { waitUntil: "domcontentloaded" });
    // A guide page has no field of its own; one added after the app's markup (React leaves it alone) stands in.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement("input"), { id: "probe" })));
    await page.locator("#probe").fill("");
    await page.locator("#probe").press("/");
    await expect(page.locator("#probe")).toHaveValue("/");
    await scripts.release();
    await expect(page.locator("html")).toHaveAttribute("data-interactive", "true");
    await expect(page.getByRole("dialog", { name: "Search the guide" })).toHaveCount(0);
  });

  test("a question answered and continued before hydration is taken once it has hydrated", async ({ page }) => {
    const scripts = await holdScripts(page);
    await page.goto(url(paths.advisorQuestion("engine")), { waitUntil: "domcontentloaded" });
    await page.locator('input[name="engine"][value="mim-2016-sp2"]').check();
    await page.getByRole("button", { name: "Continue" }).click();
    // No native submission: the page stays put until the app can take the answer.
    await expect(page).toHaveURL(/\/advisor\/engine$/);
    await scripts.release();
    await expect(page).toHaveURL(/\/advisor\/directory$/);
    const answers = await page.evaluate(() => JSON.parse(localStorage.getItem("ema-advisor-answers")!).state.answers);
    expect(answers).toEqual({ engine: "mim-2016-sp2" });
  });

  test("Continue pressed before hydration with nothing chosen shows the error summary once it has hydrated", async ({
    page,
  }) => {
    const scripts = await holdScripts(page);
    await page.goto(url(paths.advisorQuestion("engine")), { waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: "Continue" }).click();
    await scripts.release();
    await expect(page.getByRole("alert")).toBeFocused();
    await expect(page).toHaveURL(/\/advisor\/engine$/);
  });
});
