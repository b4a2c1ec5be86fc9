import type { Analysis } from "../../../core/sync-export/analyze";

/** A Connect Sync server's export: named, with its evidence, and nothing judged from it. */
export function ConnectSyncSection({ evidence }: { evidence: NonNullable<Analysis["connectSync"]> }) {
  return (
    <section aria-labelledby="connect-sync-title" className="callout callout--warning" data-connect-sync>
      <h3 id="connect-sync-title" className="callout__title">
        This is a Microsoft Entra Connect Sync server, not the old connector
      </h3>
      <div className="callout__body">
        <p>
          Connect Sync runs the same synchronization engine as FIM/MIM, and its own Entra connector has the old
          connector's type. This export is of a Connect Sync server: its Entra connector is Connect Sync's own link to
          Entra ID, not the FIM connector. Do not delete it or remove its run profiles. Nothing from this export is
          judged here or goes into the plan.
        </p>
        <p>What shows it:</p>
        <ul>
          {evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          To plan the removal of the FIM connector, export the FIM/MIM server that runs it (File → Export Server
          Configuration in its Synchronization Service Manager) and read that folder here.
        </p>
      </div>
    </section>
  );
}
