import type { ImportPersistence } from "../../core/import-findings/import-store";

const megabytes = (characters: number) => `${Math.max(0.1, characters / 1024 / 1024).toFixed(1)} MB`;

/** Says that the findings just read could not be saved in this browser, and how long they last. */
export function StorageNote({ persistence }: { persistence: ImportPersistence }) {
  return (
    <div className="callout callout--warning" role="note" data-storage-note={persistence.where}>
      <p className="callout__title">These findings are not saved in this browser</p>
      <div className="callout__body">
        <p>
          This browser's storage refused them: they take about {megabytes(persistence.bytes)} of text, more than it
          allows this site, or its storage is full or blocked.{" "}
          {persistence.where === "tab"
            ? "They are kept in this tab until you close it (a reload keeps them), and the advisor and the plan opened in this tab use them."
            : "They are kept only until this page is reloaded or closed; the advisor and the plan use them if you go there from this page."}{" "}
          To see them on another day, read the export again then.
        </p>
      </div>
    </div>
  );
}
