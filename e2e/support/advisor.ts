import type { Page } from "@playwright/test";
import { ANSWERS_STORAGE_KEY } from "../../src/core/answers/storage-key";
import { paths } from "../../src/shared/paths";
import { expect, url } from "./test";

export { ANSWERS_STORAGE_KEY };

/** Answers the question on screen by ticking each value, then presses Continue. */
export async function answer(page: Page, questionId: string, ...values: string[]) {
  await expect(page).toHaveURL(new RegExp(`${paths.advisorQuestion(questionId)}$`));
  for (const value of values) await page.locator(`input[name="${questionId}"][value="${value}"]`).check();
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Starts the advisor from its start page. */
export async function start(page: Page) {
  await page.goto(url(paths.advisorStart()));
  await page.getByRole("link", { name: "Start now" }).click();
}

/** Walks a whole answer set, in order: [question id, ...values][]. */
export async function answerAll(page: Page, steps: [string, ...string[]][]) {
  for (const [questionId, ...values] of steps) await answer(page, questionId, ...values);
  await expect(page).toHaveURL(new RegExp(`${paths.advisorCheck()}$`));
}
