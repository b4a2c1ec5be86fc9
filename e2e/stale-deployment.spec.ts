import type { Page } from "@playwright/test";
import { recommendationPath } from "../src/core/share";
import { answersOf, journeys } from "./support/answer-sets";
import { expect, test, url } from "./support/test";
import { completeResult, detailsCode } from "./support/complete-pages";

// A visitor keeps a tab open across a deployment: the page's lazily loaded code has new file
// names now, and the old ones answer 404.
const link = recommendationPath(answersOf(journeys["graph-connector"]));

/** Counts the page's document loads: the first visit, then each reload. */
function countDocumentLoads(page: Page) {
  const count = { loads: 0 };
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) count.loads++;
  });
  return count;
}

test.describe("when a page's code has gone missing", () => {
  // The refused file, and React Router's report of the error its boundary caught.
  test.use({ expectedConsoleErrors: /status of 404|Failed to fetch dynamically imported module/ });

  test("the page reloads once and then shows the result", async ({ page }) => {
    const documents = countDocumentLoads(page);
    // Refused for as long as the first document lives (however often it asks), served after.
    await page.route(detailsCode.result, (route) =>
      documents.loads === 1 ? route.fulfill({ status: 404 }) : route.continue(),
    );
    await page.goto(url(link));
    await expect(page.locator("[data-recommendation]")).toHaveAttribute("data-recommendation", "graph-connector");
    await expect(page.locator(completeResult)).toBeVisible();
    expect(documents.loads).toBe(2);
  });

  test("a second failure shows the error page with a way home instead of reloading for ever", async ({ page }) => {
    const documents = countDocumentLoads(page);
    await page.route(detailsCode.result, (route) => route.fulfill({ status: 404 }));
    await page.goto(url(link));
    await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
    await expect(page.getByRole("link", { name: "home page" })).toBeVisible();
    expect(documents.loads).toBe(2);
  });
});
