import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import type { CompleteAnswers } from "../src/core/decision";
import { oneForestFromHr } from "../src/core/decision/example-answers";
import { buildPlan } from "../src/features/plan/model/build-plan";
import { PLAN_PROGRESS_STORAGE_KEY } from "../src/features/plan/state/plan-progress-store";
import { currentVersion, encodeAnswers } from "../src/core/share";
import { paths } from "../src/shared/paths";
import { ANSWERS_STORAGE_KEY } from "./support/advisor";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { expect, test, url } from "./support/test";
import { completePlan } from "./support/complete-pages";

/**
 * The plan with the most text of all answer sets (Connect Sync, every need, an existing server, AD FS sign-in,
 * production).
 */
const longest: CompleteAnswers = {
  engine: "mim-2016-pre-sp2",
  directory: "ad",
  "in-ad": "can-add",
  forests: "several-connected",
  "largest-domain": "100k-150k",
  "total-objects": "100k-or-more",
  needs: [
    "same-person-several-forests",
    "groups-over-50k",
    "device-sync",
    "device-writeback",
    "attribute-filtering",
    "pta-or-adfs-setup",
    "cross-forest-references",
  ],
  "existing-connect": "yes",
  federation: "adfs",
  licenses: "p1-p2",
  "mail-objects": "no",
  environment: "production",
};
/**
 * The plan with the most steps of all answer sets (Connect Sync beside an existing server, a FIM 2010
 * R2 engine that stays, a full SQL Server, AD FS sign-in, production).
 */
const mostSteps: CompleteAnswers = {
  engine: "fim-2010-r2",
  directory: "ad",
  "in-ad": "already",
  forests: "one",
  "largest-domain": "under-100k",
  "total-objects": "100k-or-more",
  needs: ["groups-over-50k"],
  "only-sync": "no",
  "existing-connect": "yes",
  federation: "adfs",
  environment: "production",
};
/** A plan with questions not asked (an LDAP directory). */
const ldap: CompleteAnswers = {
  engine: "mim-2016-pre-sp2",
  directory: "ldap",
  "total-objects": "unsure",
  licenses: "p1-p2",
  "mail-objects": "unsure",
  federation: "managed",
  environment: "production",
};
const cloudSync = oneForestFromHr;
const noCleanFit: CompleteAnswers = {
  engine: "mim-2016-sp2",
  directory: "ad",
  "in-ad": "must-not",
  licenses: "none",
  "mail-objects": "no",
  federation: "managed",
  environment: "non-production",
};

/**
 * The most pages a plan may take on US Letter: the longest plans print on PAGES today (17 before the
 * December 2026 procedure review added the Connect Sync staging install and exit, the cloud sync
 * agent prerequisites and lockout safeguards, the AD Recycle Bin, writeback, rules-extension and
 * change-window steps, and decision model v3 the existing server's anchor, the federation steps and
 * the SP3 upgrade; 12 before v2 added the matching, rollback, deletion-protection and MIM-lifecycle
 * steps and caveats).
 */
const maxPages = 25;

const planUrl = (answers: CompleteAnswers) => url(paths.plan(encodeAnswers(answers)));

async function openPlan(page: Page, answers: CompleteAnswers) {
  await page.goto(planUrl(answers));
  await expect(page.locator("h1[data-plan]")).toHaveAttribute("data-plan", buildPlan(answers).outcome);
  await expect(page.locator(completePlan)).toBeAttached();
}

