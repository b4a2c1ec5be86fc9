import { useState } from "react";
import { exportScripts, type ExportScript } from "../../core/match-check/export-scripts";
import { copyText } from "../../shared/components/copy-text";
import { announce } from "../../shared/components/live-announcer";
import { saveFile } from "./save-file";

function ScriptCard({ script }: { script: ExportScript }) {
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
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
          onClick={() => saveFile(script.text, script.fileName, "text/plain")}
        >
          Download {script.fileName}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-script-copy={script.id}
          onClick={() =>
            void copyText(script.text).then((done) => {
              setCopied(done);
              announce(done ? `${script.fileName} copied` : "Copying was refused: select the script's text instead.");
            })
          }
        >
          Copy the script
        </button>
      </div>
      {copied === false && (
        <p className="hint">Copying was refused by the browser: select the script's text below instead.</p>
      )}
      <details>
        <summary>Show {script.fileName}</summary>
        <pre className="match-script__text" tabIndex={0} aria-label={`The text of ${script.fileName}`}>
          <code>{script.text}</code>
        </pre>
      </details>
    </section>
  );
}

export function ScriptsSection() {
  return (
    <section aria-labelledby="match-scripts-title">
      <h2 id="match-scripts-title">1. Export the users</h2>
      <p>
        Run these scripts on a computer that can reach your domain controllers and Microsoft Graph. They only read:
        nothing in AD or Entra ID is changed. Each writes one file; the AD script once per forest. Keep the files as
        they are written: opening and saving them in Excel can change dates and values.
      </p>
      {exportScripts.map((script) => (
        <ScriptCard key={script.id} script={script} />
      ))}
    </section>
  );
}
