import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { oneForestFromHr } from "../src/core/decision/example-answers";
import { buildPlan } from "../src/features/plan/model/build-plan";
import { encodeAnswers } from "../src/core/share";
import { paths } from "../src/shared/paths";
import { completePlan } from "./support/complete-pages";
import { expect, test, url } from "./support/test";

const plan = buildPlan(oneForestFromHr);
const owner = '=SUM(1+1) Zoë, "the" lead; 日本';

/** Opens the plan and records an owner, a due date and a tick on the first two steps. */
async function planWithProgress(page: Page) {
  await page.goto(url(paths.plan(encodeAnswers(oneForestFromHr))));
  await expect(page.locator(completePlan)).toBeAttached();
  const [first, second] = [page.locator("[data-step]").nth(0), page.locator("[data-step]").nth(1)];
  await first.locator('input[type="checkbox"]').check();
  await first.locator('input[type="text"]').fill(owner);
  await first.locator('input[type="date"]').fill("2027-01-15");
  await second.locator('input[type="date"]').fill("2027-02-28");
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

test.describe("exporting the plan where the work is tracked", () => {
  test("a CSV for Azure DevOps reads back with every step, owner, date and tick intact", async ({ page }) => {
    await planWithProgress(page);
    const { name, text } = await download(page, "CSV for Azure DevOps");
    expect(name).toMatch(/^migration-plan-cloud-sync-\d{4}-\d{2}-\d{2}-azure-devops\.csv$/);
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(["Work Item Type", "Title", "Description", "Assigned To", "Tags", "Due Date"]);
    expect(rows).toHaveLength(plan.steps.length);
    expect(rows[0]!.slice(0, 2)).toEqual(["Task", `1. ${plan.steps[0]!.title}`]);
    expect(rows[0]![3]).toBe(`'${owner}`);
    expect(rows[0]![4]).toMatch(/; done$/);
    expect(rows[0]![5]).toBe("2027-01-15");
    expect(rows[1]![5]).toBe("2027-02-28");
    expect(rows[0]![2]).toContain(plan.steps[0]!.why);
  });

  test("a CSV for Jira reads back with every step, owner, date and status intact", async ({ page }) => {
    await planWithProgress(page);
    const { name, text } = await download(page, "CSV for Jira");
    expect(name).toMatch(/-jira\.csv$/);
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(["Summary", "Description", "Assignee", "Due date", "Labels", "Labels", "Status"]);
    expect(rows).toHaveLength(plan.steps.length);
    expect(rows[0]![2]).toBe(`'${owner}`);
    expect(rows[0]![6]).toBe("Done");
    expect(rows[1]![6]).toBe("To Do");
  });

  test("an iCalendar file reads back with one all-day event per due date, linked to the guide", async ({ page }) => {
    await planWithProgress(page);
    const { name, text } = await download(page, "Due dates as a calendar (.ics)");
    expect(name).toMatch(/\.ics$/);
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents("vevent")
      .map((event) => new ICAL.Event(event));
    expect(events.map((e) => e.startDate.toString())).toEqual(["2027-01-15", "2027-02-28"]);
    expect(events[0]!.summary).toBe(`✓ 1. ${plan.steps[0]!.title}`);
    expect(events[0]!.description).toContain(`Owner: ${owner}`);
    expect(String(events[1]!.component.getFirstPropertyValue("url"))).toContain("/guide/");
    expect(events[0]!.uid).toMatch(new RegExp(`^${plan.steps[0]!.id}\\.`));
  });
});
