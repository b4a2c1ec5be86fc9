import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { upgradeReport, type OlderVersion } from "../src/core/decision/upgrade-report";
import { decodeShare } from "../src/core/share/decode";
import { recommendationPath } from "../src/core/share/recommendation-path";
import { paths } from "../src/shared/paths";
import { ANSWERS_STORAGE_KEY } from "./support/advisor";
import { completePlan, completeResult } from "./support/complete-pages";
import { expect, test, url } from "./support/test";

interface Fixture {
  name: string;
  query: string;
  canonical: boolean;
  answers: Record<string, unknown>;
  outcome: string;
  caveats?: string[];
  blockers?: Record<string, string[]>;
}
const fixtures = (version: number): Fixture[] =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../src/core/share/fixtures/v${version}.json`), "utf8"),
  ) as Fixture[];
const v1 = fixtures(1);
const v2 = fixtures(2);
const v3 = fixtures(3);

/** What the result page shows that the answers decide. */
async function shown(page: Page) {
  await expect(page.locator(completeResult)).toBeVisible();
  return page.evaluate(() => ({
    outcome: document.querySelector("[data-recommendation]")?.getAttribute("data-recommendation"),
    caveats: [...document.querySelectorAll("[data-caveat]")].map((el) => el.getAttribute("data-caveat")),
    blockers: Object.fromEntries(
      [...document.querySelectorAll("[data-option]")].map((option) => [
        option.getAttribute("data-option"),
        [...option.querySelectorAll("[data-blocker]")].map((el) => el.getAttribute("data-blocker")),
      ]),
    ),
  }));
}

const search = (query: string) => (query.startsWith("?") ? query : `?${query}`);

test.describe("links made with version 3", () => {
  for (const fixture of v3) {
    test(`show the spec's outcome, caveats and blockers, and no upgrade notice: ${fixture.name}`, async ({ page }) => {
      await page.goto(url(`${paths.recommendation(fixture.outcome)}${search(fixture.query)}`));
      const result = await shown(page);
      expect(result.outcome).toBe(fixture.outcome);
      expect(result.caveats).toEqual(fixture.caveats);
      // The recommended option shows no blockers card; every other option shows its own.
      for (const [option, blockers] of Object.entries(result.blockers))
        expect(blockers).toEqual(fixture.blockers![option]);
      await expect(page.locator("[data-upgraded-from]")).toHaveCount(0);
    });
  }
});

