import type { Page } from "@playwright/test";
import type { Answers, CompleteAnswers } from "../../src/core/decision/answers";
import { oneForestFromHr } from "../../src/core/decision/example-answers";
import type { OutcomeId } from "../../src/core/decision/outcomes";
import { ANSWERS_STORAGE_KEY } from "../../src/core/answers/storage-key";

/** One complete answer set per outcome, as [question id, ...values] steps in the order asked. */
export const journeys: Record<OutcomeId, [string, ...string[]][]> = {
  // The answer set's keys are in the order the questions are asked.
  "cloud-sync": Object.entries(oneForestFromHr).map(([id, value]) => [id, ...(Array.isArray(value) ? value : [value])]),
  "connect-sync": [
    ["engine", "mim-2016-sp2"],
    ["directory", "ldap"],
    ["total-objects", "unsure"],
    ["federation", "other-idp"],
    ["licenses", "none"],
    ["mail-objects", "no"],
    ["environment", "production"],
  ],
  "graph-connector": [
    ["engine", "fim-2010-r2"],
    ["directory", "ad"],
    ["in-ad", "must-not"],
    ["federation", "adfs"],
    ["licenses", "p1-p2"],
    ["mail-objects", "no"],
    ["environment", "non-production"],
  ],
  "no-clean-fit": [
    ["engine", "mim-2016-sp2"],
    ["directory", "ad"],
    ["in-ad", "already"],
    ["forests", "several-disconnected"],
    ["largest-domain", "under-100k"],
    ["total-objects", "under-100k"],
    ["needs", "same-person-several-forests"],
    ["only-sync", "no"],
    ["existing-connect", "no"],
    ["federation", "unsure"],
    ["environment", "production"],
  ],
};

/** A journey's steps as the answers object the store and the share codec use. */
export function answersOf(steps: [string, ...string[]][]): CompleteAnswers {
  return Object.fromEntries(
    steps.map(([id, ...values]) => [id, id === "needs" ? values : values[0]]),
  ) as unknown as CompleteAnswers;
}

/** Saves answers (complete or not) in this browser as the advisor does; call on a page of the site. */
export async function saveAnswers(page: Page, answers: Answers) {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    ANSWERS_STORAGE_KEY,
    JSON.stringify({ state: { answers }, version: 3 }),
  ] as const);
}
