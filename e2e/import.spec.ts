import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { zipSync } from "fflate";
import { paths } from "../src/shared/paths";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { expect, test, url } from "./support/test";

const fixtures = join(import.meta.dirname, "..", "src", "core", "sync-export", "fixtures");
const serverDir = join(fixtures, "server");
const serverFiles = readdirSync(serverDir).map((name) => join(serverDir, name));
const AD = "{6F1C2A10-3B4D-4E5F-8A9B-0C1D2E3F4A51}";
const OLD = "{9A8B7C6D-5E4F-4A3B-9C2D-1E0F2A3B4C52}";
const LDAP = "{2B3C4D5E-6F70-4812-93A4-B5C6D7E8F953}";
const TEST_TENANT = "{C4D5E6F7-0812-4A3B-8C4D-5E6F70819A54}";

function zipOfServer(): Buffer {
  const entries: Record<string, Uint8Array> = {};
  for (const name of readdirSync(serverDir))
    entries[`Export/${name}`] = new Uint8Array(readFileSync(join(serverDir, name)));
  return Buffer.from(zipSync(entries));
}

const asBuffer = (path: string) => ({
  name: path.split(/[\\/]/).pop()!,
  mimeType: "text/xml",
  buffer: readFileSync(path),
});

async function open(page: Page) {
  await page.goto(url(paths.importConfig()));
  await expect(page.locator("[data-hydrated]")).toBeAttached();
}

/** Records every status the page shows and every value its progress bar takes, from now on. */
async function watchStatus(page: Page) {
  await page.evaluate(() => {
    const seen = { statuses: [] as string[], progress: [] as number[] };
    (window as unknown as { __importSeen: typeof seen }).__importSeen = seen;
    const status = document.querySelector("[data-import-status]")!;
    const record = () => {
      const value = status.getAttribute("data-import-status")!;
      if (seen.statuses.at(-1) !== value) seen.statuses.push(value);
      const bar = status.querySelector("progress");
      if (bar && seen.progress.at(-1) !== bar.value) seen.progress.push(bar.value);
    };
    new MutationObserver(record).observe(status, { attributes: true, childList: true, subtree: true });
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { __importSeen: { statuses: string[]; progress: number[] } }).__importSeen,
    );
}

async function expectServerFindings(page: Page) {
  await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
  await expect(page.locator("[data-ma]")).toHaveCount(3);
  await expect(page.locator(`[data-ma="${AD}"]`)).toHaveAttribute("data-ma-category", "AD");
  await expect(page.locator(`[data-ma="${OLD}"]`)).toHaveAttribute("data-ma-category", "Extensible2");
  await expect(page.locator(`[data-ma="${LDAP}"]`)).toHaveAttribute("data-ma-category", "Extensible2");
  await expect(page.locator(`[data-old-connector="${OLD}"]`)).toBeVisible();
  await expect(page.locator("[data-flow]")).toHaveCount(12);
  const flow = (objectType: string, target: string, mvObjectType = objectType === "user" ? "person" : objectType) =>
    page.locator(
      `[data-flow][data-flow-object-type="${objectType}"][data-flow-target="${target}"][data-flow-mv-object-type="${mvObjectType}"]`,
    );
  await expect(flow("user", "displayName")).toHaveAttribute("data-flow-kind", "direct");
  await expect(flow("user", "usageLocation")).toHaveAttribute("data-flow-kind", "constant");
  await expect(flow("user", "sourceAnchor")).toHaveAttribute("data-flow-kind", "scripted");
  await expect(flow("user", "department")).toHaveAttribute("data-flow-kind", "sync-rule");
  await expect(flow("contact", "displayName")).toHaveAttribute("data-flow-kind", "sync-rule");
  await expect(flow("user", "sourceAnchor")).toContainText("Fabrikam.EntraExtension.dll");
  await expect(flow("user", "department")).toContainText("lives in the FIM Service");
  const risk = (type: string) => page.locator(`[data-deletion-rule="${type}"]`);
  await expect(risk("person")).toHaveAttribute("data-deletion-risk", "deletes");
  await expect(risk("group")).toHaveAttribute("data-deletion-risk", "last-connector");
  await expect(risk("contact")).toHaveAttribute("data-deletion-risk", "scripted");
  await expect(risk("externalUser")).toHaveAttribute("data-deletion-risk", "safe");
  await expect(risk("person")).toContainText('untick "Fabrikam Entra (old connector)"');
  const derived = (id: string) => page.locator(`[data-derived-answer="${id}"]`);
  await expect(derived("directory")).toHaveAttribute("data-value", "ad");
  await expect(derived("in-ad")).toHaveAttribute("data-value", "already");
  await expect(derived("forests")).toHaveAttribute("data-value", "one");
  await expect(derived("mail-objects")).toHaveAttribute("data-value", "yes");
  // Attribute recall: the old connector's displayName is exported to AD.
  await expect(page.locator('[data-recall="displayName"]')).toHaveAttribute(
    "data-exported-to",
    "Fabrikam AD: displayName",
  );
  await expect(page.locator('[data-recall="displayName"]')).toContainText("Do not recall attributes");
  await expect(page.locator("[data-extension]")).toHaveText([
    /Fabrikam\.MVExtension\.dll/,
    /Fabrikam\.AdExtension\.dll/,
  ]);
  await expect(page.locator("[data-extensions]")).toContainText("NoSuchManagementAgentException");
  await expect(flow("contact", "displayName").locator("[data-flow-expression]")).toHaveText(
    '+(firstName," ",lastName)',
  );
  await expect(page.locator("[data-import-error]")).toHaveCount(0);
}

