import { prerenderPaths } from "../src/prerender-paths";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { test, url } from "./support/test";

const widths = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "360 px", width: 360, height: 740 },
];

test.describe("accessibility of every prerendered page", () => {
  for (const theme of themes) {
    for (const viewport of widths) {
      test(`axe finds no WCAG 2.2 A/AA violation on any page in the ${theme} theme at ${viewport.name}`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await useTheme(page, theme);
        await page.setViewportSize(viewport);
        for (const path of prerenderPaths()) {
          await page.goto(url(path));
          await expectNoAxeViolations(page, `${path} (${theme}, ${viewport.name})`);
        }
      });
    }
  }
});
