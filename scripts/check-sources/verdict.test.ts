import { describe, expect, it } from "vitest";
import type { FetchResult } from "./fetch-source.js";
import { exitCodeFor, verdictFor } from "./verdict.js";

const cited = "https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync";
const dated = (date: string, finalUrl = cited): FetchResult => ({
  kind: "page",
  finalUrl,
  status: 200,
  date: { date, from: "ms.date", found: { "ms.date": date } },
});

describe("the verdict on a cited page", () => {
  it("is ok when the source was last updated before our review", () => {
    expect(verdictFor("2026-12-01", cited, dated("2026-11-30"))).toBe("ok");
  });

  it("is ok when the source was updated on the day of our review (a date has no time to compare)", () => {
    expect(verdictFor("2026-12-01", cited, dated("2026-12-01"))).toBe("ok");
  });

  it("is changed when the source was updated after our review", () => {
    expect(verdictFor("2026-12-01", cited, dated("2026-12-02"))).toBe("changed");
  });

  it("is moved when a redirect led elsewhere, whatever the new page's date", () => {
    expect(verdictFor("2026-12-01", cited, dated("2026-01-01", `${cited}-v2`))).toBe("moved");
  });

  it("is not moved when the redirect only added a locale", () => {
    const localised = cited.replace("learn.microsoft.com/", "learn.microsoft.com/en-us/");
    expect(verdictFor("2026-12-01", cited, dated("2026-11-30", localised))).toBe("ok");
  });

  it("is gone on 404 or 410", () => {
    expect(verdictFor("2026-12-01", cited, { kind: "gone", finalUrl: cited, status: 404 })).toBe("gone");
    expect(verdictFor("2026-12-01", cited, { kind: "gone", finalUrl: cited, status: 410 })).toBe("gone");
  });

  it("is unreachable when the request failed", () => {
    expect(verdictFor("2026-12-01", cited, { kind: "unreachable", finalUrl: cited, reason: "timed out" })).toBe(
      "unreachable",
    );
  });

  it("is undated when the page loads but carries no date", () => {
    expect(verdictFor("2026-12-01", cited, { kind: "page", finalUrl: cited, status: 200 })).toBe("undated");
  });
});

describe("the exit status", () => {
  const rows = (...verdicts: Parameters<typeof exitCodeFor>[0][number]["verdict"][]) =>
    verdicts.map((verdict) => ({ verdict }));

  it("is 0 when every source is ok", () => {
    expect(exitCodeFor(rows("ok", "ok"))).toBe(0);
  });

  it("is 1 when any source changed, moved or is gone", () => {
    expect(exitCodeFor(rows("ok", "changed"))).toBe(1);
    expect(exitCodeFor(rows("moved"))).toBe(1);
    expect(exitCodeFor(rows("gone", "unreachable"))).toBe(1);
  });

  it("is 0 when the only trouble is an unreachable or undated source, which is still reported", () => {
    expect(exitCodeFor(rows("ok", "unreachable", "undated"))).toBe(0);
  });

  it("is 1 for an unreachable or undated source under --strict", () => {
    expect(exitCodeFor(rows("ok", "unreachable"), { strict: true })).toBe(1);
    expect(exitCodeFor(rows("undated"), { strict: true })).toBe(1);
    expect(exitCodeFor(rows("ok"), { strict: true })).toBe(0);
  });
});
