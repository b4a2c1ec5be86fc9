import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { OutcomeId } from "../src/core/decision/outcomes";
import { planPath, recommendationPath } from "../src/core/share";
import { paths } from "../src/shared/paths";
import { answersOf, journeys, saveAnswers } from "./support/answer-sets";
import { completePlan, completeResult } from "./support/complete-pages";
import { holdScripts } from "./support/hold-scripts";
import { expect, test, url } from "./support/test";

// A recommendation or plan from a link paints its result with the page's first-paint script,
// before the app's code is requested (scripts/build/first-paint.js); the app then takes over.

/** Whether the first paint has happened with the result in it. */
const resultPainted = () =>
  performance.getEntriesByName("first-contentful-paint").length > 0 &&
  document.querySelector("[data-recommendation], [data-plan]") !== null;

/**
 * Records every outcome, plan and caveat that is ever put in the document, as it happens (a
 * MutationObserver from before the first byte), with whether an upgrade notice was there too.
 */
async function recordResults(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const note = () => {
      const notice = document.querySelector("[data-upgraded-from]") ? " with notice" : "";
      for (const element of document.querySelectorAll("[data-recommendation], [data-plan], [data-caveat]")) {
        const entry = `${element.getAttribute("data-recommendation") ?? ""}${element.getAttribute("data-plan") ?? ""}${element.getAttribute("data-caveat") ?? ""}${notice}`;
        if (!seen.includes(entry)) seen.push(entry);
      }
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

const headerText = (page: Page) => page.locator("#main header").first().innerText();

test.describe("the result paints from the link before the app loads", () => {
  for (const outcome of ["cloud-sync", "connect-sync", "graph-connector", "no-clean-fit"] as OutcomeId[]) {
    test(`a shared ${outcome} result is on screen before any module is requested, and the app shows the same`, async ({
      page,
    }) => {
      const scripts = await holdScripts(page, resultPainted);
      await page.goto(url(recommendationPath(answersOf(journeys[outcome]))), { waitUntil: "domcontentloaded" });
      await expect(page.locator("h1")).toHaveAttribute("data-recommendation", outcome);
      await expect(page.getByText("A shared result")).toBeVisible();
      const painted = { header: await headerText(page), main: await page.locator("#main").boundingBox() };
      await expect.poll(() => scripts.paintedAtRequest.length).toBeGreaterThan(0);
      await scripts.release();
      await expect(page.locator("html")).toHaveAttribute("data-interactive", "true");
      await expect(page.locator(completeResult)).toBeVisible();
      expect(scripts.paintedAtRequest.every(Boolean)).toBe(true);
      expect(await headerText(page)).toBe(painted.header);
      expect(await page.locator("h1").getAttribute("data-recommendation")).toBe(outcome);
    });
  }

  test("the plan's heading is on screen before any module is requested", async ({ page }) => {
    const scripts = await holdScripts(page, resultPainted);
    await page.goto(url(planPath(answersOf(journeys["graph-connector"]))), { waitUntil: "domcontentloaded" });
    await expect(page.locator("h1")).toHaveAttribute("data-plan", "graph-connector");
    const painted = await headerText(page);
    await expect.poll(() => scripts.paintedAtRequest.length).toBeGreaterThan(0);
    await scripts.release();
    await expect(page.locator(completePlan)).toBeVisible();
    expect(scripts.paintedAtRequest.every(Boolean)).toBe(true);
    expect(await headerText(page)).toBe(painted);
  });

  test("the visitor's own saved result paints without the shared banner, with its own buttons", async ({ page }) => {
    const answers = answersOf(journeys["connect-sync"]);
    await page.goto(url(paths.home()));
    await saveAnswers(page, answers);
    const scripts = await holdScripts(page, resultPainted);
    await page.goto(url(recommendationPath(answers)), { waitUntil: "domcontentloaded" });
    await expect(page.locator("h1")).toHaveAttribute("data-recommendation", "connect-sync");
    await expect(page.getByRole("link", { name: "Change your answers" })).toBeVisible();
    await expect(page.getByText("A shared result")).toHaveCount(0);
    await scripts.release();
    await expect(page.locator(completeResult)).toBeVisible();
    await expect(page.getByRole("button", { name: "Start again" })).toBeVisible();
  });

  test("a click on the painted Edit button before the app runs is answered once it has taken over", async ({
    page,
  }) => {
    const answers = answersOf(journeys["cloud-sync"]);
    const scripts = await holdScripts(page, resultPainted);
    await page.goto(url(recommendationPath(answers)), { waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: "Edit these answers" }).click();
    await expect(page).toHaveURL(/\/recommendation\/cloud-sync\/?\?/);
    await scripts.release();
    await expect(page).toHaveURL(/\/advisor\/check$/);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("ema-advisor-answers")!).state.answers);
    expect(saved).toEqual(answers);
  });
});

const v2 = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../src/core/share/fixtures/v2.json"), "utf8"),
) as { query: string; outcome: string; canonical: boolean }[];

test.describe("a link the answers do not back never paints a result", () => {
  const cloud = recommendationPath(answersOf(journeys["cloud-sync"]));
  const [cloudPath, cloudQuery] = cloud.split("?") as [string, string];
  const tampered = [
    { name: "an invalid value", path: `${cloudPath}?${cloudQuery.replace("forests=one", "forests=seven")}` },
    { name: "a truncated query", path: `${cloudPath}?${cloudQuery.slice(0, cloudQuery.indexOf("&needs"))}` },
    { name: "a future version", path: `${cloudPath}?${cloudQuery.replace("v=3", "v=9")}` },
    { name: "a duplicated answer", path: `${cloud}&forests=several-connected` },
  ];
  for (const { name, path: link } of tampered) {
    test(`a link with ${name} shows its problems, and no outcome, caveat or plan ever enters the page`, async ({
      page,
    }) => {
      const seen = await recordResults(page);
      await page.goto(url(link));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(/link/i);
      await expect(page.locator("html")).toHaveAttribute("data-interactive", "true");
      expect(await seen()).toEqual([]);
    });
  }

  test("a link whose path names another outcome paints nothing until the app has moved it to its own", async ({
    page,
  }) => {
    const seen = await recordResults(page);
    await page.goto(url(`${paths.recommendation("graph-connector")}?${cloudQuery}`));
    await expect(page.locator(completeResult)).toBeVisible();
    await expect(page).toHaveURL(/\/recommendation\/cloud-sync\?/);
    const entries = await seen();
    expect(entries).toContain("cloud-sync");
    expect(entries).not.toContain("graph-connector");
  });

  test("an older link paints no result before the app, then the result and its upgrade notice together", async ({
    page,
  }) => {
    const fixture = v2.find((entry) => entry.canonical)!;
    const seen = await recordResults(page);
    const scripts = await holdScripts(page, resultPainted);
    await page.goto(url(`${paths.recommendation(fixture.outcome)}?${fixture.query}`), {
      waitUntil: "domcontentloaded",
    });
    await expect(page.locator(".linked-pending")).toBeVisible();
    await expect.poll(() => scripts.paintedAtRequest.length).toBeGreaterThan(0);
    expect(await seen()).toEqual([]);
    await scripts.release();
    await expect(page.locator(completeResult)).toBeVisible();
    await expect(page.locator("[data-upgraded-from='2']")).toBeVisible();
    // Every result, caveat included, entered the page with the notice already there.
    const entries = await seen();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatch(/ with notice$/);
  });
});
