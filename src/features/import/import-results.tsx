import { useEffect, useRef } from "react";
import { analyze } from "../../core/sync-export/analyze";
import type { SavedImport } from "../../core/sync-export/restore";
import { AgentsSection } from "./results/agents-section";
import { ConnectSyncSection } from "./results/connect-sync-section";
import { ServerSection } from "./results/server-section";
import { DerivedSection } from "./results/derived-section";
import { FlowsSection } from "./results/flows-section";
import { OldConnectorSection } from "./results/old-connector-section";
import { RemovalSection } from "./results/removal-section";

export function ImportResults({ saved, focusOnMount }: { saved: SavedImport; focusOnMount: boolean }) {
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
