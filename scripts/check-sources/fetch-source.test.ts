import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchSource, mapWithLimit } from "./fetch-source.js";
import type { FixtureServer } from "./fixture-server";
import { startFixtureServer } from "./fixture-server";

const learn = (pathname: string) => `https://learn.microsoft.com${pathname}`;

describe("fetching a cited page (against a local stand-in for learn.microsoft.com)", () => {
  let server: FixtureServer;
  const options = () => ({ rewriteOrigin: server.origin, timeoutMs: 300, retryDelayMs: 10 });
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it("reads the date of a page with ms.date only, updated_at only, both, or article:modified_time", async () => {
    const [msDate, updatedAt, both, modified] = await Promise.all(
      ["/ms-date-only", "/updated-at-only", "/both", "/modified-time"].map((path) =>
        fetchSource(learn(path), options()),
      ),
    );
    expect(msDate).toMatchObject({ kind: "page", status: 200, date: { date: "2025-09-29", from: "ms.date" } });
    expect(updatedAt).toMatchObject({ kind: "page", date: { date: "2025-10-02", from: "updated_at" } });
    expect(both).toMatchObject({ kind: "page", date: { date: "2025-11-14", from: "updated_at" } });
    expect(modified).toMatchObject({ kind: "page", date: { date: "2025-09-01", from: "article:modified_time" } });
  });

  it("gives a page with no date tag no date", async () => {
    const result = await fetchSource(learn("/neither"), options());
    expect(result).toEqual({ kind: "page", finalUrl: learn("/neither"), status: 200 });
  });

  it("follows a 301 itself and reports where it led as a Learn URL, with the new page's date", async () => {
    expect(await fetchSource(learn("/old-path"), options())).toMatchObject({
      kind: "page",
      finalUrl: learn("/new-path"),
      date: { date: "2025-09-29" },
    });
  });

  it("follows Learn's redirect to a locale to the page", async () => {
    expect(await fetchSource(learn("/entra/unlocalised"), options())).toMatchObject({
      kind: "page",
      finalUrl: learn("/en-us/entra/unlocalised"),
    });
  });

  it("reports a 404 and a 410 as gone", async () => {
    expect(await fetchSource(learn("/missing"), options())).toEqual({
      kind: "gone",
      finalUrl: learn("/missing"),
      status: 404,
    });
    expect(await fetchSource(learn("/retired"), options())).toMatchObject({ kind: "gone", status: 410 });
  });

  it("retries once after a 500 and reads the page the second answer gives", async () => {
    expect(await fetchSource(learn("/flaky"), options())).toMatchObject({ kind: "page", date: { date: "2025-09-29" } });
    expect(server.hits.get("/flaky")).toBe(2);
  });

  it("gives up after one retry when the server keeps failing, and says how", async () => {
    expect(await fetchSource(learn("/down"), options())).toEqual({
      kind: "unreachable",
      finalUrl: learn("/down"),
      reason: "HTTP 503",
    });
    expect(server.hits.get("/down")).toBe(2);
  });

  it("does not retry another status, such as 403, and reports it unreachable", async () => {
    expect(await fetchSource(learn("/forbidden"), options())).toMatchObject({
      kind: "unreachable",
      reason: "HTTP 403",
    });
    expect(server.hits.get("/forbidden")).toBe(1);
  });

  it("times out a response slower than the timeout (the server waits 2 s), retries once, and reports it unreachable", async () => {
    expect(await fetchSource(learn("/slow"), options())).toEqual({
      kind: "unreachable",
      finalUrl: learn("/slow"),
      reason: "timed out after 300 ms",
    });
    expect(server.hits.get("/slow")).toBe(2);
  });

  it("stops following a redirect loop", async () => {
    expect(await fetchSource(learn("/loop"), { ...options(), maxRedirects: 3 })).toMatchObject({
      kind: "unreachable",
      reason: "more than 3 redirects",
    });
  });

  it("reports a refused connection as unreachable", async () => {
    const closed = await startFixtureServer();
    await closed.close();
    expect(await fetchSource(learn("/both"), { ...options(), rewriteOrigin: closed.origin })).toMatchObject({
      kind: "unreachable",
      reason: "network error: ECONNREFUSED",
    });
  });
});

describe("running tasks with bounded concurrency", () => {
  it("never runs more than the limit at once and keeps the results in order", async () => {
    let running = 0;
    let most = 0;
    const results = await mapWithLimit([5, 1, 4, 2, 3, 0], 2, async (delay) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delay * 3));
      running -= 1;
      return delay * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
  });
});
