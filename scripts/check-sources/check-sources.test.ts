import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSources } from "./check.js";
import type { FixtureServer } from "./fixture-server";
import { startFixtureServer } from "./fixture-server";
import { markdownReport, textReport } from "./report.js";

const learn = (pathname: string) => `https://learn.microsoft.com${pathname}`;

/** A guide page reviewed on `lastReviewed` citing `sources` in its frontmatter and `body` in its text. */
function guidePage(lastReviewed: string, sources: string[], body: string[] = []) {
  const list = sources.map((url, index) => `  - title: Source ${index + 1}\n    url: ${learn(url)}`).join("\n");
  const links = body.map((url) => `See [this page](${learn(url)}).`).join("\n\n");
  return `---\ntitle: Page\ndescription: A page for the check's tests.\nlastReviewed: ${lastReviewed}\nsources:\n${list}\n---\n\n## Section {#section}\n\n${links}\n`;
}

let server: FixtureServer;
const root = mkdtempSync(path.join(tmpdir(), "check-sources-"));
/** Writes a content folder of guide pages, by slug. */
function contentDir(name: string, pages: Record<string, string>) {
  const dir = path.join(root, name);
  mkdirSync(dir);
  for (const [slug, text] of Object.entries(pages)) writeFileSync(path.join(dir, `${slug}.mdx`), text);
  return dir;
}

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe("checking the guide's sources", () => {
  const guide = () =>
    contentDir("guide", {
      "cloud-sync": guidePage("2025-10-01", ["/ms-date-only", "/both", "/old-path"], ["/missing", "/both"]),
      overview: guidePage("2025-12-01", ["/both", "/entra/unlocalised", "/neither"], ["/slow"]),
    });
  let result: Awaited<ReturnType<typeof checkSources>>;
  beforeAll(async () => {
    result = await checkSources({
      contentDir: guide(),
      rewriteOrigin: server.origin,
      timeoutMs: 300,
      retryDelayMs: 10,
    });
  });

  it("fetches each distinct URL once however many pages cite it", () => {
    expect(result.distinctUrls).toBe(7);
    expect(server.hits.get("/both")).toBe(1);
  });

  it("judges each citation against the citing page's own review date, worst first", () => {
    const verdicts = result.rows.map((row) => [row.page, row.url.replace(learn(""), ""), row.verdict]);
    expect(verdicts).toEqual([
      ["cloud-sync", "/missing", "gone"],
      ["cloud-sync", "/old-path", "moved"],
      ["cloud-sync", "/both", "changed"],
      ["overview", "/slow", "unreachable"],
      ["overview", "/neither", "undated"],
      ["cloud-sync", "/ms-date-only", "ok"],
      ["overview", "/both", "ok"],
      ["overview", "/entra/unlocalised", "ok"],
    ]);
  });

  it("says where a moved page went and why a page is gone or unreachable", () => {
    const row = (url: string) => result.rows.find((candidate) => candidate.url === learn(url));
    expect(row("/old-path")).toMatchObject({ finalUrl: learn("/new-path") });
    expect(row("/missing")).toMatchObject({ detail: "HTTP 404" });
    expect(row("/slow")).toMatchObject({ detail: "timed out after 300 ms" });
    expect(row("/entra/unlocalised")?.finalUrl).toBeUndefined();
  });

  it("prints a table of page, review date, source, source date and verdict, and a summary", () => {
    const lines = textReport(result).split("\n");
    expect(lines[0]).toMatch(/^page\s+reviewed\s+source\s+source date\s+verdict$/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^cloud-sync\s+2025-10-01\s+https:\/\/learn\.microsoft\.com\/both\s+2025-11-14 \(updated_at\)\s+changed$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringContaining(`moved → ${learn("/new-path")}`));
    expect(lines.at(-1)).toBe(
      "8 citations of 7 Microsoft Learn pages in 2 guide pages: 1 gone, 1 moved, 1 changed, 1 unreachable, 1 undated, 3 ok",
    );
  });

  it("writes the issue body in Markdown: the rows needing a look in a table, the current ones folded away", () => {
    const markdown = markdownReport(result, {
      checkedOn: "2026-12-08",
      readmeUrl: "https://github.com/o/r/blob/HEAD/README.md",
    });
    expect(markdown).toContain(
      "Checked 8 citations of 7 Microsoft Learn pages in 2 guide pages on 2026-12-08: 1 gone,",
    );
    expect(markdown).toContain("| page | reviewed | source | source date | verdict |");
    expect(markdown).toContain(`| \`cloud-sync\` | 2025-10-01 | <${learn("/missing")}> | — | gone (HTTP 404) |`);
    expect(markdown).toContain("<details><summary>3 citations unchanged since review</summary>");
    expect(markdown).toContain(
      "[Checking the sources](https://github.com/o/r/blob/HEAD/README.md#checking-the-sources)",
    );
  });

  it("says in Markdown that all sources are current when they are", () => {
    const current = { ...result, rows: result.rows.filter((row) => row.verdict === "ok") };
    const markdown = markdownReport(current, { checkedOn: "2026-12-08" });
    expect(markdown).toMatch(/^All sources are current: none of the 3 citations/);
    expect(markdown).not.toContain("<details>");
  });
});

describe("npm run check-sources", () => {
  const cli = path.join(import.meta.dirname, "cli.mjs");
  const run = async (args: string[]) => {
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [cli, "--timeout", "5000", ...args], {
        env: { ...process.env, CHECK_SOURCES_REWRITE_ORIGIN: server.origin, CHECK_SOURCES_RETRY_DELAY_MS: "10" },
      });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  type Run = Awaited<ReturnType<typeof run>>;
  let json: Run, lenient: Run, strict: Run, both: Run;
  // The runs are separate processes: start them together. Their timeout is generous because no
  // fixture here is slow, and on a loaded machine four starting processes can miss 300 ms.
  beforeAll(async () => {
    const changed = contentDir("changed", { page: guidePage("2025-10-01", ["/ms-date-only", "/updated-at-only"]) });
    const unreachableOnly = contentDir("unreachable", { page: guidePage("2026-01-01", ["/ms-date-only", "/down"]) });
    [json, lenient, strict, both] = await Promise.all([
      run(["--json", "--content", changed]),
      run(["--markdown", "--content", unreachableOnly]),
      run(["--strict", "--content", unreachableOnly]),
      run(["--json", "--markdown", "--content", changed]),
    ]);
  });

  it("exits 1 when a source changed, and gives the rows as JSON with --json", () => {
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ exitCode: 1, strict: false, summary: { changed: 1, ok: 1 } });
    expect(report.rows[0]).toMatchObject({
      url: learn("/updated-at-only"),
      sourceDate: "2025-10-02",
      verdict: "changed",
    });
  });

  it("exits 0 when a source is only unreachable, reporting it, and 1 with --strict", () => {
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain("unreachable (HTTP 503)");
    expect(strict.code).toBe(1);
  });

  it("refuses --json and --markdown together with exit status 2", () => {
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("choose one of --json and --markdown");
  });
});
