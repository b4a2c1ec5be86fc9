import { readFileSync } from "node:fs";
import path from "node:path";
import { basePath, clientDir } from "../scripts/base-path.js";
import { checkLinks, idsOf, readBuiltPages } from "../scripts/link-check";
import { guideAnchors, splitAnchor } from "../src/shared/guide-anchors";
import { paths } from "../src/shared/paths";
import { expect, test } from "./support/test";

// Reads the build on disk: no browser needed, but it must run after the build, as e2e does.
test.describe("the built site's links", () => {
  test("every internal link and #anchor resolves; external links are listed, not fetched", async () => {
    const report = checkLinks(readBuiltPages(clientDir), basePath());
    test.info().annotations.push({ type: "external links", description: report.external.join("\n") });
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(100);
    expect(report.external.every((href) => href.startsWith("https://"))).toBe(true);
  });

  test("every registered guide anchor exists on its built page", async () => {
    for (const anchor of guideAnchors) {
      const { slug, id } = splitAnchor(anchor);
      const html = readFileSync(path.join(clientDir, paths.guidePage(slug), "index.html"), "utf8");
      expect(idsOf(html).has(id), anchor).toBe(true);
    }
  });

  test("sitemap.xml lists every page under the base path and robots.txt points to it", async () => {
    const sitemap = readFileSync(path.join(clientDir, "sitemap.xml"), "utf8");
    for (const slug of ["overview", "glossary"]) expect(sitemap).toContain(`${basePath()}guide/${slug}</loc>`);
    expect(sitemap).not.toContain("404");
    const robots = readFileSync(path.join(clientDir, "robots.txt"), "utf8");
    expect(robots).toContain(`${basePath()}sitemap.xml`);
  });
});
