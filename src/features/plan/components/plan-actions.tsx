import { useRef, useState } from "react";
import { copyText } from "../../../shared/components/copy-text";
import { announce } from "../../../shared/components/live-announcer";
import { saveFile } from "../../../shared/components/save-file";
import { planFileName, planMarkdown, type PlanDocumentInfo } from "../model/plan-markdown";
import type { Plan } from "../model/plan-types";

interface Props {
  plan: Plan;
  /** The plan's document details when asked, so every export carries the latest progress. */
  documentInfo: () => PlanDocumentInfo;
}

// The tracker and calendar writers (and Papa Parse) load when a visitor asks for a file.
const loadTrackerCsv = () => import("../model/exports/tracker-csv");
const loadCalendar = () => import("../model/exports/icalendar");

/** Print, download and copy: the ways a plan leaves the browser. Hidden on paper. */
export function PlanActions({ plan, documentInfo }: Props) {
  const [copyStatus, setCopyStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [fallback, setFallback] = useState("");
  const fallbackField = useRef<HTMLTextAreaElement>(null);
  const markdown = () => planMarkdown(plan, documentInfo());
  const named = (suffix: string) => planFileName(plan, documentInfo().producedOn, suffix);

  const download = () => saveFile(markdown(), named(".md"), "text/markdown");
  const downloadAzureDevOps = async () =>
    saveFile((await loadTrackerCsv()).azureDevOpsCsv(plan, documentInfo()), named("-azure-devops.csv"), "text/csv");
  const downloadJira = async () =>
    saveFile((await loadTrackerCsv()).jiraCsv(plan, documentInfo()), named("-jira.csv"), "text/csv");
  const downloadCalendar = async () =>
    saveFile((await loadCalendar()).planCalendar(plan, documentInfo()), named(".ics"), "text/calendar");

  async function copy() {
    const text = markdown();
    const ok = await copyText(text);
    setCopyStatus(ok ? "copied" : "failed");
    setFallback(ok ? "" : text);
    announce(
      ok
        ? "Plan copied as Markdown"
        : "Could not copy automatically: the Markdown is selected below, press Control+C or Command+C",
    );
    if (!ok) {
      window.setTimeout(() => {
        fallbackField.current?.focus();
        fallbackField.current?.select();
      }, 0);
    }
  }

  return (
    <div className="plan-actions" role="group" aria-label="Print or export the plan">
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          Download as Markdown
        </button>
        <button type="button" className="button button--secondary" onClick={copy}>
          {copyStatus === "copied" ? "Copied" : "Copy as Markdown"}
        </button>
      </div>
      <div className="button-row" role="group" aria-label="Export the steps to a tracker or a calendar">
        <button type="button" className="button button--secondary" onClick={downloadAzureDevOps}>
          CSV for Azure DevOps
        </button>
        <button type="button" className="button button--secondary" onClick={downloadJira}>
          CSV for Jira
        </button>
        <button type="button" className="button button--secondary" onClick={downloadCalendar}>
          Due dates as a calendar (.ics)
        </button>
      </div>
      {copyStatus === "failed" && (
        <div className="plan-actions__fallback">
          <label htmlFor="plan-markdown-fallback">The plan as Markdown: copy it from here</label>
          <textarea id="plan-markdown-fallback" ref={fallbackField} readOnly rows={8} value={fallback} />
        </div>
      )}
    </div>
  );
}
