import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { clientDir } from "../scripts/base-path.js";
import { paths } from "../src/shared/paths";
import { ANSWERS_STORAGE_KEY } from "./support/advisor";
import { expect, test, url } from "./support/test";
import { completeResult } from "./support/complete-pages";

const cloudSync =
  "v=3&engine=mim-2016-sp3&directory=ad&in-ad=already&forests=one&largest-domain=under-100k&total-objects=under-100k&needs=none&only-sync=no&existing-connect=no&federation=managed&environment=production";
const connectSync =
  "v=3&engine=mim-2016-pre-sp2&directory=ad&in-ad=already&forests=several-connected&largest-domain=100k-150k&total-objects=100k-or-more&needs=device-sync,groups-over-50k&only-sync=yes&existing-connect=yes&federation=adfs&environment=production";

/** Everything the result page says that the answers decide, for comparing two browsers. */
async function resultFingerprint(page: Page) {
  await expect(page.locator(completeResult)).toBeVisible();
  return page.evaluate(() => ({
    outcome: document.querySelector("[data-recommendation]")?.getAttribute("data-recommendation"),
    caveats: [...document.querySelectorAll("[data-caveat]")].map((el) => el.getAttribute("data-caveat")),
    blockers: [...document.querySelectorAll("[data-option]")].map(
      (option) =>
        `${option.getAttribute("data-option")}:` +
        [...option.querySelectorAll("[data-blocker]")].map((el) => el.getAttribute("data-blocker")).join(","),
    ),
    reasons: [...document.querySelectorAll("[data-reason]")].map((el) => el.textContent),
  }));
}

test.describe("shareable recommendation links", () => {
  test("a copied link reproduces the identical result in a browser that has never seen the site", async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(url(paths.recommendation("connect-sync", connectSync)));
    const original = await resultFingerprint(page);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.locator("#live-announcer")).toHaveText("Link copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator("[data-share-url]").inputValue());

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(copied);
    expect(await resultFingerprint(other)).toEqual(original);
    expect(original.caveats).toEqual(expect.arrayContaining(["extend-existing-connect", "full-sql-server"]));
    await fresh.close();
  });

  test("a link without the outcome, or with the wrong one, is corrected in place (history replace)", async ({
    page,
  }) => {
    for (const wrong of [
      paths.recommendation(undefined, cloudSync),
      paths.recommendation("graph-connector", cloudSync),
    ]) {
      await page.goto(url(wrong));
      await expect(page).toHaveURL(new RegExp(`/recommendation/cloud-sync\\?${cloudSync.replace(/[?.]/g, "\\$&")}$`));
      await expect(page.locator("[data-recommendation]")).toHaveAttribute("data-recommendation", "cloud-sync");
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(3);
      await page.goBack();
      await expect(page).not.toHaveURL(/graph-connector|recommendation\?/);
    }
  });

  test("unknown parameters are ignored", async ({ page }) => {
    await page.goto(url(paths.recommendation("cloud-sync", `${cloudSync}&utm_source=mail&ref=x`)));
    await expect(page.locator("[data-recommendation]")).toHaveAttribute("data-recommendation", "cloud-sync");
  });

  const tampered: { name: string; query: string; says: RegExp }[] = [
    { name: "an invalid value", query: cloudSync.replace("forests=one", "forests=seven"), says: /Forests/ },
    {
      name: "an answer to a question that does not apply",
      query: `${cloudSync}&licenses=p1-p2`,
      says: /Entra ID P1 or P2/,
    },
    { name: "a missing answer", query: cloudSync.replace("&environment=production", ""), says: /Environment/ },
    { name: "a duplicated parameter", query: `${cloudSync}&engine=fim-2010-r2`, says: /more than once/ },
    { name: "an unknown version", query: cloudSync.replace("v=3", "v=banana"), says: /version/ },
    { name: "a future version", query: cloudSync.replace("v=3", "v=7"), says: /newer version/ },
    { name: "no version", query: cloudSync.replace("v=3&", ""), says: /version/ },
    { name: "garbage", query: "%%%zz=&&&=", says: /could not be read|version/ },
    { name: "an absurdly long link", query: `${cloudSync}&x=${"a".repeat(3000)}`, says: /characters/ },
  ];
  for (const { name, query, says } of tampered) {
    test(`a link with ${name} shows the problem and a way forward, never a result`, async ({ page }) => {
      await page.goto(url(`${paths.recommendation("cloud-sync")}?${query}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This recommendation link cannot be used");
      await expect(page.locator("[data-share-problems]")).toContainText(says);
      await expect(page.locator("[data-recommendation]")).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Go to the advisor" })).toBeVisible();
    });
  }

  test("the valid answers of a broken link can seed the advisor", async ({ page }) => {
    await page.goto(url(`${paths.recommendation()}?${cloudSync.replace("forests=one", "forests=seven")}`));
    await page.getByRole("button", { name: "Continue with the valid answers" }).click();
    await expect(page).toHaveURL(/\/advisor\/forests$/);
    await expect(page.locator('input[name="forests"]:checked')).toHaveCount(0);
  });

  test("opening someone else's link never replaces the visitor's own answers without asking", async ({ page }) => {
    const mine = JSON.stringify({ state: { answers: { engine: "fim-2010-r2", directory: "none" } }, version: 3 });
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem("seeded")) localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      },
      [ANSWERS_STORAGE_KEY, mine] as [string, string],
    );
    await page.goto(url(paths.recommendation("cloud-sync", cloudSync)));
    await expect(page.getByText("A shared result")).toBeVisible();
    const stored = () => page.evaluate((key) => localStorage.getItem(key), ANSWERS_STORAGE_KEY);
    expect(await stored()).toContain("fim-2010-r2");

    await page.getByRole("button", { name: "Edit these answers" }).click();
    await expect(page.getByText("Replace your saved answers?")).toBeVisible();
    await page.getByRole("button", { name: "Keep my answers" }).click();
    expect(await stored()).toContain("fim-2010-r2");

    await page.getByRole("button", { name: "Edit these answers" }).click();
    await page.getByRole("button", { name: "Replace my answers" }).click();
    await expect(page).toHaveURL(/\/advisor\/check$/);
    expect(await stored()).toContain('"only-sync":"no"');
  });

  test("each outcome's page is prerendered with its own title and link-preview tags", async () => {
    const html = readFileSync(path.join(clientDir, "recommendation/graph-connector/index.html"), "utf8");
    expect(html).toContain("<title>Recommendation: MIM with the Microsoft Graph connector");
    expect(html).toMatch(/<meta property="og:title" content="Recommendation: MIM with the Microsoft Graph connector"/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary"/);
    expect(html).toMatch(/<meta property="og:description" content="MIM writes users and groups straight/);
  });
});
