import Papa from "papaparse";
import type { PlanDocumentInfo } from "../plan-markdown";
import type { Plan } from "../plan-types";
import { phaseLabel, trackerItems, type TrackerItem } from "./tracker-items";

// CSV through Papa Parse (well kept, and it writes RFC 4180 quoting). `escapeFormulae` puts a
// single quote before a cell that starts with =, +, -, @, a tab or a carriage return, so a name
// typed as "=HYPERLINK(…)" stays text when the file is opened in a spreadsheet on its way to the
// tracker. Every field is quoted, and lines end with CRLF as both importers expect.

/** The tag every exported item carries, so a team can find (or delete) the whole import. */
export const planTag = "entra-migration";

function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    { quotes: true, escapeFormulae: true, newline: "\r\n" },
  )}\r\n`;
}

const status = (item: TrackerItem) => (item.done ? "done" : "");

/**
 * Azure DevOps "Import work items from CSV": Tasks with Title, Description, Assigned To, Tags
 * (`;`-separated: the plan, the phase, and `done` for a ticked step, since an import can only
 * create items in their first state) and Due Date (a field of the Agile and CMMI processes;
 * Azure DevOps leaves out a column its process lacks, with a warning).
 */
export function azureDevOpsCsv(plan: Plan, info: PlanDocumentInfo): string {
  const header = ["Work Item Type", "Title", "Description", "Assigned To", "Tags", "Due Date"];
  const rows = trackerItems(plan, info).map((item) => [
    "Task",
    item.title,
    item.description,
    item.owner,
    [planTag, phaseLabel(item.phase), status(item)].filter(Boolean).join("; "),
    item.due,
  ]);
  return csv(header, rows);
}

/**
 * Jira's CSV importer: Summary, Description, Assignee, Due date (ISO dates: choose the date
 * format `yyyy-MM-dd` in the importer), Labels (one column per label, as Jira reads several),
 * and Status (`Done` for a ticked step, `To Do` otherwise; map them in the importer).
 */
export function jiraCsv(plan: Plan, info: PlanDocumentInfo): string {
  const header = ["Summary", "Description", "Assignee", "Due date", "Labels", "Labels", "Status"];
  const rows = trackerItems(plan, info).map((item) => [
    item.title,
    item.description,
    item.owner,
    item.due,
    planTag,
    phaseLabel(item.phase),
    item.done ? "Done" : "To Do",
  ]);
  return csv(header, rows);
}
