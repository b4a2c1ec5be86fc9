import { useRef, useState } from "react";
import { copyText } from "../../shared/components/copy-text";
import { announce } from "../../shared/components/live-announcer";

interface Props {
  /** Builds the Markdown when asked, so it always carries the latest progress. */
  markdown: () => string;
  fileName: string;
}

/** Print, download and copy: the ways a plan leaves the browser. Hidden on paper. */
export function PlanActions({ markdown, fileName }: Props) {
  const [copyStatus, setCopyStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [fallback, setFallback] = useState("");
  const fallbackField = useRef<HTMLTextAreaElement>(null);

  function download() {
    const blob = new Blob([markdown()], { type: "text/markdown;charset=utf-8" });
    const href = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = href;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(href), 1000);
    announce(`Downloading ${fileName}`);
  }

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
      {copyStatus === "failed" && (
        <div className="plan-actions__fallback">
          <label htmlFor="plan-markdown-fallback">The plan as Markdown: copy it from here</label>
          <textarea id="plan-markdown-fallback" ref={fallbackField} readOnly rows={8} value={fallback} />
        </div>
      )}
    </div>
  );
}
