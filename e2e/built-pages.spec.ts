import { readFileSync } from "node:fs";
import path from "node:path";
import { clientDir } from "../scripts/base-path.js";
import { DEFERRED_TYPE } from "../scripts/build/defer-hydration.js";
import { firstPaintEntries } from "../scripts/build/first-paint.js";
import { baseDirectives, hashesOf, policyOf } from "../scripts/quality/csp.js";
import { inlineScripts, inlineStyles, unsafeMarkup } from "../scripts/quality/html-audit.js";
import { builtHtmlFiles } from "../scripts/quality/first-load.js";
import { prerenderPaths } from "../src/prerender-paths";
import { paths } from "../src/shared/paths";
import { expect, test, url } from "./support/test";

const pages = builtHtmlFiles(clientDir).map((file) => ({
  file,
  html: readFileSync(path.join(clientDir, file), "utf8"),
}));

// Reads the build on disk: what every visitor receives, before any script runs.
test.describe("the built pages' integrity", () => {
  test("no built page has an inline event handler, a javascript: URL or a style attribute", () => {
    expect(pages.length).toBeGreaterThan(25);
    for (const { file, html } of pages) {
      expect(unsafeMarkup(html), file).toEqual({ handlers: [], javascriptUrls: [], styleAttributes: [] });
    }
  });

  test("every page requests its code only after its first paint; the pages built from a link paint it with their own script", () => {
    const linked = pages.filter(({ html }) => html.includes("data-first-paint=")).map(({ file }) => file);
    // The pages built from a link's answers: the recommendations and the plan.
    expect(linked.length).toBeGreaterThan(0);
    for (const file of linked) expect(file).toMatch(/^(recommendation(\/[^/]+)?|plan)\/index\.html$/);
    for (const { file, html } of pages) {
      expect(html, file).toContain(`type="${DEFERRED_TYPE}"`);
      expect(html, file).not.toMatch(/rel="modulepreload"|<script type="module"/);
      // The first-paint script runs right after <main>, before the footer is parsed.
      const page = /data-first-paint="([a-z-]+)"/.exec(html)?.[1];
      expect(page === undefined || page in firstPaintEntries, file).toBe(true);
      expect(/<\/main><script>/.test(html), file).toBe(page !== undefined);
    }
  });

  test("every built page carries its Content-Security-Policy before its first script", () => {
    for (const { file, html } of pages) {
      const policy = policyOf(html);
      expect(policy, file).toBeDefined();
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), file).toBeLessThan(html.indexOf("<script"));
      for (const [directive, sources] of Object.entries(baseDirectives)) {
        expect(policy, `${file}: ${directive}`).toContain(`${directive} ${sources.join(" ")}`);
      }
      expect(policy, file).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|data:|https?:/);
    }
  });

  test("each page's policy allows exactly the inline scripts and the inlined stylesheets that page holds", () => {
    const hashesIn = (policy: string, directive: string) =>
      [...(new RegExp(`${directive} ([^;]*)`).exec(policy)?.[1] ?? "").matchAll(/'sha256-[^']+'/g)]
        .map(([hash]) => hash)
        .sort();
    for (const { file, html } of pages) {
      const policy = policyOf(html) ?? "";
      const scripts = hashesOf(inlineScripts(html)).sort();
      const styles = hashesOf(inlineStyles(html)).sort();
      expect(scripts.length, file).toBeGreaterThan(0);
      expect(hashesIn(policy, "script-src"), file).toEqual(scripts);
      expect(hashesIn(policy, "style-src"), file).toEqual(styles);
    }
  });
});

test.describe("stylesheets inlined into the built pages", () => {
  test("a route's own stylesheet copy goes when the app leaves the route, and its link comes back with it", async ({
    page,
  }) => {
    const copies = () =>
      page.locator("style[data-inlined]").evaluateAll((styles) => styles.map((style) => style.dataset.inlined ?? ""));
    await page.goto(url(paths.plan()));
    await expect(page.locator("html")).toHaveAttribute("data-interactive", "true");
    // The plan's own stylesheet is in the page, its link disabled; the site's shared one stays a file.
    const [plan, ...rest] = await copies();
    expect(rest).toEqual([]);
    expect(plan).toMatch(/\/assets\/plan-[^/]+\.css$/);
    await expect(page.locator('link[rel="stylesheet"]:not([disabled])')).toHaveCount(1);
    await expect(page.locator(`link[href="${plan}"]`)).toHaveAttribute("disabled", "");

    await page.getByRole("banner").getByRole("link", { name: "Guide", exact: true }).click();
    await expect(page).toHaveURL(/\/guide/);
    await expect.poll(copies).toEqual([]);

    await page.goBack();
    await expect(page.locator(`link[rel="stylesheet"][href="${plan}"]:not([disabled])`)).toHaveCount(1);
  });
});

test.describe("the Content-Security-Policy in the browser", () => {
  test("every prerendered page applies its policy and runs its own scripts without a violation", async ({ page }) => {
    test.setTimeout(120_000);
    // The shared fixture fails the test on any violation event; this visits every page.
    for (const path of prerenderPaths()) {
      await page.goto(url(path));
      await expect(page.locator('head > meta[http-equiv="Content-Security-Policy"]'), path).toHaveCount(1);
      // The theme boot script (inline, allowed by hash) ran, and the app hydrated: the toggle
      // knows its state only once React runs.
      await expect(page.locator("html"), path).toHaveClass(/\bjs\b/);
      await expect(page.getByRole("button", { name: "Dark theme" }), path).toHaveAttribute(
        "aria-pressed",
        /^(true|false)$/,
      );
    }
  });

  test("the policy blocks a script that was not in the built page", async ({ browser, baseURL }) => {
    // A page of its own: this test provokes the violation that the shared fixture forbids.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto(url("/"));
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.violatedDirective), {
          once: true,
        }),
      );
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.head.append(script);
      return { directive: await violation, ran: "injected" in window };
    });
    expect(outcome).toEqual({ directive: "script-src-elem", ran: false });
    await context.close();
  });
});
