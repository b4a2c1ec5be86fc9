import { paths } from "../src/shared/paths";
import { prerenderPaths } from "../src/prerender-paths";
import { journeys } from "./support/answer-sets";
import { themes, useTheme } from "./support/axe";
import { pressAndCheck, tabTo } from "./support/focus";
import { expect, test, url } from "./support/test";
import { completePlan, completeResult } from "./support/complete-pages";

const hasPlanPage = prerenderPaths().includes(paths.plan());

test.describe("keyboard-only use", () => {
  // Focus moves then scroll at once, so each stop is read where it comes to rest.
  test.use({ reducedMotion: "reduce" });

  for (const theme of themes) {
    test(`the advisor can be completed and the plan reached with the keyboard alone, focus visible at every stop, in the ${theme} theme`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await useTheme(page, theme);
      await page.goto(url(paths.advisorStart()));
      await tabTo(page, (stop) => stop.text === "Start now");
      await page.keyboard.press("Enter");

      for (const [index, [questionId, ...values]] of journeys["cloud-sync"].entries()) {
        await expect(page).toHaveURL(new RegExp(`${paths.advisorQuestion(questionId)}$`));
        // After each step the page moves focus to the new heading; Tab continues from there.
        if (index > 0) await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
        if (questionId === "needs") {
          for (const value of values) {
            await tabTo(page, (stop) => stop.name === questionId && stop.value === value);
            await page.keyboard.press("Space");
          }
        } else {
          // Tab enters a radio group once; the arrow keys move (and select) within it.
          let stop = await tabTo(page, (candidate) => candidate.name === questionId);
          for (let moves = 0; stop.value !== values[0] && moves < 5; moves++)
            stop = await pressAndCheck(page, "ArrowDown");
          await page.keyboard.press("Space");
        }
        for (const value of values)
          await expect(page.locator(`input[name="${questionId}"][value="${value}"]`)).toBeChecked();
        await tabTo(page, (stop) => stop.text === "Continue");
        await page.keyboard.press("Enter");
      }

      await expect(page).toHaveURL(new RegExp(`${paths.advisorCheck()}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      await tabTo(page, (stop) => stop.text === "See your recommendation");
      await page.keyboard.press("Enter");
      await expect(page.locator("[data-recommendation]")).toHaveAttribute("data-recommendation", "cloud-sync");
      await expect(page.locator("[data-recommendation]")).toBeFocused();
      await expect(page.locator(completeResult)).toBeVisible();

      const planLink = await tabTo(page, (stop) => stop.text === "Open your migration plan", { limit: 150 });
      expect(planLink.href).toMatch(/\/plan\?v=3&engine=/);
      if (hasPlanPage) {
        await page.keyboard.press("Enter");
        await expect(page).toHaveURL(/\/plan\?v=3&engine=/);
        // The plan's heading takes focus when it renders: Tab only once it has, or the focus()
        // lands after the key press and is read as the Tab stop. Its details follow: until they
        // are in, the next stop is in the footer, pushed out of view as they arrive.
        await expect(page.getByRole("heading", { level: 1, name: /^Migration plan:/ })).toBeFocused();
        await expect(page.locator(completePlan)).toBeAttached();
        await tabTo(page, () => true);
      }
    });
  }
});

test.describe("motion", () => {
  const pages = [paths.home(), paths.guidePage("overview"), paths.advisorQuestion("engine")];

  test("with reduced motion requested, scrolling jumps and nothing animates or transitions", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    for (const path of pages) {
      await page.goto(url(path));
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), path).toBe("auto");
      const moving = await page.evaluate(() => {
        // 0.01 ms is what the site's reduced-motion rule sets: instantly over, but events still fire.
        const longest = (list: string) =>
          Math.max(...list.split(",").map((value) => parseFloat(value) / (value.trim().endsWith("ms") ? 1000 : 1)));
        const found: string[] = [];
        for (const element of document.querySelectorAll("*")) {
          for (const pseudo of [null, "::before", "::after"]) {
            const style = getComputedStyle(element, pseudo);
            const animated = style.animationName !== "none" && longest(style.animationDuration) > 0.00001;
            const transitioned = style.transitionProperty !== "none" && longest(style.transitionDuration) > 0.00001;
            if (animated || transitioned)
              found.push(`${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ""}`);
          }
        }
        return found;
      });
      expect(moving, path).toEqual([]);
    }
  });

  test("without that preference, in-page links scroll smoothly", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.goto(url(paths.guidePage("overview")));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
  });
});
