import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { THEME_STORAGE_KEY } from "../../src/shared/theme/theme-script";

export const themes = ["light", "dark"] as const;

/** Runs axe with the WCAG 2.0–2.2 A and AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(" ")}: ${node.failureSummary}`).join("\n"),
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Sets the site's theme the way a visitor's remembered choice does, before the page loads. */
export async function useTheme(page: Page, theme: (typeof themes)[number]) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_STORAGE_KEY, theme] as const);
}
