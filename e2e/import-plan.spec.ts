import { readFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { paths } from "../src/shared/paths";
import { answer } from "./support/advisor";
import { expectNoAxeViolations, useTheme } from "./support/axe";
import { expect, test, url } from "./support/test";

const serverDir = join(import.meta.dirname, "..", "src", "core", "sync-export", "fixtures", "server");
const serverFiles = readdirSync(serverDir).map((name) => join(serverDir, name));

/** Reads the fixture server export on /import and gives its answers to the advisor. */
async function importAndUse(page: Page) {
  await page.goto(url(paths.importConfig()));
  await expect(page.locator("[data-hydrated]")).toBeAttached();
  await page.locator("#import-files").setInputFiles(serverFiles);
  await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
  await page.getByRole("button", { name: "Use these answers" }).click();
  await expect(page).toHaveURL(/\/advisor\/engine$/);
}

const mark = (page: Page, questionId: string, value: string) =>
  page.locator(`#${questionId}-${value}-note [data-from-export]`);

test.describe("the plan and the advisor with an imported export", () => {
  test("question pages mark the export's answers, pre-selected and changeable; the mark goes when changed", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await importAndUse(page);
    await expect(page.locator("[data-from-export]")).toHaveCount(0);
    await answer(page, "engine", "mim-2016-sp2");

    await expect(page).toHaveURL(/\/advisor\/directory$/);
    await expect(page.locator('input[name="directory"][value="ad"]')).toBeChecked();
    await expect(mark(page, "directory", "ad")).toContainText("From your export");
    await expect(mark(page, "directory", "ad")).toContainText('Active Directory management agents: "Fabrikam AD"');
    await expect(page.locator('input[name="directory"][value="ad"]')).toHaveAttribute(
      "aria-describedby",
      /directory-ad-note/,
    );
    await expect(page.locator("[data-from-export]")).toHaveCount(1);
    await expectNoAxeViolations(page, "question with an answer from the export");
    await answer(page, "directory", "ad");
    await expect(mark(page, "in-ad", "already")).toContainText("From your export");
    await answer(page, "in-ad", "already");
    await expect(mark(page, "forests", "one")).toContainText("Forest ");
    // The visitor changes it: the answer is theirs now.
    await answer(page, "forests", "several-connected");
    await answer(page, "largest-domain", "under-100k");
    await answer(page, "total-objects", "under-100k");
    await answer(page, "needs", "none");
    await answer(page, "only-sync", "yes");
    await answer(page, "existing-connect", "no");
    await answer(page, "federation", "managed");
    await answer(page, "environment", "production");

    await expect(page).toHaveURL(new RegExp(`${paths.advisorCheck()}$`));
    await expect(page.locator('[data-question="directory"] [data-from-export]')).toHaveText("From your export");
    await expect(page.locator('[data-question="in-ad"] [data-from-export]')).toHaveText("From your export");
    await expect(page.locator('[data-question="forests"] [data-from-export]')).toHaveCount(0);
    await expect(page.locator("[data-from-export]")).toHaveCount(2);

    // Choosing the export's value again is the visitor's own choice: no mark comes back.
    await page.getByRole("link", { name: "Change forests" }).click();
    await expect(page.locator("[data-from-export]")).toHaveCount(0);
    await page.locator('input[name="forests"][value="one"]').check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.advisorCheck()}$`));
    await expect(page.locator('[data-question="forests"] [data-from-export]')).toHaveCount(0);
    await expect(page.locator("[data-from-export]")).toHaveCount(2);
    const applied = await page.evaluate(
      () => JSON.parse(localStorage.getItem("ema-import-findings")!).state.saved.applied,
    );
    expect(applied).toEqual({ directory: "ad", "in-ad": "already" });
  });

  test("the plan shows the export's deletion rules, flows and attributes, and its Markdown holds them", async ({
    page,
  }) => {
    // The whole advisor, a long plan and two axe scans: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    await importAndUse(page);
    await answer(page, "engine", "mim-2016-sp2");
    for (const [questionId, value] of [
      ["directory", "ad"],
      ["in-ad", "already"],
      ["forests", "one"],
      ["largest-domain", "under-100k"],
      ["total-objects", "under-100k"],
      ["needs", "none"],
      ["only-sync", "yes"],
      ["existing-connect", "no"],
      ["federation", "managed"],
      ["environment", "production"],
    ] as const)
      await answer(page, questionId, value);
    await expect(page.locator("[data-from-export]")).toHaveCount(3);
    await page.getByRole("link", { name: "See your recommendation" }).click();
    await page.getByRole("link", { name: "Open your migration plan" }).click();
    await expect(page).toHaveURL(/\/plan\?v=3&/);
    expect(page.url()).not.toMatch(/import|Fabrikam|finding/i);

    const section = page.locator("[data-plan-findings]");
    await expect(section).toHaveAttribute("data-plan-findings", "found");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("From your sync server's export");
    await expect(section.locator("[data-findings-source]")).toContainText('"Fabrikam Entra (old connector)"');
    await expect(section.locator("[data-findings-source]")).toContainText("4 files with the metaverse (MV.XML)");
    await expect(section.locator("[data-findings-source]")).toContainText(/read in this browser on \d+ \w+ \d{4} at/);
    await expect(section.getByRole("link", { name: "Read the export again, or forget it" })).toHaveAttribute(
      "href",
      /\/import$/,
    );
    await expect(section.locator("[data-plan-deletion-rule]")).toHaveCount(3);
    await expect(section.locator('[data-plan-deletion-rule="person"]')).toHaveAttribute(
      "data-deletion-risk",
      "deletes",
    );
    await expect(section.locator('[data-plan-deletion-rule="person"]')).toContainText(
      'untick "Fabrikam Entra (old connector)"',
    );
    await expect(section.locator('[data-plan-deletion-rule="contact"]')).toContainText("ShouldDeleteFromMV");
    await expect(section.locator("[data-plan-scripted-flow]")).toHaveText([
      /user\.sourceAnchor ← objectGUID/,
      /group\.proxyAddresses ← mail, mailNickname/,
    ]);
    await expect(section).toContainText("Fabrikam.EntraExtension.dll");
    await expect(section.locator("[data-plan-sync-rule-flow]")).toHaveCount(2);
    await expect(section.locator('[data-plan-recall="displayName"]')).toHaveAttribute(
      "data-exported-to",
      "Fabrikam AD user.displayName",
    );
    await expect(section.locator("[data-plan-extensions]")).toContainText("NoSuchManagementAgentException");
    await expect(section.locator('[data-plan-sync-rule-flow="displayName"]')).toContainText(
      '+(firstName," ",lastName)',
    );
    await expect(section.locator("[data-plan-attribute]")).toHaveCount(12);
    await expect(section.locator('[data-plan-attribute="extensionAttribute3"]')).toContainText(
      "Extension attribute 3, mapped by default",
    );
    await expectNoAxeViolations(page, "plan with the export's findings");
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoAxeViolations(page, "plan with the export's findings, 360 px");
    await useTheme(page, "dark");
    await page.reload();
    await expect(section.locator("[data-plan-attribute]")).toHaveCount(12);
    await expectNoAxeViolations(page, "plan with the export's findings, dark theme, 360 px");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as Markdown" }).click(),
    ]);
    const markdown = await readFile((await download.path())!, "utf8");
    const findings = markdown.split("## From your sync server's export")[1]!.split("## Checklist")[0]!;
    expect(findings).toContain("- [ ] **person** (declared-any rule): Deletes objects.");
    expect(findings).toContain("- [ ] **group** (declared-last rule)");
    expect(findings).toContain("- [ ] **contact** (scripted rule): Decided by code: review.");
    expect(findings).toContain("- [ ] user.**sourceAnchor** ← objectGUID");
    expect(findings).toContain("- [ ] group.**proxyAddresses** ← mail, mailNickname");
    expect(findings).toContain("Fabrikam.EntraExtension.dll");
    expect(findings).toContain("| user | extensionAttribute3 | costCenter | direct |");
    expect(findings).toContain("### Attribute recall");
    expect(findings).toContain("- [ ] **person.displayName** (exported to Fabrikam AD user.displayName)");
    expect(findings).toContain("### Rules extensions");
    // Escaped so the expression cannot become Markdown.
    expect(findings).toContain('(expression mapping): \\+\\(firstName," ",lastName\\)');
    expect(findings).toContain(`<${new URL(url(paths.importConfig()), page.url()).href}>`);
  });

  test("a Connect Sync server's export puts nothing on the plan", async ({ page }) => {
    await page.goto(url(paths.importConfig()));
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    await page.locator("#import-folder").setInputFiles(join(serverDir, "..", "connect-sync-server"));
    await expect(page.locator("[data-connect-sync]")).toBeVisible();
    await page.goto(
      url(
        paths.plan(
          "v=2&engine=mim-2016-sp2&directory=ad&in-ad=already&forests=one&largest-domain=under-100k&total-objects=under-100k&needs=none&only-sync=yes&existing-connect=no&environment=production",
        ),
      ),
    );
    await expect(page.locator("[data-plan-findings]")).toHaveAttribute("data-plan-findings", "no-old");
    await expect(page.locator("[data-findings-no-old-connector]")).toContainText("Microsoft Entra Connect Sync server");
    await expect(page.locator("[data-plan-deletion-rule], [data-plan-attribute]")).toHaveCount(0);
  });

  test("the plan says so when the stored export has no old connector, and shows nothing once forgotten", async ({
    page,
  }) => {
    await page.goto(url(paths.importConfig()));
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    // The AD and LDAP agents and the metaverse, without the old connector.
    await page.locator("#import-files").setInputFiles(serverFiles.filter((file) => !file.includes("9A8B7C6D")));
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
    const plan = paths.plan(
      "v=3&engine=mim-2016-sp2&directory=ad&in-ad=already&forests=one&largest-domain=under-100k&total-objects=under-100k&needs=none&only-sync=yes&existing-connect=no&federation=managed&environment=production",
    );
    await page.goto(url(plan));
    await expect(page.locator("[data-plan-findings]")).toHaveAttribute("data-plan-findings", "no-old");
    await expect(page.locator("[data-findings-no-old-connector]")).toContainText(
      "No agent in the export is of the old connector's type",
    );
    await expect(page.locator("[data-plan-deletion-rule]")).toHaveCount(0);

    await page.goto(url(paths.importConfig()));
    await page.getByRole("button", { name: "Forget these findings" }).click();
    await page.goto(url(plan));
    await expect(page.locator("[data-step]").first()).toBeVisible();
    await expect(page.locator("[data-plan-findings]")).toHaveCount(0);
  });
});
