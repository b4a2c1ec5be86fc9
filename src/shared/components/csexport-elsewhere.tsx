import { useNavigate, type NavigateFunction } from "react-router";
import { handOverFiles } from "../file-handoff";
import { paths } from "../paths";

/** Takes csexport files to Check pending exports, which reads them at once. */
export function sendToPendingExports(navigate: NavigateFunction, from: string, files: readonly File[]): void {
  handOverFiles(paths.pendingExports(), { from, files });
  void navigate(paths.pendingExports());
}

const listNames = (files: readonly File[]) => files.map((file) => file.name).join(", ");

/**
 * Picked with this page's own files, connector space exports (csexport) are left out of the
 * reading and named here, with a button that takes them to the page that reads them.
 */
export function CsexportElsewhere({ files, from }: { files: readonly File[]; from: string }) {
  const navigate = useNavigate();
  if (files.length === 0) return null;
  const one = files.length === 1;
  return (
    <div className="callout callout--important" role="note" data-sent-elsewhere="pending-exports">
      <p className="callout__title">
        {one ? "A connector space export was left out" : `${files.length} connector space exports were left out`}
      </p>
      <div className="callout__body">
        <p>
          {listNames(files)} {one ? "is a connector space export" : "are connector space exports"} (csexport): Check
          pending exports reads {one ? "it" : "them"}, not this page.
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => sendToPendingExports(navigate, from, files)}
        >
          Read {one ? "it" : "them"} on Check pending exports
        </button>
      </div>
    </div>
  );
}
