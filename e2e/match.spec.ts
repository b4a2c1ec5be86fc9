import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { reportColumns } from "../src/core/match-check/report";
import { verdicts } from "../src/core/match-check/types";
import { paths } from "../src/shared/paths";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { cloudSyncCounts, matchFiles, objectGuidCounts, stampedGuid } from "./support/match-files";
import { expect, test, url } from "./support/test";
import { planPath } from "../src/core/share";
import { answersOf, journeys, saveAnswers } from "./support/answer-sets";
import { completePlan } from "./support/complete-pages";

const files = [
  { name: "ad-users-contoso.csv", mimeType: "text/csv", buffer: Buffer.from(matchFiles.ad) },
  // Named as nothing in particular: recognised by its header.
  { name: "export (2).txt", mimeType: "text/plain", buffer: Buffer.from(matchFiles.entra) },
  {
    name: "MA-{1}.XML",
    mimeType: "text/xml",
    buffer: Buffer.from('<?xml version="1.0"?>\r\n<saved-ma-configuration><ma-data/></saved-ma-configuration>'),
  },
];

async function open(page: Page) {
  await page.goto(url(paths.matchCheck()));
  await expect(page.locator("[data-hydrated]")).toBeAttached();
}

async function expectCounts(page: Page, counts: Record<string, number>) {
  for (const verdict of verdicts)
    await expect(page.locator(`[data-match-count="${verdict}"]`)).toHaveAttribute(
      "data-value",
      String(counts[verdict]),
    );
}

async function readAll(page: Page) {
  await open(page);
  await page.locator("#match-files").focus();
  await expect(page.locator("[data-reader-ready]")).toBeAttached();
  await page.locator("#match-files").setInputFiles(files);
  await expect(page.locator("[data-match-status]")).toHaveAttribute("data-match-status", "done");
}

