import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { objectReportColumns } from "../src/core/match-check/objects-report";
import { directoryObjectKinds, verdicts } from "../src/core/match-check/types";
import { planPath } from "../src/core/share";
import { paths } from "../src/shared/paths";
import { answersOf, journeys } from "./support/answer-sets";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { completePlan } from "./support/complete-pages";
import { matchFiles } from "./support/match-files";
import { groupCountsCloudSync, groupFiles } from "./support/match-groups-files";
import { expect, test, url } from "./support/test";

const files = [
  { name: "ad-users-contoso.csv", mimeType: "text/csv", buffer: Buffer.from(matchFiles.ad) },
  { name: "entra-users.csv", mimeType: "text/csv", buffer: Buffer.from(matchFiles.entra) },
  // Named as nothing in particular: both recognised by their content.
  { name: "old connector.dat", mimeType: "application/octet-stream", buffer: Buffer.from(groupFiles.csexport) },
  { name: "groups.txt", mimeType: "text/plain", buffer: Buffer.from(groupFiles.ad) },
];

/** Picks the files once the reader is ready; returns the requests made while reading (there must be none). */
async function readGroups(page: Page, picked = files): Promise<string[]> {
  await page.goto(url(paths.matchCheck()));
  await expect(page.locator("[data-hydrated]")).toBeAttached();
  await page.locator("#match-files").focus();
  await expect(page.locator("[data-reader-ready]")).toBeAttached();
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
  await page.locator("#match-files").setInputFiles(picked);
  await expect(page.locator("[data-match-status]")).toHaveAttribute("data-match-status", "done");
  return requests;
}

async function expectObjectCounts(page: Page, expected: Record<string, Record<string, number>>) {
  for (const kind of directoryObjectKinds)
    for (const verdict of verdicts)
      await expect(page.locator(`[data-match-object-count="${kind}:${verdict}"]`)).toHaveAttribute(
        "data-value",
        String(expected[kind]?.[verdict] ?? 0),
      );
}

test.describe("check matching: groups and contacts", () => {
  test("reads the old connector's csexport and the AD groups file, and gives each group and contact a verdict", async ({
    page,
  }) => {
    const requests = await readGroups(page);
    await expect(page.locator("[data-match-objects]")).toHaveAttribute("data-match-objects", "checked");
    await expectObjectCounts(page, groupCountsCloudSync);
    // The users are counted as before, beside them.
    await expect(page.locator('[data-match-count="hard-match"]')).toHaveAttribute("data-value", "1");
    await expect(page.locator("[data-match-objects-sources]")).toContainText("Sources differ");
    await expect(page.locator("[data-match-go]")).toHaveAttribute("data-match-go", "no-go");

    const rows = page.locator("[data-match-objects-table] tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(page.locator('[data-match-objects-table] tr[data-kind="contact"]')).toHaveAttribute(
      "data-verdict",
      "not-guid",
    );
    await expect(page.locator('[data-match-objects-table] tr[data-kind="contact"]')).toHaveAttribute(
      "data-anchor-form",
      "a GUID's text, not its bytes",
    );
    // Filtering by kind and verdict, with the keyboard.
    const table = page.locator("[data-match-objects-table]");
    await table.getByLabel("Kind").focus();
    await table.getByLabel("Kind").selectOption("group");
    await expect(rows).toHaveCount(2);
    await table.getByLabel("Verdict").selectOption("stamp-needed");
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("Sales");
    await expect(rows).toContainText("CN=Group 102,OU=Groups,DC=contoso,DC=com");
    expect(requests).toEqual([]);
  });

  test("a Connect Sync target anchors groups on objectGUID: the stamp cannot help, and the plan says no-go", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await readGroups(page);
    await page.locator('input[name="match-target"][value="connect-sync-consistencyguid"]').check();
    await expect(page.locator("[data-match-target]")).toHaveAttribute(
      "data-match-target",
      "connect-sync-consistencyguid",
    );
    await expectObjectCounts(page, {
      group: { "hard-match": 1, "cannot-match": 1, "no-ad-object": 1, new: 1 },
      contact: { "not-guid": 1 },
    });
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem("ema-match-counts")))!).state.saved;
    expect(stored.objects.group["cannot-match"]).toBe(1);
    expect(JSON.stringify(stored)).not.toMatch(/Sales|contoso\.com/);

    await page.goto(url(planPath(answersOf(journeys["cloud-sync"]))));
    await expect(page.locator(completePlan)).toBeVisible();
    const step = page.locator('[data-step="prepare-compare-immutableids"] [data-plan-match]');
    await expect(step).toHaveAttribute("data-plan-match", "no-go");
    await expect(step.locator('[data-plan-match-object-blocking="group:cannot-match"]')).toHaveAttribute(
      "data-value",
      "1",
    );
    await expect(step.locator('[data-plan-match-object-blocking="group:no-ad-object"]')).toContainText("orphan");
  });

  test("downloads the groups and contacts report with the old anchor's form", async ({ page }) => {
    await readGroups(page);
    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-download="match-objects-report"]').click(),
    ]);
    const rows = parse(readFileSync((await report.path())!, "utf8"), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...objectReportColumns]);
    expect(rows.map((row) => `${row.Kind}:${row.Verdict}`).sort()).toEqual(
      ["group:hard-match", "group:stamp-needed", "group:no-ad-object", "group:new", "contact:not-guid"].sort(),
    );
    expect(rows.find((row) => row.Kind === "contact")?.AnchorGuid).toMatch(/^0f1e2d3c-/);
  });

  test("sends a csexport of another connector to the pending exports page, and still reads the rest", async ({
    page,
  }) => {
    await readGroups(page, [
      files[0]!,
      files[1]!,
      { name: "staging.xml", mimeType: "text/xml", buffer: Buffer.from(groupFiles.otherConnector) },
      files[3]!,
    ]);
    const problem = page.locator('[data-match-error="staging.xml"]');
    await expect(problem).toContainText("not the old connector's own agent");
    await expect(problem.getByRole("link", { name: "Check pending exports" })).toHaveAttribute(
      "href",
      /\/pending-exports$/,
    );
    await expect(page.locator("[data-match-objects]")).toHaveAttribute("data-match-objects", "not-checked");
    await expect(page.locator('[data-match-count="hard-match"]')).toHaveAttribute("data-value", "1");
  });

  test("offers the read-only groups and contacts script and the csexport command", async ({ page }) => {
    await page.goto(url(paths.matchCheck()));
    await expect(page.locator("[data-match-csexport-command]")).toContainText("csexport");
    await expect(page.locator("[data-match-csexport-command]")).not.toContainText("/f:");
    await expect(page.locator('[data-script="ad-groups-contacts"]')).toContainText("Needs");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('[data-script-download="ad-groups-contacts"]').click(),
    ]);
    const text = readFileSync((await download.path())!, "utf8");
    expect(text).toContain("Get-ADObject");
    expect(text).not.toMatch(/\b(?:Set|New|Remove)-AD\w+|MSOnline|AzureAD\b/);
  });

  for (const theme of themes) {
    test(`axe finds nothing on the groups and contacts results in the ${theme} theme, at 1280 and 360 px`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.setViewportSize({ width: 1280, height: 800 });
      await readGroups(page);
      await expect(page.locator("[data-match-objects-table] tbody tr")).toHaveCount(3);
      await expectNoAxeViolations(page, `match groups results (${theme}, 1280 px)`);
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoAxeViolations(page, `match groups results (${theme}, 360 px)`);
    });
  }
});