/** Opens an older link and checks its notice against the report, then follows the updated link. */
async function checkUpgradedLink(page: Page, fixture: Fixture, fromVersion: OlderVersion) {
  const decoded = decodeShare(fixture.query);
  if (!decoded.ok) throw new Error("fixture does not decode");
  const report = upgradeReport(decoded.answers, fromVersion);
  const address = `${paths.recommendation(fixture.outcome)}${search(fixture.query)}`;
  await page.goto(url(address));
  const notice = page.locator(`[data-upgraded-from="${fromVersion}"]`);
  await expect(notice).toBeVisible();
  const old = await shown(page);
  expect(old.outcome).toBe(fixture.outcome);

  // Above the result, never rewritten to the current version.
  const noticeBox = (await notice.boundingBox())!;
  const headingBox = (await page.locator("[data-recommendation]").boundingBox())!;
  expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(headingBox.y);
  expect(page.url()).toContain(fixture.query.replace(/^\?/, ""));

  await expect(notice.locator("[data-caveat-added]")).toHaveCount(report.caveatsAdded.length);
  for (const id of report.caveatsAdded) {
    await expect(notice.locator(`[data-caveat-added="${id}"]`)).toBeVisible();
    expect(old.caveats).toContain(id);
  }
  await expect(notice.locator("[data-caveat-removed]")).toHaveCount(report.caveatsRemoved.length);
  for (const id of report.caveatsRemoved) {
    await expect(notice.locator(`[data-caveat-removed="${id}"]`)).toBeVisible();
    expect(old.caveats).not.toContain(id);
  }
  await expect(notice.locator("[data-question-added]")).toHaveCount(report.added.length);
  for (const { questionId, value } of report.added)
    await expect(notice.locator(`[data-question-added="${questionId}"]`)).toHaveAttribute("data-assumed", value);
  await expect(notice.locator('[data-question-added="federation"]')).toHaveAttribute("data-assumed", "unsure");
  await expect(notice.locator('[data-changes-link="3"]')).toHaveAttribute("href", /\/guide\/changes#advice-v3$/);
  await expect(notice.locator('[data-changes-link="2"]')).toHaveCount(fromVersion === 1 ? 1 : 0);
  if (fromVersion === 1)
    await expect(notice.locator('[data-changes-link="2"]')).toHaveAttribute("href", /\/guide\/changes#advice-v2$/);

  // The updated link shows the same result, without the notice.
  await notice.getByRole("link", { name: "Open the updated link" }).click();
  await expect(page).toHaveURL(new RegExp(`${recommendationPath(decoded.answers).replace(/[?.]/g, "\\$&")}$`));
  expect(await shown(page)).toEqual(old);
  await expect(page.locator("[data-upgraded-from]")).toHaveCount(0);
}

test.describe("links made with version 2", () => {
  for (const fixture of v2) {
    test(`open with today's advice for their answers, say what changed, and keep their address: ${fixture.name}`, async ({
      page,
    }) => {
      await checkUpgradedLink(page, fixture, 2);
    });
  }

  test("offer to answer the question added since", async ({ page }) => {
    const [oneForest] = v2;
    await page.goto(url(`${paths.recommendation("cloud-sync")}?${oneForest!.query}`));
    await page.locator('[data-upgraded-from="2"]').getByRole("button", { name: "Answer the new questions" }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.advisorQuestion("federation")}$`));
    const form = page.locator("form fieldset", { has: page.locator("legend h1") });
    await expect(form.locator("legend")).toContainText("sign in to Microsoft Entra ID");
    await expect(page.locator('input[name="federation"]:checked')).toHaveCount(0);
    await page.locator('input[name="federation"][value="adfs"]').check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.advisorCheck()}$`));
    await page.getByRole("link", { name: "See your recommendation" }).click();
    await expect(page).toHaveURL(/[?&]v=3&.*federation=adfs/);
    await expect(page.locator('[data-caveat="federation-claim"]')).toBeVisible();
  });

  test("open the plan with the same notice", async ({ page }) => {
    const fixture = v2.find((f) => f.outcome === "connect-sync" && f.canonical)!;
    await page.goto(url(paths.plan(fixture.query)));
    await expect(page.locator('[data-upgraded-from="2"]')).toBeVisible();
    await expect(page.locator(completePlan)).toBeVisible();
    expect(page.url()).toContain("v=2&");
  });

  test("saved in this browser under v2, finished answers are upgraded the same way", async ({ page }) => {
    const [oneForest] = v2;
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem("seeded")) localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      },
      [ANSWERS_STORAGE_KEY, JSON.stringify({ state: { answers: oneForest!.answers }, version: 2 })] as [string, string],
    );
    await page.goto(url(paths.recommendation()));
    const decoded = decodeShare(oneForest!.query);
    if (!decoded.ok) throw new Error("fixture does not decode");
    await expect(page).toHaveURL(new RegExp(`${recommendationPath(decoded.answers).replace(/[?.]/g, "\\$&")}$`));
    await expect(page.locator("[data-upgraded-from]")).toHaveCount(0);
    await expect(page.locator('[data-caveat="confirm-federation"]')).toBeVisible();
  });
});

test.describe("links made with version 1", () => {
  for (const fixture of v1.filter((f) => f.canonical)) {
    test(`open with today's advice for their answers, say what changed since v1, and keep their address: ${fixture.name}`, async ({
      page,
    }) => {
      await checkUpgradedLink(page, fixture, 1);
    });
  }

  test("offer to answer the questions added since, starting with the first of them", async ({ page }) => {
    const [oneForest] = v1;
    await page.goto(url(`${paths.recommendation("cloud-sync")}?${oneForest!.query}`));
    await page.locator('[data-upgraded-from="1"]').getByRole("button", { name: "Answer the new questions" }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.advisorQuestion("total-objects")}$`));
    await expect(page.locator('input[name="total-objects"]:checked')).toHaveCount(0);
    await page.locator('input[name="total-objects"][value="under-100k"]').check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.advisorQuestion("federation")}$`));
    await page.locator('input[name="federation"][value="managed"]').check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.advisorCheck()}$`));
  });

  test("open the plan with the same notice", async ({ page }) => {
    const fixture = v1.find((f) => f.outcome === "connect-sync" && f.canonical)!;
    await page.goto(url(paths.plan(fixture.query)));
    await expect(page.locator('[data-upgraded-from="1"]')).toBeVisible();
    await expect(page.locator(completePlan)).toBeVisible();
    expect(page.url()).toContain("v=1&");
  });

  test("saved in this browser before v2, finished answers are upgraded the same way, to v3", async ({ page }) => {
    const [oneForest] = v1;
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem("seeded")) localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      },
      [ANSWERS_STORAGE_KEY, JSON.stringify({ state: { answers: oneForest!.answers }, version: 1 })] as [string, string],
    );
    await page.goto(url(paths.recommendation()));
    const decoded = decodeShare(oneForest!.query);
    if (!decoded.ok) throw new Error("fixture does not decode");
    await expect(page).toHaveURL(new RegExp(`${recommendationPath(decoded.answers).replace(/[?.]/g, "\\$&")}$`));
    await expect(page.locator("[data-upgraded-from]")).toHaveCount(0);
    await expect(page.locator('[data-caveat="match-existing-objects"]')).toBeVisible();
    await expect(page.locator('[data-caveat="confirm-federation"]')).toBeVisible();
  });
});
