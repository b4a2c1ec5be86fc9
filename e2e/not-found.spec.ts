import { paths } from "../src/shared/paths";
import { expect, test, url } from "./support/test";

test.describe("unknown addresses", () => {
  test.use({ expectedDocumentStatus404: true });

  for (const address of ["no-such-page", "guide/no-such-page", "advisor/not-a-question/deeper"]) {
    test(`"/${address}" answers 404 with a page that says so and leads back`, async ({ page }) => {
      const response = await page.goto(url(address));
      expect(response?.status()).toBe(404);
      await expect(page).toHaveTitle(/^Page not found/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await page.getByRole("link", { name: "Browse the migration guide" }).click();
      await expect(page).toHaveURL(new RegExp(`${paths.guideIndex()}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("The migration guide");
    });
  }
});
