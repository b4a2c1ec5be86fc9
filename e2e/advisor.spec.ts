import { paths } from "../src/shared/paths";
import { outcomeIds, type OutcomeId } from "../src/core/decision/outcomes";
import { ANSWERS_STORAGE_KEY, answer, answerAll, start } from "./support/advisor";
import { journeys } from "./support/answer-sets";
import { expect, test, url } from "./support/test";

// Who each shared journey describes: the tests read as the people they are about.
const people: Record<OutcomeId, string> = {
  "cloud-sync": "one forest, MIM feeds AD from HR, 40k users",
  "connect-sync": "an LDAP-only directory without P1 licences",
  "graph-connector": "users who must stay out of AD, with P1",
  "no-clean-fit": "two disconnected forests with the same person in both",
};

test.describe("the advisor", () => {
  for (const outcome of outcomeIds) {
    const [who, steps] = [people[outcome], journeys[outcome]];
    test(`${who} → ${outcome}`, async ({ page }) => {
      await start(page);
      await answerAll(page, steps);
      await page.getByRole("link", { name: "See your recommendation" }).click();
      await expect(page).toHaveURL(new RegExp(`${paths.recommendation(outcome)}\\?v=3&engine=`));
      await expect(page.locator("[data-recommendation]")).toHaveAttribute("data-recommendation", outcome);
      await expect(page.locator("[data-recommendation]")).toBeFocused();
      await expect(page.locator('[data-caveat="remove-old-connector"]')).toBeVisible();
      const others = page.locator("[data-option]");
      expect(await others.count()).toBe(outcome === "no-clean-fit" ? 3 : 2);
    });
  }

  test("the sign-in question is a form of four answers, and AD FS users get the ImmutableID claim check", async ({
    page,
  }) => {
    await start(page);
    const steps = journeys["cloud-sync"];
    const before = steps.findIndex(([id]) => id === "federation");
    for (const [questionId, ...values] of steps.slice(0, before)) await answer(page, questionId, ...values);
    await expect(page).toHaveURL(/\/advisor\/federation$/);
    const fieldset = page.locator("form fieldset");
    await expect(fieldset.locator("legend")).toContainText("How do the users in scope sign in to Microsoft Entra ID?");
    await expect(fieldset.locator('input[type="radio"][name="federation"]')).toHaveCount(4);
    for (const value of ["managed", "adfs", "other-idp", "unsure"])
      await expect(fieldset.locator(`input[name="federation"][value="${value}"]`)).toHaveCount(1);
    await answer(page, "federation", "adfs");
    await answer(page, "environment", "production");
    await page.getByRole("link", { name: "See your recommendation" }).click();
    await expect(page).toHaveURL(/\?v=3&.*&federation=adfs&environment=production$/);
    const claim = page.locator('[data-caveat="federation-claim"]');
    await expect(claim).toBeVisible();
    await expect(claim.getByRole("link")).toHaveAttribute("href", /\/guide\/migrate-safely#federated-sign-in$/);
    await expect(page.locator('[data-caveat="upgrade-engine"]')).toHaveCount(0);
  });

  test("Continue without an answer shows a focused error summary that leads to the field", async ({ page }) => {
    await start(page);
    await expect(page).toHaveURL(/\/advisor\/engine$/);
    await expect(page).toHaveTitle(/^Which sync engine/);
    const title = await page.title();
    await page.getByRole("button", { name: "Continue" }).click();
    const summary = page.getByRole("alert");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page).toHaveTitle(`Error: ${title}`);
    await summary.getByRole("link").click();
    await expect(page.locator('input[name="engine"]').first()).toBeFocused();
    await answer(page, "engine", "mim-2016-sp2");
    await expect(page).toHaveURL(/\/advisor\/directory$/);
    await expect(page).not.toHaveTitle(/^Error/);
  });

  test("Back link and the browser's Back button both return to the previous question as answered", async ({ page }) => {
    await start(page);
    await answer(page, "engine", "mim-2016-pre-sp2");
    await answer(page, "directory", "ad");
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await page.getByRole("link", { name: "Back", exact: true }).click();
    await expect(page).toHaveURL(/\/advisor\/directory$/);
    await expect(page.locator('input[name="directory"][value="ad"]')).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\/advisor\/in-ad$/);
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/advisor\/engine$/);
    await expect(page.locator('input[name="engine"][value="mim-2016-pre-sp2"]')).toBeChecked();
  });

  test("a change on the check page asks the newly needed questions, drops the stale ones and returns", async ({
    page,
  }) => {
    await start(page);
    await answerAll(page, [
      ["engine", "mim-2016-sp2"],
      ["directory", "none"],
      ["federation", "managed"],
      ["licenses", "p1-p2"],
      ["mail-objects", "no"],
      ["environment", "production"],
    ]);
    await expect(page.locator("[data-question]")).toHaveCount(6);
    await page.getByRole("link", { name: "Change on-premises directory" }).click();
    await answer(page, "directory", "ad");
    await answer(page, "in-ad", "already");
    await answer(page, "forests", "one");
    await answer(page, "largest-domain", "100k-150k");
    await answer(page, "total-objects", "unsure");
    await answer(page, "needs", "device-sync", "attribute-filtering");
    await answer(page, "only-sync", "yes");
    await answer(page, "existing-connect", "yes");
    await expect(page).toHaveURL(/\/advisor\/check$/);
    // Licences no longer apply once the users already have AD accounts.
    await expect(page.locator('[data-question="licenses"]')).toHaveCount(0);
    await expect(page.locator('[data-question="needs"]')).toContainText("hybrid join");
    await page.getByRole("link", { name: "See your recommendation" }).click();
    await expect(page.locator("[data-recommendation]")).toHaveAttribute("data-recommendation", "connect-sync");
    await expect(page.locator('[data-caveat="full-sql-server"]')).toBeVisible();
  });

  test("answers survive a reload and a return visit, and Start again clears them", async ({ page }) => {
    await start(page);
    await answer(page, "engine", "mim-2016-sp2");
    await answer(page, "directory", "ad");
    await page.reload();
    await expect(page).toHaveURL(/\/advisor\/in-ad$/);
    await page.goto(url(paths.advisorQuestion("directory")));
    await expect(page.locator('input[name="directory"][value="ad"]')).toBeChecked();
    await page.goto(url(paths.advisorStart()));
    await page.getByRole("link", { name: "Continue where you left off" }).click();
    await expect(page).toHaveURL(/\/advisor\/in-ad$/);
    await page.goto(url(paths.advisorStart()));
    await page.getByRole("button", { name: "Start again" }).click();
    await expect(page).toHaveURL(/\/advisor\/engine$/);
    await expect(page.locator('input[name="engine"]:checked')).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), ANSWERS_STORAGE_KEY)).toContain('"answers":{}');
  });

  test("jumping straight to a later question leads to the first unanswered one", async ({ page }) => {
    await page.goto(url(paths.advisorQuestion("largest-domain")));
    await expect(page).toHaveURL(/\/advisor\/engine$/);
    await answer(page, "engine", "mim-2016-sp2");
    await page.goto(url(paths.advisorQuestion("licenses")));
    await expect(page).toHaveURL(/\/advisor\/directory$/);
  });

  for (const [name, stored] of [
    ["corrupted JSON", "{not json"],
    ["an unknown future shape", JSON.stringify({ state: { answers: { engine: 42, directory: "mars" } }, version: 99 })],
    [
      "answers inconsistent with the graph",
      JSON.stringify({
        state: { answers: { engine: "mim-2016-sp2", directory: "none", forests: "one", needs: ["device-sync"] } },
        version: 1,
      }),
    ],
  ] as const) {
    test(`saved state with ${name} is repaired or discarded without a crash`, async ({ page }) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [ANSWERS_STORAGE_KEY, stored] as [
        string,
        string,
      ]);
      await page.goto(url(paths.advisorQuestion("forests")));
      await expect(page).toHaveURL(/\/advisor\/(engine|directory|federation|licenses)$/);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  test("guide pages show the visitor's own recommendation once the answers are complete", async ({ page }) => {
    await start(page);
    await answerAll(page, journeys["cloud-sync"]);
    await page.goto(url(paths.guidePage("compare")));
    await page.getByRole("link", { name: /Your recommendation: Cloud sync/ }).click();
    await expect(page.locator("[data-recommendation]")).toHaveAttribute("data-recommendation", "cloud-sync");
  });
});
