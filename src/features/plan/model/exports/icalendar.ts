import type { PlanDocumentInfo } from "../plan-markdown";
import type { Plan } from "../plan-types";
import { trackerItems } from "./tracker-items";

// iCalendar (RFC 5545) written by hand: one all-day event per step with a due date. The format
// is small, and the libraries that write it (ical.js among them) are several times the size of
// this file; the tests read the output back with ical.js.

/** Text values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 3.1), continuation lines starting with a space,
 * never inside a multi-byte character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDate = (iso: string) => iso.replace(/-/g, "");

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A short, stable hash of the plan's answers: the same plan gives the same UIDs on every export. */
function planKey(query: string): string {
  let hash = 0x811c9dc5;
  for (const char of query) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The plan's due dates as a calendar. Each event's UID is the step id with a key of the plan's
 * answers, so importing the file again updates the events instead of adding copies, while two
 * different plans never overwrite each other's events.
 * @param stamp when the file is made (DTSTAMP), as a Date
 */
export function planCalendar(plan: Plan, info: PlanDocumentInfo, stamp: Date = new Date()): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
  const key = planKey(plan.query);
  const events = trackerItems(plan, info)
    .filter((item) => item.due !== "")
    .flatMap((item) => [
      "BEGIN:VEVENT",
      `UID:${item.id}.${key}@entra-migration-advisor`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compactDate(item.due)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(item.due))}`,
      `SUMMARY:${escapeText(item.done ? `✓ ${item.title}` : item.title)}`,
      `DESCRIPTION:${escapeText(
        [...(item.owner ? [`Owner: ${item.owner}`] : []), ...(item.done ? ["Done"] : []), item.description].join(
          "\n\n",
        ),
      )}`,
      `URL:${item.guideUrl}`,
      `CATEGORIES:${escapeText(item.phase)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    ]);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Entra Migration Advisor//Migration plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(`Migration plan (${plan.outcome})`)}`,
    ...events,
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
