import { describe, expect, it } from "vitest";
import { learnPage } from "./fixture-server";
import { parseIsoDate, parseMsDate, readPageDate } from "./page-date.js";

describe("a Learn page's ms.date (MM/DD/YYYY)", () => {
  it("reads month first, then day, then year", () => {
    expect(parseMsDate("09/29/2025")).toBe("2025-09-29");
    expect(parseMsDate("01/02/2026")).toBe("2026-01-02");
  });

  it("accepts single-digit months and days and surrounding spaces", () => {
    expect(parseMsDate(" 3/7/2025 ")).toBe("2025-03-07");
  });

  it("is not a date when it is day first, ISO, or not on the calendar", () => {
    expect(parseMsDate("29/09/2025")).toBeUndefined();
    expect(parseMsDate("2025-09-29")).toBeUndefined();
    expect(parseMsDate("02/30/2025")).toBeUndefined();
    expect(parseMsDate("")).toBeUndefined();
  });
});

describe("an updated_at or article:modified_time value (ISO 8601)", () => {
  it("is read as its UTC date", () => {
    expect(parseIsoDate("2025-09-29T18:22:05Z")).toBe("2025-09-29");
    expect(parseIsoDate("2025-09-29T23:30:00-02:00")).toBe("2025-09-30");
    expect(parseIsoDate("2025-09-29T00:30:00.000+02:00")).toBe("2025-09-28");
    expect(parseIsoDate("2025-09-29")).toBe("2025-09-29");
  });

  it("is not a date in any other form", () => {
    expect(parseIsoDate("09/29/2025")).toBeUndefined();
    expect(parseIsoDate("yesterday")).toBeUndefined();
    expect(parseIsoDate("2025-13-01T00:00:00Z")).toBeUndefined();
  });
});

describe("a page's date from its metadata", () => {
  it("comes from ms.date when that is the only date tag", () => {
    expect(readPageDate(learnPage({ "ms.date": "09/29/2025" }))).toMatchObject({ date: "2025-09-29", from: "ms.date" });
  });

  it("comes from updated_at when that is the only date tag", () => {
    expect(readPageDate(learnPage({ updated_at: "2025-10-02T08:15:00Z" }))).toMatchObject({
      date: "2025-10-02",
      from: "updated_at",
    });
  });

  it("is the later of ms.date and updated_at when the page has both, so any change counts", () => {
    const date = readPageDate(learnPage({ "ms.date": "09/29/2025", updated_at: "2025-11-14T10:00:00Z" }));
    expect(date).toEqual({
      date: "2025-11-14",
      from: "updated_at",
      found: { "ms.date": "2025-09-29", updated_at: "2025-11-14" },
    });
  });

  it("comes from article:modified_time, written with property=", () => {
    expect(readPageDate(learnPage({ "article:modified_time": "2025-09-01T12:00:00Z" }, "property"))).toMatchObject({
      date: "2025-09-01",
      from: "article:modified_time",
    });
  });

  it("is absent when the page has none of the tags, whatever dates its text mentions", () => {
    expect(readPageDate(learnPage({ description: "Published 09/29/2025" }))).toBeUndefined();
  });

  it("ignores a tag whose value is not a date and uses the others", () => {
    expect(readPageDate(learnPage({ "ms.date": "soon", updated_at: "2025-10-02T08:15:00Z" }))).toMatchObject({
      date: "2025-10-02",
      from: "updated_at",
    });
  });

  it("is read from the parsed document, not the text: attribute order and quoting do not matter", () => {
    const html = `<html><head><META content='09/29/2025' NAME=ms.date></head><body></body></html>`;
    expect(readPageDate(html)).toMatchObject({ date: "2025-09-29", from: "ms.date" });
  });
});
