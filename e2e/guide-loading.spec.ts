import { readFileSync } from "node:fs";
import path from "node:path";
import { basePath, clientDir } from "../scripts/base-path.js";
import { measureFirstLoad } from "../scripts/quality/first-load.js";
import { guideSlugs } from "../src/shared/guide-pages";
import { paths } from "../src/shared/paths";
import { expect, test, url } from "./support/test";

const htmlFile = (slug: string) => `guide/${slug}/index.html`;

/** The HTML of a built guide page's body. */
function bodyHtml(slug: string): string {
  const html = readFileSync(path.join(clientDir, htmlFile(slug)), "utf8");
  return html.slice(html.indexOf(`data-guide-body="${slug}"`), html.indexOf('id="page-sources"'));
}

const headingTexts = (slug: string) =>
  [...bodyHtml(slug).matchAll(/<h2 id="[^"]+">([^<&]+)<\/h2>/g)].map((match) => match[1]!);

/** Runs of the body's text long enough to be the page's own (its compiled MDX holds the same strings). */
const ownTexts = (slug: string) => [...bodyHtml(slug).matchAll(/>([^<>&"\\]{50,})</g)].map((match) => match[1]!);

// Reads the build on disk: a guide page's first load must not grow with the page.
test.describe("a guide page's first load", () => {
  const loads = guideSlugs.map((slug) => ({ slug, load: measureFirstLoad(clientDir, htmlFile(slug), basePath()) }));

  test("is the same scripts for every guide page, however long the page", () => {
    const [first, ...rest] = loads.map(({ load }) => load.js.map((asset) => asset.file).sort());
    for (const files of rest) expect(files).toEqual(first);
  });

  test("carries no page's compiled MDX: none of its scripts holds the page's text", () => {
    for (const { slug, load } of loads) {
      const texts = ownTexts(slug);
      expect(texts.length, slug).toBeGreaterThan(5);
      const scripts = load.js.map((asset) => readFileSync(path.join(clientDir, asset.file), "utf8"));
      const found = texts.filter((text) => scripts.some((script) => script.includes(text)));
      expect(found, `${slug}: its text found in its first-load scripts`).toEqual([]);
    }
  });
});

test.describe("moving between guide pages in the app", () => {
  test("a link in the body, then Next, render the other page's content without reloading the document", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(url(paths.guidePage("overview")));
    const body = page.locator('[data-guide-body="overview"]');
    // React has hydrated the body once it has attached its fibre to the element.
    await expect
      .poll(() => body.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber"))))
      .toBe(true);
    const firstLoad = scripts.length;
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await body
      .locator(`a[href$="${paths.guideAnchor("cloud-sync#when-it-fits")}"]`)
      .first()
      .click();
    await expect(page).toHaveURL(/\/guide\/cloud-sync#when-it-fits$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Migrate to Microsoft Entra Connect cloud sync");
    const cloudSync = page.locator('[data-guide-body="cloud-sync"]');
    await expect(cloudSync.locator("h2").first()).toHaveText(headingTexts("cloud-sync")[0]!);
    await expect(page.locator("#when-it-fits")).toBeInViewport();
    const toc = page.getByRole("navigation", { name: "On this page" });
    await expect(toc.getByRole("link").first()).toHaveAttribute("href", /^#/);
    expect(scripts.length, "the page's module is fetched only now").toBeGreaterThan(firstLoad);

    // Copy buttons work in a body React rendered, as in the prerendered one (e2e/guide.spec.ts).
    const copy = cloudSync.locator("button.section-heading__copy").first();
    await copy.click();
    await expect(copy).toContainText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/guide\/cloud-sync#[a-z0-9-]+$/);

    await page.getByRole("link", { name: /^Next/ }).click();
    await expect(page).toHaveURL(/\/guide\/connect-sync$/);
    await expect(page.locator('[data-guide-body="connect-sync"] h2').first()).toHaveText(
      headingTexts("connect-sync")[0]!,
    );
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });
});
