import { useState } from "react";
import { exportScripts, type ExportScript } from "../../core/match-check/export-scripts";
import { OLD_CONNECTOR_CSEXPORT } from "../../core/match-check/old-connector-command";
import type { ExportScriptId } from "../../core/match-check/export-scripts";
import { copyText } from "../../shared/components/copy-text";
import { announce } from "../../shared/components/live-announcer";
import { saveFile } from "../../shared/components/save-file";

let texts: Promise<Record<ExportScriptId, string>> | undefined;
/** The scripts' texts load on intent, not in the page's first load. */
function loadTexts(): Promise<Record<ExportScriptId, string>> {
  texts ??= import("../../core/match-check/export-script-texts").then(
    (module) => module.exportScriptTexts,
    (error: unknown) => {
      texts = undefined;
      throw error;
    },
  );
  return texts;
}

function ScriptCard({ script }: { script: ExportScript }) {
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const [text, setText] = useState<string | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const withText = (use: (value: string) => void | Promise<void>) =>
    loadTexts().then(
      (all) => {
        setText(all[script.id]);
        return use(all[script.id]);
      },
      () => setFailed(true),
    );
  return (
    <section className="match-script" aria-labelledby={`script-${script.id}`} data-script={script.id}>
      <h3 id={`script-${script.id}`}>{script.title}</h3>
      <dl className="match-script__facts">
        <dt>Needs</dt>
        <dd>{script.needs}</dd>
        <dt>Reads</dt>
        <dd>{script.reads}</dd>
      </dl>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          data-script-download={script.id}
          onClick={() => void withText((value) => saveFile(value, script.fileName, "text/plain"))}
        >
          Download {script.fileName}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-script-copy={script.id}
          onClick={() =>
            void withText((value) =>
              copyText(value).then((done) => {
                setCopied(done);
                announce(done ? `${script.fileName} copied` : "Copying was refused: select the script's text instead.");
              }),
            )
          }
        >
          Copy the script
        </button>
      </div>
      {copied === false && (
        <p className="hint">Copying was refused by the browser: select the script's text below instead.</p>
      )}
      {failed && (
        <p className="hint">The script could not be loaded (the site may have been updated): reload the page.</p>
      )}
      <details
        onToggle={(event) => {
          if (event.currentTarget.open) void withText(() => undefined);
        }}
      >
        <summary>Show {script.fileName}</summary>
        {text === undefined ? (
          <p>Loading the script…</p>
        ) : (
          <pre className="match-script__text" tabIndex={0} aria-label={`The text of ${script.fileName}`}>
            <code>{text}</code>
          </pre>
        )}
      </details>
    </section>
  );
}

export function ScriptsSection() {
  return (
    <section
      aria-labelledby="match-scripts-title"
      onPointerEnter={() => void loadTexts().catch(() => undefined)}
      onFocus={() => void loadTexts().catch(() => undefined)}
    >
      <h2 id="match-scripts-title">1. Export the users</h2>
      <p>
        Run these scripts on a computer that can reach your domain controllers and Microsoft Graph. They only read:
        nothing in AD or Entra ID is changed. Each writes one file; the AD script once per forest. Keep the files as
        they are written: opening and saving them in Excel can change dates and values.
      </p>
      {exportScripts.map((script) => (
        <ScriptCard key={script.id} script={script} />
      ))}
      <h3 id="match-csexport-title">The old connector's connector space (optional, for groups and contacts)</h3>
      <p>
        Microsoft Graph does not show the anchors of groups and contacts, so they come from the old connector's own
        management agent. On the FIM/MIM synchronization server, in the Synchronization Service's <code>Bin</code>{" "}
        folder, run <code data-match-csexport-command>{OLD_CONNECTOR_CSEXPORT}</code>, with the agent's name as
        Synchronization Service Manager shows it. Give no <code>/f</code> filter: without one csexport writes every
        object, while <code>/f:x</code> would write only those with pending exports. It reads the connector space and
        changes nothing; the file can be large (a zip of it is read too).
      </p>
    </section>
  );
}
