import { useEffect, useRef } from "react";
import { analyze } from "../../core/sync-export/analyze";
import { formatReadAt } from "../../core/sync-export/plan-findings";
import type { SavedImport } from "../../core/sync-export/restore";
import { AgentsSection } from "./results/agents-section";
import { ConnectSyncSection } from "./results/connect-sync-section";
import { ServerSection } from "./results/server-section";
import { DerivedSection } from "./results/derived-section";
import { FlowsSection } from "./results/flows-section";
import { OldConnectorSection } from "./results/old-connector-section";
import { RemovalSection } from "./results/removal-section";

/** "MA-{…}.XML, MA-{…}.XML, MV.XML and 3 more": the files of a read, shortened for a sentence. */
function filesText(files: readonly string[]): string {
  if (files.length === 0) return "no file";
  const shown = files.slice(0, 3).join(", ");
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}

/**
 * The findings saved in this browser. `lastReadFailed` (why the visitor's newest read gave
 * nothing) labels them as the findings of the earlier read, so they are never taken for the
 * newest files'.
 */
export function ImportResults({
  saved,
  focusOnMount,
  lastReadFailed,
}: {
  saved: SavedImport;
  focusOnMount: boolean;
  lastReadFailed?: string;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const analysis = analyze(saved.imported, saved.chosenId, saved.chosenServer);
  const { imported } = saved;
  return (
    <div className="import-results" data-import-results>
      <h2 ref={headingRef} tabIndex={-1}>
        What your export shows
      </h2>
      {lastReadFailed !== undefined && (
        <div className="callout callout--important" role="note" data-earlier-findings>
          <p className="callout__title">Findings from the earlier read, not from the files you just picked</p>
          <div className="callout__body">
            <p>
              These are the findings from the earlier read of {filesText(imported.files)}
              {saved.readAt ? `, on ${formatReadAt(saved.readAt)}` : ""}; the last read failed:{" "}
              {lastReadFailed || "it gave nothing to show"}.
            </p>
          </div>
        </div>
      )}
      <p>
        Read from {imported.files.length === 1 ? "1 file" : `${imported.files.length} files`}
        {imported.metaverse ? ", with the metaverse (MV.XML)" : ", without the metaverse (MV.XML)"}.
      </p>
      <ServerSection analysis={analysis} />
      {!analysis.serverChoice && (
        <>
          {analysis.connectSync && <ConnectSyncSection evidence={analysis.connectSync} />}
          <AgentsSection agents={analysis.agents} analysis={analysis} />
          {!analysis.connectSync && (
            <>
              <OldConnectorSection analysis={analysis} />
              {analysis.oldConnector && <FlowsSection analysis={analysis} old={analysis.oldConnector} />}
              <RemovalSection analysis={analysis} />
              <DerivedSection analysis={analysis} applied={saved.applied} />
            </>
          )}
        </>
      )}
    </div>
  );
}