/** Text with all white space taken out: PDF text breaks lines anywhere, URLs included. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

test.describe("the migration plan", () => {
  test("opens from the result page's link, with the same answers, and focuses its heading", async ({ page }) => {
    await page.goto(url(paths.recommendation("cloud-sync", encodeAnswers(cloudSync))));
    // A directory route's result also points at the match check before the first sync.
    await expect(page.getByRole("link", { name: "check matching" })).toHaveAttribute(
      "href",
      new RegExp(`${paths.matchCheck()}$`),
    );
    await page.getByRole("link", { name: "Open your migration plan" }).click();
    await expect(page).toHaveURL(new RegExp(`/plan\\?${encodeAnswers(cloudSync).replace(/[?.]/g, "\\$&")}$`));
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText("Migration plan: Microsoft Entra Connect cloud sync");
    await expect(heading).toBeFocused();
    await expect(page.locator("dd[data-produced]")).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(page.getByText("Guide content last reviewed")).toBeVisible();
    await expect(page.locator("[data-plan-url]")).toHaveText(new URL(planUrl(cloudSync), page.url()).href);
  });

  test("shows every question, those not asked included, and every step with its guide link", async ({ page }) => {
    const plan = buildPlan(ldap);
    await openPlan(page, ldap);
    await page.getByText("Show all 13 questions").click();
    await expect(page.locator("tr[data-question]")).toHaveCount(13);
    await expect(page.locator('tr[data-question="forests"] td')).toHaveText("Not asked: does not apply");
    await expect(page.locator("[data-step]")).toHaveCount(plan.steps.length);
    for (const step of plan.steps) {
      const item = page.locator(`[data-step="${step.id}"]`);
      await expect(item.getByRole("checkbox", { name: `${step.number}. ${step.title}` })).toBeVisible();
      await expect(item.getByRole("textbox", { name: `Owner for step ${step.number}`, exact: true })).toBeVisible();
      await expect(item.getByLabel(`Due date for step ${step.number}`, { exact: true })).toBeVisible();
      const [slug, id] = step.anchor.split("#");
      await expect(item.locator("a.plan-guide-link")).toHaveAttribute("href", new RegExp(`/guide/${slug}#${id}$`));
    }
  });

  test("prints without site chrome or buttons, in light colours, with every step and the collapsed answers", async ({
    page,
  }) => {
    const plan = buildPlan(longest);
    await useTheme(page, "dark");
    await openPlan(page, longest);
    await page.emulateMedia({ media: "print" });
    for (const chrome of [".site-header", ".site-header nav", ".skip-link", ".site-footer", ".plan-actions"]) {
      await expect(page.locator(chrome)).toBeHidden();
    }
    const buttons = page.locator("button");
    expect(await buttons.count()).toBeGreaterThan(2);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    for (const step of plan.steps) await expect(page.locator(`[data-step="${step.id}"]`)).toBeVisible();
    await expect(page.locator("tr[data-question]").first()).toBeVisible();
    const colours = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return { background: body.backgroundColor, color: body.color, size: body.fontSize };
    });
    expect(colours).toEqual({ background: "rgb(255, 255, 255)", color: "rgb(0, 0, 0)", size: "16px" });
    // On paper a link cannot be followed: the guide's absolute URL follows each one.
    const first = page.locator(`[data-step="${plan.steps[0]!.id}"] .print-url`);
    await expect(first).toBeVisible();
    await expect(first).toHaveText(` (${new URL(url(paths.guideAnchor(plan.steps[0]!.anchor)), page.url()).href})`);
  });

  for (const [name, answers] of [
    ["the longest plan", longest],
    ["the plan with the most steps", mostSteps],
    ["a plan for an LDAP directory", ldap],
  ] as const) {
    test(`${name} prints to a PDF that holds every step title and the plan's URL, in at most ${maxPages} pages`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const plan = buildPlan(answers);
      await openPlan(page, answers);
      const pdf = await page.pdf({ format: "Letter" });
      const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      test.info().annotations.push({ type: "PDF pages", description: `${name}: ${totalPages}` });
      const printed = squeeze(text);
      for (const step of plan.steps) expect(printed, step.id).toContain(squeeze(`${step.number}. ${step.title}`));
      expect(printed).toContain(squeeze(new URL(planUrl(answers), page.url()).href));
      expect(printed.toLowerCase()).toContain("entramigrationadvisor"); // the eyebrow prints in capitals
      expect(printed).toContain(squeeze("Not asked: does not apply"));
      expect(printed).not.toContain(squeeze("Download as Markdown"));
      expect(totalPages).toBeLessThanOrEqual(maxPages);
    });
  }

  test("keeps ticks, owners and due dates across a reload, for this plan only", async ({ page }) => {
    const plan = buildPlan(cloudSync);
    const [first, second] = plan.steps;
    await openPlan(page, cloudSync);
    await page.getByRole("checkbox", { name: `1. ${first!.title}` }).check();
    await page.getByRole("textbox", { name: "Owner for step 1", exact: true }).fill("Identity team");
    await page.getByLabel("Due date for step 2", { exact: true }).fill("2027-01-15");
    await expect(page.locator("[data-done-count]")).toHaveText(`1 of ${plan.steps.length} steps done`);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: `1. ${first!.title}` })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: `2. ${second!.title}` })).not.toBeChecked();
    await expect(page.getByRole("textbox", { name: "Owner for step 1", exact: true })).toHaveValue("Identity team");
    await expect(page.getByLabel("Due date for step 2", { exact: true })).toHaveValue("2027-01-15");
    const stored = await page.evaluate((key) => localStorage.getItem(key), PLAN_PROGRESS_STORAGE_KEY);
    expect(JSON.parse(stored!).state.plans[plan.query]).toBeDefined();
    // Another plan starts blank.
    await openPlan(page, noCleanFit);
    await expect(page.locator("[data-done-count]")).toHaveText(/^0 of \d+ steps done$/);
  });

  test("clears this plan's progress after asking, and says so", async ({ page }) => {
    await openPlan(page, cloudSync);
    await page.locator("[data-step] input[type=checkbox]").nth(0).check();
    await page.locator("[data-step] input[type=checkbox]").nth(2).check();
    await page.getByRole("button", { name: "Clear progress" }).click();
    await page.getByRole("button", { name: "Keep progress" }).click();
    await expect(page.getByRole("button", { name: "Clear progress" })).toBeFocused();
    await expect(page.locator("[data-step] input:checked")).toHaveCount(2);
    await page.getByRole("button", { name: "Clear progress" }).click();
    await page
      .getByRole("group", { name: /Clear this plan/ })
      .getByRole("button", { name: "Clear progress" })
      .click();
    await expect(page.locator("[data-step] input:checked")).toHaveCount(0);
    await expect(page.locator("#live-announcer")).toHaveText("Progress cleared");
    await expect(page.locator(".plan-progress__count")).toBeFocused();
    await page.reload();
    await expect(page.locator("[data-step] input[type=checkbox]").first()).toBeVisible();
    await expect(page.locator("[data-step] input:checked")).toHaveCount(0);
  });

  test("downloads the plan as a Markdown file of task-list items, with the progress so far", async ({ page }) => {
    const plan = buildPlan(longest);
    await openPlan(page, longest);
    await page.getByRole("checkbox", { name: `1. ${plan.steps[0]!.title}` }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as Markdown" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^migration-plan-connect-sync-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = await readFile((await download.path())!, "utf8");
    expect(markdown).toMatch(/^# Migration plan: Microsoft Entra Connect Sync\n/);
    expect(markdown).toContain(`- [x] **1. ${plan.steps[0]!.title}**`);
    for (const step of plan.steps.slice(1)) expect(markdown).toContain(`- [ ] **${step.number}. ${step.title}**`);
    expect(markdown).toContain(`<${new URL(planUrl(longest), page.url()).href}>`);
    await expect(page.locator("#live-announcer")).toHaveText(/^Downloading migration-plan-connect-sync-/);
  });

  test("copies the plan as Markdown to the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
    const plan = buildPlan(noCleanFit);
    await openPlan(page, noCleanFit);
    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    await expect(page.locator("#live-announcer")).toHaveText("Plan copied as Markdown");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^# Migration plan: no option fits yet\n/);
    for (const step of plan.steps) expect(copied).toContain(`- [ ] **${step.number}. ${step.title}**`);
  });

  for (const [name, query, problem] of [
    ["an unknown answer", "v=1&engine=fim-2020&directory=none&licenses=p1-p2&environment=production", "invalid-value"],
    ["a missing answer", "v=1&engine=mim-2016-sp2&directory=none&environment=production", "missing-answer"],
    ["no version", encodeAnswers(cloudSync).replace(/^v=\d+&/, ""), "missing-version"],
  ] as const) {
    test(`a plan link with ${name} shows the share link's error page, not a plan`, async ({ page }) => {
      await page.goto(url(paths.plan(query)));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This plan link cannot be used");
      // .first(): a link may lack more than one answer (a v1 link lacks every question added since).
      await expect(page.locator(`[data-share-problems] [data-problem="${problem}"]`).first()).toBeVisible();
      await expect(page.locator("[data-step]")).toHaveCount(0);
    });
  }

  test("without a query, the visitor's own complete answers open their plan; with none, the advisor is offered", async ({
    page,
  }) => {
    await page.goto(url(paths.plan()));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No answers to plan from yet");
    await page.evaluate(
      ([key, answers]) => localStorage.setItem(key, JSON.stringify({ state: { answers }, version: 1 })),
      [ANSWERS_STORAGE_KEY, cloudSync] as const,
    );
    await page.goto(url(paths.plan()));
    await expect(page).toHaveURL(new RegExp(`/plan\\?v=${currentVersion}&engine=mim-2016-sp3&`));
    await expect(page.locator("h1[data-plan]")).toHaveAttribute("data-plan", "cloud-sync");
  });

  for (const theme of themes) {
    test(`axe finds no WCAG 2.2 A/AA violation on a plan in the ${theme} theme`, async ({ page }) => {
      // The longest plan has about 50 steps since the procedure review, each with three inputs:
      // axe needs more than the default 30 s on a loaded machine.
      test.setTimeout(60_000);
      await useTheme(page, theme);
      await openPlan(page, longest);
      await page.getByText("Show all 13 questions").click();
      await page.locator("[data-step] input[type=checkbox]").first().check();
      await page.getByRole("button", { name: "Clear progress" }).click();
      await expectNoAxeViolations(page, `plan (${theme})`);
      await page.goto(url(paths.plan("v=1&engine=nope")));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This plan link cannot be used");
      await expectNoAxeViolations(page, `invalid plan link (${theme})`);
    });
  }
});

test.describe("the migration plan without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the prerendered page has a neutral heading and says the plan is worked out in the browser", async ({
    page,
  }) => {
    await page.goto(planUrl(cloudSync));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your migration plan");
    await expect(page.getByText("Working out the migration plan")).toBeVisible();
    // Chromium keeps <noscript> hidden when scripts are merely disabled, so read the markup.
    expect(await page.locator("main noscript").innerHTML()).toContain("needs JavaScript");
  });
});
