import type { Page } from "@playwright/test";
import { recommendationPath } from "../src/core/share";
import { paths } from "../src/shared/paths";
import { answersOf, journeys, saveAnswers } from "./support/answer-sets";
import { themes, useTheme } from "./support/axe";
import { backdrop, contrast, parseColour } from "./support/colour";
import { focusProblems, focusStop } from "./support/focus";
import { expect, test, url } from "./support/test";
import { completeResult } from "./support/complete-pages";

/** Background colours behind an element, innermost first (for `backdrop`). */
function layersScript(element: Element): string[] {
  const layers: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement)
    layers.push(getComputedStyle(node).backgroundColor);
  return layers;
}

// Axe checks text against its background. These are the colours it does not judge: focus
// rings, the checked state of form controls, link underlines and highlights.
test.describe("contrast that axe does not measure", () => {
  test.use({ reducedMotion: "reduce" });

  for (const theme of themes) {
    test(`every focus ring on the home, guide, result and 404 pages stands out 3:1 in the ${theme} theme`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await useTheme(page, theme);
      const pages = [
        paths.home(),
        paths.guidePage("compare"),
        recommendationPath(answersOf(journeys["no-clean-fit"])),
        paths.notFound(),
      ];
      for (const path of pages) {
        await page.goto(url(path));
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        if (path.startsWith(paths.recommendation())) await expect(page.locator(completeResult)).toBeVisible();
        const stops = await tabbableCount(page);
        const problems: string[] = [];
        for (let press = 0; press < stops; press++) {
          await page.keyboard.press("Tab");
          const stop = await focusStop(page);
          if (stop) problems.push(...focusProblems(stop).map((problem) => `${stop.label}: ${problem}`));
        }
        expect(stops, path).toBeGreaterThan(5);
        expect(problems, path).toEqual([]);
      }
    });

    test(`checked radio buttons and checkboxes show their state 3:1 against the page in the ${theme} theme`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.goto(url(paths.advisorQuestion("engine")));
      // Answers up to the one multiple-choice question, so that its checkboxes show.
      const cloudSync = journeys["cloud-sync"];
      const beforeNeeds = cloudSync.slice(
        0,
        cloudSync.findIndex(([id]) => id === "needs"),
      );
      await saveAnswers(page, answersOf(beforeNeeds as [string, ...string[]][]));
      for (const [question, value] of [
        ["engine", "mim-2016-sp2"],
        ["needs", "device-sync"],
      ]) {
        await page.goto(url(paths.advisorQuestion(question!)));
        const input = page.locator(`input[name="${question}"][value="${value}"]`);
        await input.check();
        const { accent, layers } = await input.evaluate((element) => {
          const layers: string[] = [];
          for (let node = element.parentElement; node; node = node.parentElement)
            layers.push(getComputedStyle(node).backgroundColor);
          return { accent: getComputedStyle(element).accentColor, layers };
        });
        const ratio = contrast(parseColour(accent), backdrop(layers));
        expect(ratio, `${question}: ${accent}`).toBeGreaterThanOrEqual(3);
      }
    });

    test(`links in running text are underlined, in a colour that stands out 3:1, in the ${theme} theme`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      const answers = answersOf(journeys["graph-connector"]);
      for (const path of [
        paths.home(),
        paths.guidePage("overview"),
        paths.guidePage("compare"),
        recommendationPath(answers),
      ]) {
        await page.goto(url(path));
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        if (path.startsWith(paths.recommendation())) await expect(page.locator(completeResult)).toBeVisible();
        const links = await page
          .locator(":is(p, li, td, dd, figcaption) a:not(.button)")
          .evaluateAll((elements, layersSource) => {
            const layersOf = new Function(`return ${layersSource}`)() as (element: Element) => string[];
            return elements
              .filter((element) => !element.closest("nav") && (element as HTMLElement).offsetParent !== null)
              .map((element) => {
                const style = getComputedStyle(element);
                return {
                  text: (element.textContent ?? "").trim().slice(0, 40),
                  line: style.textDecorationLine,
                  colour: style.textDecorationColor,
                  layers: layersOf(element),
                };
              });
          }, layersScript.toString());
        expect(links.length, path).toBeGreaterThan(0);
        const problems = links.flatMap((link) => {
          const ratio = contrast(parseColour(link.colour), backdrop(link.layers));
          return [
            ...(link.line.includes("underline") ? [] : [`"${link.text}" is not underlined`]),
            ...(ratio >= 3 ? [] : [`"${link.text}" underline ${link.colour} has contrast ${ratio.toFixed(2)}:1`]),
          ];
        });
        expect(problems, path).toEqual([]);
      }
    });

    test(`highlighted text (<mark>) stays readable and stands out from the text around it in the ${theme} theme`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.goto(url(paths.guidePage("overview")));
      // Text added before React has hydrated the page would itself cause a hydration error
      // (#418, seen once on a loaded machine): the theme toggle knows its state once React runs.
      await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", /^(true|false)$/);
      // No page marks text yet (search results will): judge the site's style for it in place.
      const marks = await page.evaluate(() => {
        const paragraph = document.createElement("p");
        paragraph.append(
          "Results for ",
          Object.assign(document.createElement("mark"), { textContent: "cloud sync" }),
          ".",
        );
        document.querySelector("main .prose")!.append(paragraph);
        return [...document.querySelectorAll("mark")].map((mark) => {
          const own = getComputedStyle(mark);
          const around = getComputedStyle(mark.parentElement!);
          const layers: string[] = [];
          for (let node = mark.parentElement; node; node = node.parentElement)
            layers.push(getComputedStyle(node).backgroundColor);
          return {
            text: own.color,
            background: own.backgroundColor,
            layers,
            bolder: Number(own.fontWeight) - Number(around.fontWeight) >= 300,
            edged: own.textDecorationLine !== "none" || own.outlineStyle !== "none" || own.boxShadow !== "none",
          };
        });
      });
      for (const mark of marks) {
        const page = backdrop(mark.layers);
        const highlight = backdrop([mark.background, ...mark.layers]);
        expect(contrast(parseColour(mark.text), highlight), "text on the highlight").toBeGreaterThanOrEqual(4.5);
        // Colour alone may not be the only cue (WCAG 1.4.1): a 3:1 tint, or weight or an edge.
        const distinct = contrast(highlight, page) >= 3 || mark.bolder || mark.edged;
        expect(distinct, `a mark on ${mark.layers[0]} with ${mark.background}`).toBe(true);
      }
    });
  }
});

/** How many elements the Tab key visits on the page as it is. */
function tabbableCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ].filter((element) => element.offsetParent !== null || getComputedStyle(element).position === "fixed").length,
  );
}