test.describe("check matching", () => {
  test("reads the files off the main thread with no request, counts every verdict and names each bad file", async ({
    page,
  }) => {
    await open(page);
    await expect(page.locator("[data-privacy-notice]")).toContainText("nothing is uploaded");
    await page.locator("#match-files").focus();
    await expect(page.locator("[data-reader-ready]")).toBeAttached();
    await page.waitForLoadState("networkidle");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
    const statuses: string[] = [];
    await page.exposeFunction("__matchStatus", (status: string) => statuses.push(status));
    await page.evaluate(() => {
      const status = document.querySelector("[data-match-status]")!;
      const report = (window as unknown as { __matchStatus: (value: string) => void }).__matchStatus;
      new MutationObserver(() => report(status.getAttribute("data-match-status")!)).observe(status, {
        attributes: true,
      });
    });
    await page.locator("#match-files").setInputFiles(files);
    await expect(page.locator("[data-match-status]")).toHaveAttribute("data-match-status", "done");
    await expectCounts(page, cloudSyncCounts);
    expect(statuses.filter((status, index) => statuses[index - 1] !== status)).toEqual(["reading", "done"]);
    expect(requests).toEqual([]);
    // Read in the worker (its script came with the intent), not on the main thread.
    const workerLoaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").some((entry) => /\/match-worker-[^/]+\.js$/.test(entry.name)),
    );
    expect(workerLoaded).toBe(true);

    const errors = page.locator("[data-match-error]");
    await expect(errors).toHaveCount(2);
    await expect(page.locator('[data-match-error="export (2).txt"]')).toContainText("row 10");
    await expect(page.locator('[data-match-error="export (2).txt"]')).toContainText("ISO 8601");
    const serverExport = page.locator('[data-match-error="MA-{1}.XML"]');
    await expect(serverExport).toContainText("FIM/MIM server configuration export");
    await expect(serverExport.getByRole("link", { name: "Read your sync server" })).toHaveAttribute(
      "href",
      /\/import$/,
    );
    await expect(page.locator("[data-match-go]")).toHaveAttribute("data-match-go", "no-go");
    // The table lists the users needing action only, a page at a time.
    await expect(page.locator("[data-match-table] tbody tr")).toHaveCount(
      cloudSyncCounts.collision +
        cloudSyncCounts.ambiguous +
        cloudSyncCounts["no-ad-object"] +
        cloudSyncCounts["anchor-conflict"] +
        cloudSyncCounts["not-guid"] +
        cloudSyncCounts["stamp-needed"] +
        cloudSyncCounts["cloud-takeover"],
    );
    await page.getByLabel("Verdict", { exact: true }).selectOption("stamp-needed");
    await expect(page.locator("[data-match-table] tbody tr")).toHaveCount(1);
    await expect(page.locator("[data-match-table] tbody tr")).toContainText("stamp@contoso.com");
  });

  test("switching the target recomputes without reading again, and the counts are kept without a row", async ({
    page,
  }) => {
    await readAll(page);
    await expect(page.locator('input[name="match-target"]:checked')).toHaveValue("cloud-sync");
    await expect(page.locator('input[name="match-target"]')).toHaveCount(3);
    await page.locator('input[name="match-target"][value="connect-sync-objectguid"]').check();
    await expect(page.locator("[data-match-target]")).toHaveAttribute("data-match-target", "connect-sync-objectguid");
    await expectCounts(page, objectGuidCounts);
    await expect(page.locator("[data-match-status]")).toHaveAttribute("data-match-status", "done");
    const stored = await page.evaluate(() => localStorage.getItem("ema-match-counts")!);
    const saved = JSON.parse(stored).state.saved;
    expect(saved.target).toBe("connect-sync-objectguid");
    expect(saved.counts["cannot-match"]).toBe(2);
    expect(stored).not.toContain("contoso.com");
    await page.locator('input[name="match-target"][value="cloud-sync"]').check();
    await expectCounts(page, cloudSyncCounts);
  });

  test("the tenant file's AD FS domain becomes the advisor's sign-in answer, marked as from the export", async ({
    page,
  }) => {
    const tenant = JSON.stringify({
      onPremisesSynchronization: { features: { blockSoftMatchEnabled: false } },
      domains: [
        {
          id: "contoso.com",
          authenticationType: "Federated",
          federation: {
            passiveSignInUri: "https://sts.contoso.com/adfs/ls/",
            issuerUri: "http://sts.contoso.com/adfs/services/trust",
          },
        },
        { id: "contoso.onmicrosoft.com", authenticationType: "Managed" },
      ],
    });
    await page.goto(url(paths.home()));
    await saveAnswers(page, { ...answersOf(journeys["cloud-sync"]), federation: "managed" });
    await open(page);
    await page.locator("#match-files").focus();
    await expect(page.locator("[data-reader-ready]")).toBeAttached();
    await page
      .locator("#match-files")
      .setInputFiles([
        ...files.slice(0, 2),
        { name: "tenant.json", mimeType: "application/json", buffer: Buffer.from(tenant) },
      ]);
    await expect(page.locator("[data-match-status]")).toHaveAttribute("data-match-status", "done");
    await expect(page.locator("[data-match-federation]")).toHaveAttribute("data-match-federation", "adfs");
    await page.getByRole("button", { name: "Use this answer in the advisor" }).click();
    await expect(page.locator("[data-federation-given]")).toHaveAttribute("data-federation-given", "adfs");
    // Every question answered: the advisor's next page is the check page.
    await page.getByRole("link", { name: "Continue in the advisor" }).click();
    await expect(page).toHaveURL(/\/advisor\/check$/);
    await page.goto(url(paths.advisorQuestion("federation")));
    await expect(page.locator('input[name="federation"][value="adfs"]')).toBeChecked();
    await expect(page.locator("#federation-adfs-note [data-from-export]")).toContainText("contoso.com is federated");
  });

  test("downloads the report and the stamping script", async ({ page }) => {
    await readAll(page);
    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-download="match-report"]').click(),
    ]);
    expect(report.suggestedFilename()).toBe("match-report.csv");
    const rows = parse(readFileSync((await report.path())!, "utf8"), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...reportColumns]);
    const listed = Object.entries(cloudSyncCounts)
      .filter(([verdict]) => verdict !== "other-engine")
      .reduce((sum, [, count]) => sum + count, 0);
    expect(rows).toHaveLength(listed);
    expect(rows.find((row) => row.Verdict === "new")?.UserPrincipalName).toBe("'=new@contoso.com");
    expect(rows.find((row) => row.Verdict === "stamp-needed")?.ADDistinguishedName).toBe(
      "CN=User 2,OU=Staff,DC=contoso,DC=com",
    );

    const [script] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-download="match-stamp-script"]').click(),
    ]);
    expect(script.suggestedFilename()).toBe("stamp-consistencyguid.ps1");
    const text = readFileSync((await script.path())!, "utf8");
    expect(text).toContain(`ObjectGUID = '${stampedGuid}'`);
    expect(text.match(/ObjectGUID = '/g)).toHaveLength(1);
    expect(text).toContain("$WhatIfPreference = $true");
  });

  test("offers each export script to copy and download, saying what it needs", async ({ page }) => {
    await open(page);
    for (const id of ["ad-users", "entra-users", "tenant-settings"]) {
      await expect(page.locator(`[data-script="${id}"]`)).toContainText("Needs");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(`[data-script-download="${id}"]`).click(),
      ]);
      const text = readFileSync((await download.path())!, "utf8");
      expect(text).not.toMatch(/MSOnline|Connect-MsolService|Connect-AzureAD|Get-AzureAD/);
    }
    await expect(page.locator('[data-script="entra-users"]')).toContainText("User.Read.All");
  });

  test("starts on the advisor's recommendation, and the plan's matching step shows the no-go and its Markdown too", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(url(paths.home()));
    await saveAnswers(page, answersOf(journeys["connect-sync"]));
    await open(page);
    await expect(page.locator('input[name="match-target"]:checked')).toHaveValue("connect-sync-consistencyguid");
    await page.locator("#match-files").setInputFiles(files);
    await expect(page.locator("[data-match-status]")).toHaveAttribute("data-match-status", "done");
    await expect(page.locator("[data-match-target]")).toHaveAttribute(
      "data-match-target",
      "connect-sync-consistencyguid",
    );

    await page.goto(url(planPath(answersOf(journeys["cloud-sync"]))));
    await expect(page.locator(completePlan)).toBeVisible();
    const step = page.locator('[data-step="prepare-compare-immutableids"] [data-plan-match]');
    await expect(step).toHaveAttribute("data-plan-match", "no-go");
    await expect(step.locator('[data-plan-match-blocking="collision"]')).toHaveAttribute("data-value", "3");
    await expect(step.locator('[data-plan-match-blocking="ambiguous"]')).toHaveAttribute("data-value", "1");
    await expect(step.locator('[data-plan-match-blocking="no-ad-object"]')).toContainText(
      "convert it to cloud-managed",
    );
    await expect(step.locator("[data-plan-match-blocking]")).toHaveCount(3);
    await expect(step.getByRole("link", { name: "Check again" })).toHaveAttribute("href", /\/match$/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as Markdown" }).click(),
    ]);
    const markdown = readFileSync((await download.path())!, "utf8");
    expect(markdown).toContain("Match check: No-go: the last match check (for a new Connect Sync server");
    expect(markdown).toMatch(/ {4}- Collision \(3\): /);

    // Forgotten on /match, the step invites the check instead.
    await open(page);
    await page.getByRole("button", { name: "Forget the counts" }).click();
    await page.goto(url(planPath(answersOf(journeys["cloud-sync"]))));
    await expect(page.locator(completePlan)).toBeVisible();
    await expect(page.locator('[data-step="prepare-compare-immutableids"] [data-plan-match]')).toHaveAttribute(
      "data-plan-match",
      "none",
    );
  });

  for (const theme of themes) {
    test(`axe finds nothing on the results in the ${theme} theme, at 1280 and 360 px`, async ({ page }) => {
      await useTheme(page, theme);
      await page.setViewportSize({ width: 1280, height: 800 });
      await readAll(page);
      await expectNoAxeViolations(page, `match results (${theme}, 1280 px)`);
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoAxeViolations(page, `match results (${theme}, 360 px)`);
    });
  }
});