test.describe("reading a sync server's export", () => {
  test("the linked pages lead to /import", async ({ page }) => {
    for (const from of [paths.home(), paths.advisorStart(), paths.guidePage("remove-old-connector")]) {
      await page.goto(url(from));
      await page
        .getByRole("link", { name: /read your sync server/i })
        .first()
        .click();
      await expect(page).toHaveURL(/\/import$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Read your sync server's configuration");
    }
  });

  test("the folder: every finding, a status that moves through reading to done, and no request while reading", async ({
    page,
  }) => {
    await open(page);
    await expect(page.locator("[data-privacy-notice]")).toContainText("nothing is uploaded");
    // Intent loads the reading code; once it is in, reading must make no request whatsoever.
    await page.locator("#import-folder").focus();
    await expect(page.locator("[data-reader-ready]")).toBeAttached();
    await page.waitForLoadState("networkidle");
    const requests: string[] = [];
    await page.route("**/*", (route) => {
      requests.push(`${route.request().method()} ${route.request().url()}`);
      return route.continue();
    });
    page.on("request", (request) => requests.push(`event ${request.url()}`));
    const seen = await watchStatus(page);
    await page.locator("#import-folder").setInputFiles(serverDir);
    await expectServerFindings(page);
    const { statuses, progress } = await seen();
    expect(statuses).toEqual(["reading", "done"]);
    // The bar starts at 0. Whether a value between the ends gets painted depends on how fast this machine reads
    // three small files, so that is asserted on a big export (import-worker.spec.ts) and in the unit tests.
    expect(progress[0]).toBe(0);
    for (let i = 1; i < progress.length; i += 1) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]!);
    expect(requests).toEqual([]);
    await expect(page.getByRole("heading", { name: "What your export shows" })).toBeFocused();
  });

  test("picked files, even before any intent, request only the site's own code and send nothing", async ({ page }) => {
    await open(page);
    const requests: { method: string; url: string; body: string | null }[] = [];
    page.on("request", (request) =>
      requests.push({ method: request.method(), url: request.url(), body: request.postData() }),
    );
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerFindings(page);
    for (const request of requests) {
      expect(request.method).toBe("GET");
      expect(request.body).toBeNull();
      expect(new URL(request.url).pathname).toMatch(/\/assets\/[^/]+\.js$/);
    }
  });

  test("a zip of the folder gives the same findings", async ({ page }) => {
    await open(page);
    await page
      .locator("#import-files")
      .setInputFiles({ name: "export.zip", mimeType: "application/zip", buffer: zipOfServer() });
    await expectServerFindings(page);
  });

  test("a dropped file list gives the same findings", async ({ page }) => {
    await open(page);
    const contents = readdirSync(serverDir).map((name) => ({
      name,
      text: readFileSync(join(serverDir, name), "utf8"),
    }));
    const transfer = await page.evaluateHandle((files) => {
      const data = new DataTransfer();
      for (const file of files) data.items.add(new File([file.text], file.name, { type: "text/xml" }));
      return data;
    }, contents);
    await page.locator("[data-drop-zone]").dispatchEvent("dragenter", { dataTransfer: transfer });
    await page.locator("[data-drop-zone]").dispatchEvent("drop", { dataTransfer: transfer });
    await expectServerFindings(page);
  });

  test("two servers' exports are never merged: the visitor chooses the server, judged with its own MV.XML", async ({
    page,
  }) => {
    await open(page);
    const single = join(fixtures, "single", `MA-${TEST_TENANT}.XML`);
    const otherMv = join(fixtures, "other-server", "MV.XML");
    await page.locator("#import-files").setInputFiles([...serverFiles, single, otherMv]);
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
    await expect(page.locator('[data-server="none"]')).toBeVisible();
    await expect(page.locator('input[name="server"]')).toHaveCount(2);
    await expect(page.locator("[data-ma]")).toHaveCount(0);
    await expect(page.locator("[data-flow]")).toHaveCount(0);
    await page.getByRole("radio", { name: /SYNC02/ }).check();
    await expect(page.locator('[data-server="sync02"]')).toBeVisible();
    await expect(page.locator("[data-ma]")).toHaveCount(1);
    await expect(page.locator(`[data-old-connector="${TEST_TENANT}"]`)).toBeVisible();
    await expect(page.locator("[data-flow]")).toHaveCount(1);
    // Merged with SYNC01's MV.XML this was "safe"; SYNC02's own rule deletes.
    await expect(page.locator('[data-deletion-rule="person"]')).toHaveAttribute("data-deletion-risk", "deletes");
    await page.getByRole("radio", { name: /SYNC01/ }).check();
    await expect(page.locator(`[data-old-connector="${OLD}"]`)).toBeVisible();
    await expect(page.locator("[data-ma]")).toHaveCount(3);
  });

  test("a Connect Sync server's export is named as such, with its evidence, and nothing of it is judged", async ({
    page,
  }) => {
    await open(page);
    await page.locator("#import-folder").setInputFiles(join(fixtures, "connect-sync-server"));
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
    await expect(page.locator("[data-connect-sync]")).toContainText("This is a Microsoft Entra Connect Sync server");
    await expect(page.locator("[data-connect-sync]")).toContainText("aad-password-reset-config");
    await expect(page.locator("[data-ma]")).toHaveCount(2);
    await expect(page.locator("[data-old-connector]")).toHaveCount(0);
    await expect(page.locator("[data-deletion-rule]")).toHaveCount(0);
    await expect(page.locator("[data-derived-answer]")).toHaveCount(0);
    await expect(page.getByText("has not been able to connect since")).toHaveCount(0);
    await expectNoAxeViolations(page, "/import with a Connect Sync export");
  });

  test("a Connect Sync configuration folder gets one message and nothing is kept", async ({ page }) => {
    await open(page);
    await page.locator("#import-folder").setInputFiles(join(fixtures, "connect-sync-configuration"));
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "error");
    await expect(page.locator("[data-import-error]")).toHaveCount(1);
    await expect(page.locator("[data-import-error]")).toContainText(
      "a Microsoft Entra Connect Sync server's configuration (Get-ADSyncServerConfiguration",
    );
    await expect(page.locator("[data-import-error]")).toContainText("File → Export Server Configuration");
    // Nothing was saved: no findings in this browser, none shown.
    expect((await page.evaluate(() => localStorage.getItem("ema-import-findings"))) ?? "").not.toContain("FABSYNC01");
    await expect(page.locator("[data-import-results]")).toHaveCount(0);
  });

  test("an unknown deletion rule, a missing agent, a renamed file and a Graph connector are each named", async ({
    page,
  }) => {
    await open(page);
    await page.locator("#import-folder").setInputFiles(join(fixtures, "review"));
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
    await expect(page.locator('[data-deletion-rule="person"]')).toHaveAttribute("data-deletion-risk", "review");
    await expect(page.locator('[data-deletion-rule="person"]')).toContainText("Review this rule");
    await expect(page.locator("[data-missing-agents]")).toContainText("{D1E2F3A4-1111-4222-8333-4444555566FF}");
    await expect(page.locator("[data-import-error]")).toContainText("is named for the agent");
    await expect(page.locator("[data-graph-connector]")).toContainText('"Northwind Graph"');
    await expect(page.locator('[data-derived-answer="in-ad"]')).toHaveCount(0);
    await expect(page.locator('[data-recall="mail"]')).toHaveAttribute("data-exported-to", "Northwind AD: mail");
  });

  test("a single agent alone: findings without the deletion rules, which need MV.XML", async ({ page }) => {
    await open(page);
    await page.locator("#import-files").setInputFiles(join(fixtures, "single", `MA-${TEST_TENANT}.XML`));
    await expect(page.locator(`[data-old-connector="${TEST_TENANT}"]`)).toBeVisible();
    await expect(page.locator("[data-deletion-rule]")).toHaveCount(0);
    await expect(page.locator("[data-removal-unknown]")).toContainText("MV.XML");
  });

  test("bad files: each is named with a way forward, and nothing crashes", async ({ page }) => {
    await open(page);
    const noExport = Buffer.from(zipSync({ "readme.txt": new TextEncoder().encode("notes") }));
    // 8 MB of zeros packs to a few KB: the shape of a zip bomb.
    const bomb = Buffer.from(zipSync({ "Export/MA-bomb.XML": new Uint8Array(8 * 1024 * 1024) }));
    await page
      .locator("#import-files")
      .setInputFiles([
        asBuffer(join(fixtures, "broken", "malformed.xml")),
        asBuffer(join(fixtures, "broken", "not-an-export.xml")),
        { name: "notes.zip", mimeType: "application/zip", buffer: noExport },
        { name: "damaged.zip", mimeType: "application/zip", buffer: Buffer.from("not a zip at all") },
        { name: "bomb.zip", mimeType: "application/zip", buffer: bomb },
      ]);
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "error");
    const errors = page.locator("[data-import-error]");
    await expect(errors).toHaveCount(5);
    await expect(page.locator('[data-import-error="malformed.xml"]')).toContainText("not well-formed XML");
    await expect(page.locator('[data-import-error="malformed.xml"]')).toContainText("Export it again");
    await expect(page.locator('[data-import-error="not-an-export.xml"]')).toContainText("<configuration>");
    await expect(page.locator('[data-import-error="notes.zip"]')).toContainText("holds no management agent");
    await expect(page.locator('[data-import-error="damaged.zip"]')).toContainText("cannot be opened as a zip");
    await expect(page.locator('[data-import-error="bomb.zip/Export/MA-bomb.XML"]')).toContainText("as zip bombs do");
    // The page still works: a good export read next replaces the error.
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerFindings(page);
  });

  test("findings persist in this browser, never reach a share link, and can be forgotten", async ({ page }) => {
    await open(page);
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerFindings(page);
    await page.reload();
    await expectServerFindings(page);
    const stored = await page.evaluate(() => localStorage.getItem("ema-import-findings"));
    expect(stored).toContain(OLD);
    // Tampered storage is dropped on load, not half-trusted.
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem("ema-import-findings")!);
      saved.state.saved.imported.agents[0].exportFlows = "oops";
      localStorage.setItem("ema-import-findings", JSON.stringify(saved));
    });
    await page.reload();
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    await expect(page.locator("[data-ma]")).toHaveCount(0);
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerFindings(page);
    await page.getByRole("button", { name: "Forget these findings" }).click();
    await expect(page.locator("[data-ma]")).toHaveCount(0);
    await expect(page.locator("[data-import-status]")).toContainText("forgotten");
    await page.reload();
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    await expect(page.locator("[data-ma]")).toHaveCount(0);
  });

  test("Use these answers fills the advisor and goes to the first unanswered question", async ({ page }) => {
    await open(page);
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerFindings(page);
    await page.getByRole("button", { name: "Use these answers" }).click();
    await expect(page).toHaveURL(/\/advisor\/engine$/);
    const answers = await page.evaluate(() => JSON.parse(localStorage.getItem("ema-advisor-answers")!).state.answers);
    // mail-objects is not asked once the users are in AD, so the advisor drops it.
    expect(answers).toEqual({ directory: "ad", "in-ad": "already", forests: "one" });
    expect(page.url()).not.toContain("directory=");
  });

  for (const theme of themes) {
    test(`axe finds no WCAG 2.2 A/AA violation with findings, a choice and errors shown, ${theme} theme`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await open(page);
      await page
        .locator("#import-files")
        .setInputFiles([
          ...serverFiles,
          join(fixtures, "single", `MA-${TEST_TENANT}.XML`),
          join(fixtures, "broken", "not-an-export.xml"),
        ]);
      await expect(page.locator("[data-import-error]")).toHaveCount(1);
      await page.getByRole("radio", { name: /SYNC01/ }).check();
      await expect(page.locator("[data-deletion-rule]")).toHaveCount(4);
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        await expectNoAxeViolations(page, `/import with findings (${theme}, ${width} px)`);
      }
    });
  }
});
