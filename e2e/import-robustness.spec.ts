import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { zipSync } from "fflate";
import { syntheticExport, syntheticOldConnector } from "../scripts/bench/import-export.js";
import { paths } from "../src/shared/paths";
import { expectNoAxeViolations, themes, useTheme } from "./support/axe";
import { expect, test, url } from "./support/test";

const fixtures = join(import.meta.dirname, "..", "src", "core", "sync-export", "fixtures");
const serverDir = join(fixtures, "server");
const serverFiles = readdirSync(serverDir).map((name) => join(serverDir, name));
const OLD = "{9A8B7C6D-5E4F-4A3B-9C2D-1E0F2A3B4C52}";
const TEST_TENANT = "{C4D5E6F7-0812-4A3B-8C4D-5E6F70819A54}";
const WIN1252 = "{D5E6F708-1A2B-4C3D-8E4F-5A6B7C8D9E55}";
const COMMENTS = "{E6F70819-2A3B-4C4D-9E5F-6A7B8C9D0E56}";

const asBuffer = (path: string) => ({
  name: path.split(/[\\/]/).pop()!,
  mimeType: "text/xml",
  buffer: readFileSync(path),
});

async function open(page: Page) {
  await page.goto(url(paths.importConfig()));
  await expect(page.locator("[data-hydrated]")).toBeAttached();
}

async function expectServerRead(page: Page) {
  await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
  await expect(page.locator("[data-ma]")).toHaveCount(3);
  await expect(page.locator(`[data-old-connector="${OLD}"]`)).toBeVisible();
  await expect(page.locator("[data-flow]")).toHaveCount(12);
}

/** Records every text the status region shows from now on. */
async function watchStatusTexts(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statusTexts: string[] }).__statusTexts = seen;
    const status = document.querySelector("[data-import-status]")!;
    const record = () => {
      const text = `${status.getAttribute("data-import-status")}: ${status.textContent}`;
      if (seen.at(-1) !== text) seen.push(text);
    };
    new MutationObserver(record).observe(status, {
      attributes: true,
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { __statusTexts: string[] }).__statusTexts);
}

