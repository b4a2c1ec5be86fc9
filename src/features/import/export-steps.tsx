/** How to export the configuration in Synchronization Service Manager. */
export function ExportSteps() {
  return (
    <>
      <h2>Export the configuration</h2>
      <ol>
        <li>
          On the sync server, open Synchronization Service Manager and choose{" "}
          <strong>File → Export Server Configuration</strong>. Pick an empty folder: it receives one{" "}
          <code>MA-{"{GUID}"}.XML</code> file per management agent and <code>MV.XML</code>, the metaverse (deletion
          rules, provisioning).
        </li>
        <li>
          To read one agent only, select it under Management Agents and choose{" "}
          <strong>Actions → Export Management Agent</strong>. Without <code>MV.XML</code> this page cannot judge the
          deletion rules.
        </li>
        <li>Copy the folder (or a zip of it) to this computer. The files hold no passwords.</li>
      </ol>
    </>
  );
}
