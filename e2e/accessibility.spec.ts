import { prerenderPaths } from "../src/prerender-paths";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { test, url } from "./support/test";

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