test.describe("reading an export: unusual picks and files", () => {
  test("a second pick while the first is read: the last pick wins, the first is cancelled and never shown", async ({
    page,
  }) => {
    await open(page);
    await page.locator("#import-files").focus();
    await expect(page.locator("[data-reader-ready]")).toBeAttached();
    // The first pick's file is held on the disk (its bytes come when the test says), so the second
    // pick certainly arrives while the first is being read. The worker reads the picked files itself.
    const [worker] = page.workers();
    await worker!.evaluate(() => {
      const original = Blob.prototype.arrayBuffer;
      let release = () => {};
      const gate = new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
      const state = { release, released: false };
      (self as unknown as { __gate: typeof state }).__gate = state;
      Blob.prototype.arrayBuffer = function (this: Blob) {
        if (!(this instanceof File) || !this.name.includes("C4D5E6F7")) return original.call(this);
        return gate.then(() => original.call(this)).finally(() => (state.released = true));
      };
    });
    await page.locator("#import-files").setInputFiles(join(fixtures, "single", `MA-${TEST_TENANT}.XML`));
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "reading");
    await expect(page.locator("[data-import-status]")).toContainText("Reading 1 file");
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerRead(page);
    // Now let the first pick's file arrive: its read was cancelled, so nothing of it may appear.
    const seen = await watchStatusTexts(page);
    await worker!.evaluate(() => (self as unknown as { __gate: { release: () => void } }).__gate.release());
    await expect
      .poll(() => worker!.evaluate(() => (self as unknown as { __gate: { released: boolean } }).__gate.released))
      .toBe(true);
    // A third read goes through the same worker after the first file's bytes were in: had the first read
    // gone on, its findings (one agent) would have come before this one's.
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerRead(page);
    const texts = await seen();
    expect(texts.filter((text) => text.startsWith("done:"))).toEqual([
      "done: Read 4 files: 3 management agents and the metaverse.",
    ]);
    expect(await page.evaluate(() => localStorage.getItem("ema-import-findings"))).not.toContain(TEST_TENANT);
  });

  test("after a failed re-read, the earlier findings are labelled as the earlier read's", async ({ page }) => {
    await open(page);
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerRead(page);
    await expect(page.locator("[data-earlier-findings]")).toHaveCount(0);
    await page.locator("#import-files").setInputFiles(join(fixtures, "broken", "malformed.xml"));
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "error");
    await expect(page.locator('[data-import-error="malformed.xml"]')).toContainText("not well-formed XML");
    const label = page.locator("[data-earlier-findings]");
    await expect(label).toContainText("Findings from the earlier read, not from the files you just picked");
    await expect(label).toContainText(
      /the earlier read of MA-\{.+\}\.XML, .+ and 1 more, on \d+ \w+ \d{4} at \d\d:\d\d UTC/,
    );
    await expect(label).toContainText("the last read failed: nothing usable was found in what was picked");
    await expect(page.locator("[data-ma]")).toHaveCount(3);
    // A good read removes the label.
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerRead(page);
    await expect(page.locator("[data-earlier-findings]")).toHaveCount(0);
  });

  test("findings too big for this browser's storage: said so, kept in the tab, and still there after a reload", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // localStorage refuses the findings, as it does past its quota.
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (this === window.localStorage && key === "ema-import-findings" && value.length > 1000)
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    await open(page);
    await page.locator("#import-files").setInputFiles(serverFiles);
    await expectServerRead(page);
    await expect(page.locator('[data-storage-note="tab"]')).toContainText(
      "These findings are not saved in this browser",
    );
    await expect(page.locator('[data-storage-note="tab"]')).toContainText("kept in this tab until you close it");
    expect(await page.evaluate(() => localStorage.getItem("ema-import-findings"))).toBeNull();
    await page.reload();
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    await expect(page.locator("[data-ma]")).toHaveCount(3);
    await expect(page.locator("[data-import-status]")).toContainText("kept in this tab only");
  });

  test("an empty folder, or one holding only system files, gets a message naming it and what to pick", async ({
    page,
  }) => {
    await open(page);
    // Browsers give an empty folder as a change with no files (and no name).
    await page.locator("#import-folder").evaluate((input: HTMLInputElement) => {
      input.files = new DataTransfer().files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "error");
    await expect(page.locator("[data-import-status]")).toContainText(
      "The folder you picked holds no file at all. Pick the folder that File → Export Server Configuration wrote",
    );
    const folder = join(mkdtempSync(join(tmpdir(), "ema-")), "Export");
    mkdirSync(folder);
    writeFileSync(join(folder, ".DS_Store"), Buffer.from([0, 0, 0, 1]));
    await page.locator("#import-folder").setInputFiles(folder);
    await expect(page.locator("[data-import-status]")).toContainText(
      'The folder "Export" holds only files the system adds (.DS_Store), no export file.',
    );
    await expect(page.locator("[data-import-error]")).toHaveCount(0);
  });

  test("a declared windows-1252 encoding, <schema> in comments and CDATA, a Mac zip and a file nested 100,000 deep", async ({
    page,
  }) => {
    await open(page);
    const macZip: Record<string, Uint8Array> = {};
    for (const name of readdirSync(serverDir)) {
      macZip[`Export/${name}`] = new Uint8Array(readFileSync(join(serverDir, name)));
      macZip[`__MACOSX/Export/._${name}`] = new Uint8Array([
        0,
        5,
        22,
        7,
        0,
        2,
        0,
        0,
        ...Buffer.from("Mac OS X        "),
      ]);
    }
    macZip["Export/.DS_Store"] = new Uint8Array([0, 0, 0, 1]);
    const depth = 100_000;
    const deep = `<saved-ma-configuration><ma-data><id>{D}</id><name>deep</name><export-attribute-flow>${"<export-flow-set>".repeat(depth)}${"</export-flow-set>".repeat(depth)}</export-attribute-flow></ma-data></saved-ma-configuration>`;
    await page
      .locator("#import-files")
      .setInputFiles([
        { name: "export.zip", mimeType: "application/zip", buffer: Buffer.from(zipSync(macZip)) },
        asBuffer(join(fixtures, "encoding", `MA-${WIN1252}.XML`)),
        asBuffer(join(fixtures, "schema-in-comment", `MA-${COMMENTS}.XML`)),
        { name: "MA-{DEEP}.XML", mimeType: "text/xml", buffer: Buffer.from(deep) },
      ]);
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
    await expect(page.locator("[data-ma]")).toHaveCount(5);
    await expect(page.locator(`[data-ma="${WIN1252}"]`)).toContainText("Zoé’s Entra tenant");
    await expect(page.locator(`[data-ma="${COMMENTS}"]`)).toContainText("Contoso LDAP");
    // Only the deep file is a problem: nothing from __MACOSX.
    await expect(page.locator("[data-import-error]")).toHaveCount(1);
    await expect(page.locator('[data-import-error="MA-{DEEP}.XML"]')).toContainText(
      "MA-{DEEP}.XML nests its elements more than 1000 deep (line 1)",
    );
  });

  test("a big old connector's flows render in slices: every row arrives, counted in data attributes", async ({
    page,
  }) => {
    const perType = 300;
    const files = syntheticExport({ agents: 3, schemaBytes: 1024, flowsPerType: perType }).map(({ name, text }) => ({
      name,
      mimeType: "text/xml",
      buffer: Buffer.from(text),
    }));
    await open(page);
    await page.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { __shown: string[] }).__shown = shown;
      new MutationObserver(() => {
        const table = document.querySelector('[data-flow-table="user"]');
        const value = table?.getAttribute("data-rows-shown");
        if (value && shown.at(-1) !== value) shown.push(value);
      }).observe(document.body, { attributes: true, childList: true, subtree: true });
    });
    await page.locator("#import-files").setInputFiles(files);
    await expect(page.locator("[data-import-status]")).toHaveAttribute("data-import-status", "done");
    await expect(page.locator(`[data-old-connector="${syntheticOldConnector.id}"]`)).toBeVisible();
    await expect(page.locator("[data-flow]")).toHaveCount(syntheticOldConnector.flows(perType));
    for (const type of ["user", "group", "contact"]) {
      const table = page.locator(`[data-flow-table="${type}"]`);
      await expect(table).toHaveAttribute("data-rows", String(perType));
      await expect(table).toHaveAttribute("data-rows-shown", String(perType));
      await expect(table).not.toHaveAttribute("aria-busy", /.*/);
    }
    const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown.map(Number));
    // The first slice, then more, up to every row: never all at once.
    expect(shown[0]).toBeLessThan(perType);
    expect(shown.at(-1)).toBe(perType);
    expect(shown.length).toBeGreaterThan(2);
  });

  for (const theme of themes) {
    test(`axe finds no WCAG 2.2 A/AA violation with the storage note and the earlier findings' label, ${theme} theme`, async ({
      page,
    }) => {
      await page.addInitScript(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
          if (this === window.localStorage && key === "ema-import-findings" && value.length > 1000)
            throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          return setItem.call(this, key, value);
        };
      });
      await useTheme(page, theme);
      await open(page);
      await page.locator("#import-files").setInputFiles(serverFiles);
      await expectServerRead(page);
      await expect(page.locator("[data-storage-note]")).toBeVisible();
      await expectNoAxeViolations(page, `/import with the storage note (${theme})`);
      await page.locator("#import-files").setInputFiles(join(fixtures, "broken", "malformed.xml"));
      await expect(page.locator("[data-earlier-findings]")).toBeVisible();
      await expectNoAxeViolations(page, `/import with the earlier findings' label (${theme})`);
    });
  }
});
