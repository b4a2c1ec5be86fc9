import type { Analysis } from "../../../core/sync-export/analyze";
import { serverLabel } from "../../../core/sync-export/servers";
import { useImportStore } from "../../../core/import-findings/import-store";

/** Files from several sync servers are grouped by server, never merged: the visitor picks one. */
export function ServerSection({ analysis }: { analysis: Analysis }) {
  const chooseServer = useImportStore((state) => state.chooseServer);
  if (analysis.servers.length < 2) return null;
  return (
    <section aria-labelledby="server-title" data-server={analysis.server?.key ?? "none"}>
      <h3 id="server-title">Which sync server?</h3>
      <p>
        These files come from {analysis.servers.length} sync servers. One server's deletion rules say nothing about
        another's agents, so the page reads one server at a time{analysis.server ? "" : ": choose one"}.
      </p>
      <fieldset className="form-group">
        <legend>The server to read</legend>
        <div className="choices">
          {analysis.servers.map((group) => (
            <div className="choice" key={group.key}>
              <input
                className="choice__input"
                type="radio"
                id={`server-${group.key || "unnamed"}`}
                name="server"
                value={group.key}
                checked={analysis.server?.key === group.key}
                onChange={() => chooseServer(group.key)}
              />
              <label className="choice__label" htmlFor={`server-${group.key || "unnamed"}`}>
                {serverLabel(group)}{" "}
                <span className="choice__hint">
                  {group.agents === 1 ? "1 management agent" : `${group.agents} management agents`}
                  {group.metaverse ? ", with MV.XML" : ", without MV.XML"}
                </span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
