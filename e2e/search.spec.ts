import type { Page } from "@playwright/test";
import { basePath } from "../scripts/base-path.js";
import { paths } from "../src/shared/paths";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { expect, test, url } from "./support/test";

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search the guide" });
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search the guide" });

/** Waits for the router and the browser's smooth scroll to settle, then checks the heading is clear of the header. */
async function expectHeadingInView(page: Page, id: string) {
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator(".site-header").evaluate((el) => el.getBoundingClientRect().bottom);
  await expect
    .poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
    .toBeGreaterThanOrEqual(Math.floor(headerBottom));
  await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight / 2)).toBe(true);
}

/**
 * Opens search with a shortcut key, or the header button, until the dialog shows: a key or click
 * that arrives before React has hydrated the page finds no listener yet, and a visitor would
 * simply try again.
 */
async function openSearch(page: Page, via: "/" | "Control+k" | "button") {
  await expect(async () => {
    // An earlier try may have opened it late (its code loads on first use): never press twice.
    if (!(await dialog(page).isVisible())) {
      if (via === "button") await page.getByRole("button", { name: "Search" }).click({ timeout: 2_000 });
      else await page.keyboard.press(via);
    }
    await expect(dialog(page)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

test.describe("search", () => {
  test("opens with /, finds a number, and Enter on the arrowed-to result lands on its section with the heading in view", async ({
    page,
  }) => {
    await page.goto(url(paths.guidePage("overview")));
    await page.locator("main").click({ position: { x: 1, y: 1 } });
    await openSearch(page, "/");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type("150,000");
    const first = page.getByRole("option").first();
    await expect(first).toHaveAccessibleName(/Objects per domain/);
    await expect(first.locator("mark").first()).toHaveText("150,000");
    await expect(page.getByRole("status").filter({ hasText: /results? for “150,000”/ })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect(searchBox(page)).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    await expect(first).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/guide\/cloud-sync#objects-per-domain$/);
    await expect(dialog(page)).toBeHidden();
    await expectHeadingInView(page, "objects-per-domain");
    await expect(page.locator("#objects-per-domain")).toBeFocused();
  });

  test("a runbook word finds the guide's own: “orphaned users” lands on the orphaned-objects section", async ({
    page,
  }) => {
    await page.goto(url(paths.guidePage("overview")));
    await openSearch(page, "button");
    await searchBox(page).fill("orphaned users");
    const first = page.getByRole("option").first();
    await expect(first).toHaveAccessibleName(/Orphaned objects/);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/guide\/migrate-safely#orphaned-objects$/);
    await expectHeadingInView(page, "orphaned-objects");
  });

  test("arrow keys move through the results, and an old product name finds the current one", async ({ page }) => {
    await page.goto(url(paths.home()));
    await openSearch(page, "Control+k");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type("AAD Connect");
    const options = page.getByRole("option");
    await expect(options.first()).toHaveAttribute("href", new RegExp(`^${basePath()}guide/connect-sync`));
    await expect(options.first().locator("mark").first()).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(options.first()).toHaveAttribute("aria-selected", "false");
    await page.keyboard.press("ArrowUp");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/guide\/connect-sync(#[a-z-]+)?$/);
  });

  test("the header button opens search, and Esc closes it and returns focus to the button", async ({ page }) => {
    await page.goto(url(paths.guidePage("glossary")));
    const button = page.getByRole("button", { name: "Search" });
    await openSearch(page, "button");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("Esc returns focus to the link that had it when the shortcut opened search", async ({ page }) => {
    await page.goto(url(paths.guidePage("overview")));
    const link = page.getByRole("link", { name: "Skip to main content" });
    await link.focus();
    await openSearch(page, "Control+k");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(link).toBeFocused();
  });

  test("a click on a result opens its section, and the Close button closes the dialog", async ({ page }) => {
    await page.goto(url(paths.guidePage("overview")));
    await openSearch(page, "button");
    await page.getByRole("button", { name: "Close" }).click();
    await expect(dialog(page)).toBeHidden();
    await page.getByRole("button", { name: "Search" }).click();
    await searchBox(page).fill("ImmutableId");
    await page.getByRole("option", { name: /^ImmutableId/ }).click();
    await expect(page).toHaveURL(/\/guide\/glossary#immutableid$/);
    await expectHeadingInView(page, "immutableid");
  });

  test("says so when nothing matches, and announces the count to screen readers", async ({ page }) => {
    await page.goto(url(paths.guidePage("overview")));
    await openSearch(page, "/");
    await searchBox(page).fill("zzyzx quokka");
    const status = dialog(page).getByRole("status");
    await expect(status).toHaveText(/No results for “zzyzx quokka”/);
    await expect(page.getByRole("option")).toHaveCount(0);
    await expect(searchBox(page)).toHaveAttribute("aria-expanded", "false");
    await searchBox(page).fill("clod sync");
    await expect(status).toHaveText(/\d+ results for “clod sync”/);
    await expect(searchBox(page)).toHaveAttribute("aria-expanded", "true");
  });

  test("/ typed into a text field stays a character and does not open search", async ({ page }) => {
    await page.goto(url(paths.guidePage("overview")));
    // Adding an element before React has hydrated would itself cause a hydration error.
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.setAttribute("aria-label", "Scratch field");
      document.querySelector("main")!.prepend(input);
    });
    const field = page.getByRole("textbox", { name: "Scratch field" });
    await field.click();
    await page.keyboard.type("a/b");
    await expect(field).toHaveValue("a/b");
    await expect(dialog(page)).toBeHidden();
  });

  test("loads nothing for search until it is opened, then fetches the index from the site's own base path", async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(url(paths.guidePage("overview")));
    await page.waitForLoadState("networkidle");
    expect(requests.filter((path) => /search/.test(path))).toEqual([]);
    await openSearch(page, "/");
    await searchBox(page).fill("WAAD connector");
    await expect(page.getByRole("option").first()).toHaveAttribute("href", new RegExp(`^${basePath()}guide/overview`));
    const index = requests.find((path) => /search-index-[\w-]+\.json$/.test(path));
    expect(index).toMatch(new RegExp(`^${basePath()}assets/`));
  });

  for (const theme of themes) {
    test(`axe finds no WCAG 2.2 A/AA violation with the dialog open and results shown, ${theme} theme`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.goto(url(paths.guidePage("overview")));
      await openSearch(page, "/");
      await searchBox(page).fill("AAD Connect");
      await expect(page.getByRole("option").first()).toBeVisible();
      await page.keyboard.press("ArrowDown");
      await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
      await expectNoAxeViolations(page, `search dialog (${theme})`);
      await searchBox(page).fill("zzyzx");
      await expect(dialog(page).getByRole("status")).toHaveText(/No results/);
      await expectNoAxeViolations(page, `search dialog without results (${theme})`);
    });
  }

  test("the dialog fits a 360 px wide screen, and the section lands clear of the header", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url(paths.guidePage("overview")));
    await openSearch(page, "button");
    await searchBox(page).fill("Generic LDAP");
    await expect(page.getByRole("option").first()).toBeVisible();
    const box = await dialog(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, "search dialog at 360 px");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/guide\/glossary#generic-ldap-connector$/);
    await expectHeadingInView(page, "generic-ldap-connector");
  });
});
