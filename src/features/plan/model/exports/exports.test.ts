import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { oneForestFromHr } from "../../../../core/decision/example-answers";
import { buildPlan } from "../build-plan";
import type { PlanDocumentInfo } from "../plan-markdown";
import type { PlanProgress } from "../plan-progress";
import { foldLine, planCalendar } from "./icalendar";
import { azureDevOpsCsv, jiraCsv } from "./tracker-csv";
import { phaseLabel } from "./tracker-items";

const plan = buildPlan(oneForestFromHr);
const [first, second, third] = plan.steps;
const tricky = {
  formula: '=HYPERLINK("http://evil.example","click")',
  punctuation: 'Zoë Ærø, "the lead"; 日本のチーム',
  lines: "Line one\nLine two, with a comma",
};
const progress: PlanProgress = {
  [first!.id]: { done: true, owner: tricky.formula, due: "2027-01-15" },
  [second!.id]: { done: false, owner: tricky.punctuation, due: "2027-02-28" },
  [third!.id]: { done: false, owner: tricky.lines, due: "" },
};
const info: PlanDocumentInfo = { siteUrl: "https://example.org/advisor/", producedOn: "2026-12-01", progress };

const rows = (text: string) => parse(text, { relax_column_count: false }) as string[][];

describe("the plan as CSV for Azure DevOps", () => {
  const [header, ...items] = rows(azureDevOpsCsv(plan, info));

  it("has the import's columns and one Task per step", () => {
    expect(header).toEqual(["Work Item Type", "Title", "Description", "Assigned To", "Tags", "Due Date"]);
    expect(items).toHaveLength(plan.steps.length);
    expect(new Set(items.map((r) => r[0]))).toEqual(new Set(["Task"]));
  });

  it("carries each step's title, what, why and guide link, its phase as a tag, and the saved owner, date and tick", () => {
    const [row] = items;
    expect(row![1]).toBe(`1. ${first!.title}`);
    expect(row![2]).toContain(first!.what);
    expect(row![2]).toContain(`Why: ${first!.why}`);
    expect(row![2]).toContain("https://example.org/advisor/guide/");
    expect(row![4]!.split("; ")).toEqual(["entra-migration", phaseLabel(plan.phases[0]!.title), "done"]);
    expect(row![5]).toBe("2027-01-15");
    expect(items[1]![3]).toBe(tricky.punctuation);
    expect(items[2]![3]).toBe(tricky.lines);
    expect(items[3]![5]).toBe("");
  });

  it("neutralises a cell that a spreadsheet would run as a formula", () => {
    expect(items[0]![3]).toBe(`'${tricky.formula}`);
    for (const prefix of ["+", "-", "@"]) {
      const typed = { ...info, progress: { [first!.id]: { done: false, owner: `${prefix}1+1`, due: "" } } };
      expect(rows(azureDevOpsCsv(plan, typed))[1]![3]).toBe(`'${prefix}1+1`);
    }
  });

  it("quotes every field and ends each record with CRLF", () => {
    const text = azureDevOpsCsv(plan, info);
    expect(text.startsWith('"Work Item Type","Title","Description","Assigned To","Tags","Due Date"\r\n"Task",')).toBe(
      true,
    );
    expect(text.endsWith('"\r\n')).toBe(true);
    expect(parse(text, { record_delimiter: "\r\n" })).toHaveLength(plan.steps.length + 1);
  });
});

describe("the plan as CSV for Jira", () => {
  const [header, ...items] = rows(jiraCsv(plan, info));

  it("has Jira's columns, two Labels columns and a Status", () => {
    expect(header).toEqual(["Summary", "Description", "Assignee", "Due date", "Labels", "Labels", "Status"]);
    expect(items).toHaveLength(plan.steps.length);
  });

  it("carries the saved owner, date and tick, with labels Jira accepts (no spaces)", () => {
    expect(items[0]!.slice(2)).toEqual([
      `'${tricky.formula}`,
      "2027-01-15",
      "entra-migration",
      expect.stringMatching(/^[a-z0-9-]+$/),
      "Done",
    ]);
    expect(items[1]![2]).toBe(tricky.punctuation);
    expect(items[1]![6]).toBe("To Do");
    for (const row of items) expect(row[5]).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("the plan as an iCalendar file", () => {
  const text = planCalendar(plan, info, new Date("2026-12-01T10:00:00Z"));
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));

  it("holds one all-day event per step that has a due date", () => {
    expect(events).toHaveLength(2);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe("2027-01-15");
    expect(events[0]!.endDate.toString()).toBe("2027-01-16");
    expect(events[1]!.startDate.toString()).toBe("2027-02-28");
    expect(events[1]!.endDate.toString()).toBe("2027-03-01");
  });

  it("reads back the step's text, owner and link exactly, commas, quotes and non-ASCII included", () => {
    expect(events[0]!.summary).toBe(`✓ 1. ${first!.title}`);
    expect(events[0]!.description).toContain(`Owner: ${tricky.formula}`);
    expect(events[1]!.description).toContain(`Owner: ${tricky.punctuation}`);
    expect(events[1]!.description).toContain(`Why: ${second!.why}`);
    expect(events[0]!.component.getFirstPropertyValue("url")).toMatch(/^https:\/\/example\.org\/advisor\/guide\//);
  });

  it("gives each event a UID from its step id that is the same on every export of the same plan", () => {
    expect(events.map((e) => e.uid)).toEqual([
      expect.stringMatching(new RegExp(`^${first!.id}\\.`)),
      expect.stringMatching(new RegExp(`^${second!.id}\\.`)),
    ]);
    const again = new ICAL.Component(ICAL.parse(planCalendar(plan, info, new Date("2027-03-01T00:00:00Z"))));
    expect(again.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e).uid)).toEqual(events.map((e) => e.uid));
    const other = buildPlan({ ...oneForestFromHr, engine: "fim-2010-r2" });
    const otherUids = new ICAL.Component(ICAL.parse(planCalendar(other, info)))
      .getAllSubcomponents("vevent")
      .map((e) => new ICAL.Event(e).uid);
    expect(otherUids).not.toContain(events[0]!.uid);
  });

  it("folds every line at 75 octets with CRLF, never inside a character", () => {
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const folded = foldLine(`DESCRIPTION:${"日本".repeat(40)}`);
    expect(folded.split("\r\n ").join("")).toBe(`DESCRIPTION:${"日本".repeat(40)}`);
    expect(text.endsWith("\r\n")).toBe(true);
  });
});
