import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { planPath } from "../src/core/share";
import { paths } from "../src/shared/paths";
import { answersOf, journeys } from "./support/answer-sets";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { completePlan } from "./support/complete-pages";
import { entraCounts, entraUsersFile, pendingFixtures, xmlFile } from "./support/pending-files";
import { expect, test, url } from "./support/test";

const entraFile = xmlFile("pending-entra.xml", pendingFixtures.entra);
const status = (page: Page) => page.locator("[data-pending-status]");
const gate = (page: Page, id: string) => page.locator(`[data-gate="${id}"]`);

async function open(page: Page) {
  await page.goto(url(paths.pendingExports()));
  await expect(page.locator("[data-hydrated]")).toBeAttached();
  await page.locator("#pending-files").focus();
  await expect(page.locator("[data-reader-ready]")).toBeAttached();
}

async function pick(page: Page, files: Parameters<ReturnType<Page["locator"]>["setInputFiles"]>[0]) {
  await page.locator("#pending-files").setInputFiles(files);
  await expect(status(page)).toHaveAttribute("data-pending-status", /done|error/);
}

test.describe("check pending exports", () => {
  test("reads a csexport in the worker with no request, counts every type and operation, and judges the gates; the threshold re-judges without reading again", async ({
    page,
  }) => {
    await open(page);
    await page.waitForLoadState("networkidle");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
    const statuses: string[] = [];
    await page.exposeFunction("__pendingStatus", (value: string) => statuses.push(value));
    await page.evaluate(() => {
      const element = document.querySelector("[data-pending-status]")!;
      const report = (window as unknown as { __pendingStatus: (value: string) => void }).__pendingStatus;
      new MutationObserver(() => report(element.getAttribute("data-pending-status")!)).observe(element, {
        attributes: true,
      });
    });

    await pick(page, entraFile);
    await expect(status(page)).toHaveAttribute("data-pending-status", "done");
    for (const [key, value] of Object.entries(entraCounts))
      await expect(page.locator(`[data-pending-count="${key}"]`)).toHaveAttribute("data-value", String(value));
    await expect(page.locator("[data-pending-count]")).toHaveCount(Object.keys(entraCounts).length);
    for (const attribute of ["displayName", "proxyAddresses", "member", "managedBy", "sourceAnchor"])
      await expect(page.locator(`[data-pending-attribute="${attribute}"]`)).toHaveAttribute("data-value", "1");
    await page.locator('[data-pending-attribute="proxyAddresses"] summary').click();
    await expect(page.locator('[data-pending-attribute="proxyAddresses"]')).toContainText("SMTP:lbianchi@contoso.com");
    await expect(page.locator('[data-pending-attribute="proxyAddresses"]')).toContainText(
      "SMTP:Luca.Bianchi@contoso.com",
    );

    await expect(gate(page, "delete-threshold")).toHaveAttribute("data-result", "pass");
    await expect(gate(page, "adds-should-match")).toHaveAttribute("data-result", "unknown");
    await expect(gate(page, "adds-should-match").getByRole("link", { name: "match check" })).toHaveAttribute(
      "href",
      /\/match$/,
    );
    await expect(gate(page, "anchor-changes")).toHaveAttribute("data-result", "fail");
    await expect(gate(page, "old-connector-deletes")).toHaveAttribute("data-result", "unknown");
    await expect(page.locator("[data-pending-verdict]")).toHaveAttribute("data-pending-verdict", "no-go");

    // One delete and one delete-add: over a threshold of 1, under 2; judged again, never read again.
    const threshold = page.locator('input[name="delete-threshold"]');
    await expect(threshold).toHaveValue("500");
    await threshold.fill("1");
    await expect(gate(page, "delete-threshold")).toHaveAttribute("data-result", "fail");
    await expect(gate(page, "delete-threshold")).toContainText("more than the threshold of 1");
    await threshold.fill("2");
    await expect(gate(page, "delete-threshold")).toHaveAttribute("data-result", "pass");
    expect(statuses.filter((value, index) => statuses[index - 1] !== value)).toEqual(["reading", "done"]);

    // The objects behind the counts, filtered.
    await expect(page.locator("[data-pending-rows]")).toHaveAttribute("data-pending-rows", "6");
    await page.getByLabel("Operation").selectOption("delete");
    await expect(page.locator("[data-pending-rows]")).toHaveAttribute("data-pending-rows", "1");
    await page.getByLabel("Operation").selectOption("all");
    await page.getByLabel("Contains").fill("nadia");
    await expect(page.locator("[data-pending-rows]")).toHaveAttribute("data-pending-rows", "1");

    expect(requests).toEqual([]);
    const workerLoaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").some((entry) => /\/pending-worker-[^/]+\.js$/.test(entry.name)),
    );
    expect(workerLoaded).toBe(true);
  });

  test("with the match check's Entra users the duplicate add fails; the old connector's own export, named, fails on its delete", async ({
    page,
  }) => {
    await open(page);
    await pick(page, [entraFile, entraUsersFile]);
    await expect(gate(page, "adds-should-match")).toHaveAttribute("data-result", "fail");
    await expect(gate(page, "adds-should-match")).toContainText("1 pending add has the UPN or primary SMTP address");

    await page.locator('input[name="old-connector-name"]').fill("WAAD");
    await pick(page, xmlFile("pending-old-connector.xml", pendingFixtures.oldConnector));
    await expect(status(page)).toHaveAttribute("data-pending-status", "done");
    await expect(gate(page, "old-connector-deletes")).toHaveAttribute("data-result", "fail");
    await expect(page.locator('[data-pending-count="contact:delete"]')).toHaveAttribute("data-value", "1");
  });

  test("a file that is not a csexport, and a truncated one, are named with what to do", async ({ page }) => {
    await open(page);
    await pick(page, [
      xmlFile(
        "MA-{1}.XML",
        Buffer.from('<?xml version="1.0"?>\r\n<saved-ma-configuration><ma-data/></saved-ma-configuration>'),
      ),
      { name: "people.ldf", mimeType: "text/plain", buffer: Buffer.from("version: 1\ndn: CN=x,DC=contoso,DC=com\n") },
    ]);
    await expect(status(page)).toHaveAttribute("data-pending-status", "error");
    await expect(page.locator('[data-pending-error="MA-{1}.XML"]')).toContainText("configuration export");
    await expect(
      page.locator('[data-pending-error="MA-{1}.XML"]').getByRole("link", { name: "Open Read your sync server" }),
    ).toHaveAttribute("href", /\/import$/);
    await expect(page.locator('[data-pending-error="people.ldf"]')).toContainText("people.ldf is an LDIF file");

    const text = pendingFixtures.entra.toString("utf8");
    const cut = Buffer.from(text.slice(0, text.indexOf("<cs-object", text.indexOf("CN={6C756361}")) + 200));
    await pick(page, xmlFile("cut.xml", cut));
    await expect(status(page)).toHaveAttribute("data-pending-status", "done");
    await expect(page.locator('[data-pending-error="cut.xml"]')).toContainText("cut.xml");
    await expect(page.locator("[data-pending-partial]")).toBeVisible();
    await expect(gate(page, "delete-threshold")).toHaveAttribute("data-result", /unknown|fail/);
  });

  test("a csexport dropped on /import or picked on /match is sent here and read", async ({ page }) => {
    await page.goto(url(paths.importConfig()));
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    const transfer = await page.evaluateHandle((xml) => {
      const data = new DataTransfer();
      data.items.add(new File([xml], "pending-entra.xml", { type: "text/xml" }));
      return data;
    }, pendingFixtures.entra.toString("utf8"));
    await page.locator("[data-drop-zone]").dispatchEvent("dragenter", { dataTransfer: transfer });
    await page.locator("[data-drop-zone]").dispatchEvent("drop", { dataTransfer: transfer });
    await expect(page).toHaveURL(/\/pending-exports$/);
    await expect(page.locator("[data-pending-handed-from]")).toHaveAttribute(
      "data-pending-handed-from",
      "Read your sync server",
    );
    await expect(status(page)).toHaveAttribute("data-pending-status", "done");
    await expect(page.locator('[data-pending-count="user:add"]')).toHaveAttribute("data-value", "1");

    await page.goto(url(paths.matchCheck()));
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    await page.locator("#match-files").setInputFiles(entraFile);
    await expect(page).toHaveURL(/\/pending-exports$/);
    await expect(page.locator("[data-pending-handed-from]")).toHaveAttribute(
      "data-pending-handed-from",
      "Check matching",
    );
    await expect(status(page)).toHaveAttribute("data-pending-status", "done");

    // Picked with the match check's own files, it is left out there and offered here.
    await page.goto(url(paths.matchCheck()));
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    await page.locator("#match-files").setInputFiles([entraFile, entraUsersFile]);
    await expect(page.locator("[data-match-status]")).toHaveAttribute("data-match-status", /done|error/);
    const note = page.locator('[data-sent-elsewhere="pending-exports"]');
    await expect(note).toContainText("pending-entra.xml is a connector space export");
    await note.getByRole("button", { name: "Read it on Check pending exports" }).click();
    await expect(page).toHaveURL(/\/pending-exports$/);
    await expect(status(page)).toHaveAttribute("data-pending-status", "done");
  });

  test("the plan's cut-over step carries the gates, the file's date and the no-go, in Markdown too", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const planUrl = url(planPath(answersOf(journeys["connect-sync"])));
    await page.goto(planUrl);
    await expect(page.locator(completePlan)).toBeVisible();
    await expect(page.locator('[data-step="cutover-widen-scope"] [data-plan-pending]')).toHaveAttribute(
      "data-plan-pending",
      "none",
    );
    await expect(
      page.locator('[data-step="cutover-widen-scope"] [data-plan-pending]').getByRole("link", {
        name: "Check pending exports",
      }),
    ).toHaveAttribute("href", /\/pending-exports$/);

    await open(page);
    await pick(page, entraFile);
    await expect(status(page)).toHaveAttribute("data-pending-status", "done");
    await page.goto(planUrl);
    await expect(page.locator(completePlan)).toBeVisible();
    for (const step of ["pilot-leave-staging", "cutover-widen-scope"]) {
      const pending = page.locator(`[data-step="${step}"] [data-plan-pending]`);
      await expect(pending).toHaveAttribute("data-plan-pending", "no-go");
      await expect(pending.locator('[data-plan-gate="anchor-changes"]')).toHaveAttribute("data-result", "fail");
      await expect(pending.locator('[data-plan-gate="delete-threshold"]')).toHaveAttribute("data-result", "pass");
      await expect(pending.locator('[data-plan-gate="adds-should-match"]')).toHaveAttribute("data-result", "unknown");
      await expect(pending).toContainText("pending-entra.xml (contoso.onmicrosoft.com - AAD), dated");
    }
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as Markdown" }).click(),
    ]);
    const markdown = readFileSync((await download.path())!, "utf8");
    expect(markdown).toContain(
      "Pending exports: No-go: the last pending exports read failed a gate (no source anchor changes)",
    );
    expect(markdown).toMatch(/ {4}- No source anchor changes: fail\. 2 pending changes/);
  });

  for (const theme of themes) {
    test(`axe finds nothing on the results in the ${theme} theme, at 1280 and 360 px`, async ({ page }) => {
      await useTheme(page, theme);
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page);
      await pick(page, [entraFile, xmlFile("MA-{1}.XML", Buffer.from("<saved-ma-configuration/>"))]);
      await expect(status(page)).toHaveAttribute("data-pending-status", "done");
      await page.locator('[data-pending-attribute="member"] summary').click();
      await expectNoAxeViolations(page, `pending exports results (${theme}, 1280 px)`);
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoAxeViolations(page, `pending exports results (${theme}, 360 px)`);
    });
  }
});
