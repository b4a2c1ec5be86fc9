import type { Page } from "@playwright/test";
import { recommendationPath, planPath } from "../src/core/share";
import { outcomeIds } from "../src/core/decision/outcomes";
import { paths } from "../src/shared/paths";
import { prerenderPaths } from "../src/prerender-paths";
import { answersOf, journeys, saveAnswers } from "./support/answer-sets";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { expect, test, url } from "./support/test";
import { completePlan, completeResult } from "./support/complete-pages";

const widths = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "360 px", width: 360, height: 740 },
];

test.describe("accessibility of every prerendered page", () => {
  // One test per page and theme keeps each one short on a busy machine; both widths share it.
  for (const path of prerenderPaths()) {
    for (const theme of themes) {
      test(`axe finds no WCAG 2.2 A/AA violation on ${path} in the ${theme} theme, desktop and 360 px`, async ({
        page,
      }) => {
        await useTheme(page, theme);
        for (const viewport of widths) {
          await page.setViewportSize(viewport);
          await page.goto(url(path));
          await expectNoAxeViolations(page, `${path} (${theme}, ${viewport.name})`);
        }
      });
    }
  }
});

const cloudSync = answersOf(journeys["cloud-sync"]);
const hasPlanPage = prerenderPaths().includes(paths.plan());

/**
 * The states the advisor reaches only through interaction or a query string, which the
 * prerendered pages alone never show. Each ends once the state is fully rendered.
 */
const advisorStates: { name: string; reach: (page: Page) => Promise<void> }[] = [
  {
    name: "a question's error summary",
    reach: async (page) => {
      await page.goto(url(paths.advisorQuestion("engine")));
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert")).toBeFocused();
    },
  },
  ...outcomeIds.map((outcome) => ({
    name: `the ${outcome} result from a share link`,
    reach: async (page: Page) => {
      await page.goto(url(recommendationPath(answersOf(journeys[outcome]))));
      await expect(page.locator("[data-recommendation]")).toHaveAttribute("data-recommendation", outcome);
      await expect(page.getByText("A shared result")).toBeVisible();
      await expect(page.locator(completeResult)).toBeVisible();
    },
  })),
  {
    name: "a v1 link's result, with the notice of what changed since",
    reach: async (page) => {
      const v1OneForest =
        "v=1&engine=mim-2016-sp2&directory=ad&in-ad=already&forests=one&largest-domain=under-100k&needs=none&only-sync=no&existing-connect=no&environment=production";
      await page.goto(url(paths.recommendation("cloud-sync", v1OneForest)));
      await expect(page.locator('[data-upgraded-from="1"]')).toBeVisible();
      await expect(page.locator(completeResult)).toBeVisible();
    },
  },
  {
    name: "a tampered share link",
    reach: async (page) => {
      await page.goto(url(paths.recommendation("cloud-sync", "v=1&engine=mim-2016-sp2&directory=mars&forests=12")));
      await expect(page.locator("[data-share-problems]")).toBeVisible();
    },
  },
  {
    name: "the check-answers page",
    reach: async (page) => {
      await saveAnswers(page, cloudSync);
      await page.goto(url(paths.advisorCheck()));
      await expect(page.locator("[data-question]")).toHaveCount(journeys["cloud-sync"].length);
    },
  },
  {
    name: "the visitor's own result",
    reach: async (page) => {
      await page.getByRole("link", { name: "See your recommendation" }).click();
      await expect(page.getByRole("link", { name: "Change your answers" })).toBeVisible();
      await expect(page.locator(completeResult)).toBeVisible();
    },
  },
  {
    name: "the question before replacing saved answers with a link's",
    reach: async (page) => {
      await page.goto(url(recommendationPath(answersOf(journeys["connect-sync"]))));
      await page.getByRole("button", { name: "Edit these answers" }).click();
      await expect(page.getByRole("button", { name: "Replace my answers" })).toBeFocused();
    },
  },
  ...(hasPlanPage
    ? [
        {
          name: "the plan",
          reach: async (page: Page) => {
            await page.goto(url(planPath(cloudSync)));
            await expect(page.locator(completePlan)).toBeAttached();
          },
        },
      ]
    : []),
];

test.describe("accessibility of every advisor state", () => {
  for (const theme of themes) {
    for (const viewport of widths) {
      test(`axe finds no WCAG 2.2 A/AA violation in any advisor state in the ${theme} theme at ${viewport.name}`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await useTheme(page, theme);
        await page.setViewportSize(viewport);
        for (const state of advisorStates) {
          await state.reach(page);
          await expectNoAxeViolations(page, `${state.name} (${theme}, ${viewport.name})`);
        }
      });
    }
  }
});
