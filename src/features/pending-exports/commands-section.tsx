import { Link } from "react-router";
import { paths } from "../../shared/paths";

const connectSyncBin = String.raw`%ProgramFiles%\Microsoft Azure AD Sync\Bin`;
const mimBin = String.raw`%ProgramFiles%\Microsoft Forefront Identity Manager\2010\Synchronization Service\Bin`;

/** One server kind's commands, as the visitor types them in a command prompt on the server. */
function Commands({ bin, connector, file }: { bin: string; connector: string; file: string }) {
  return (
    <pre className="pending-command" data-command>
      <code>{`cd /d "${bin}"\ncsexport "${connector}" "%TEMP%\\${file}" /f:x`}</code>
    </pre>
  );
}

/** Step 1: how to write the file on each kind of server, with where each fact comes from. */
export function CommandsSection() {
  return (
    <section aria-labelledby="pending-commands-title">
      <h2 id="pending-commands-title">1. Export the pending exports on the server</h2>
      <p>
        First let the engine stage its changes: run a full import on each connector (the directories first, then the one
        to Entra ID), then a synchronization, as the{" "}
        <Link to={paths.guideAnchor("connect-sync#install-staging")}>staging steps</Link> and{" "}
        <Link to={paths.guideAnchor("connect-sync#read-pending-exports")}>reading the pending exports</Link> describe.
        Then, in a command prompt on the server, write the pending exports of one connector to a file. <code>/f:x</code>{" "}
        keeps only the objects with a pending export.
      </p>

      <h3>Microsoft Entra Connect Sync, in staging mode</h3>
      <Commands bin={connectSyncBin} connector="<Entra connector name>" file="pending-entra.xml" />
      <p>
        The connector's name is in Synchronization Service, on the Connectors tab: the one whose type is Microsoft Entra
        ID (Microsoft), or Windows Azure Active Directory (Microsoft) on older builds. It reads like{" "}
        <code>contoso.onmicrosoft.com - AAD</code>, or <code>contoso.com – Microsoft Entra ID</code> on newer
        installations: copy it from there. To see what the server will write back to Active Directory (Exchange hybrid,
        group or device writeback), run the same command with the AD connector's name, the forest's name such as{" "}
        <code>contoso.com</code>.
      </p>

      <h3>MIM 2016 or FIM 2010 R2: the AD management agent, once the new flows are in</h3>
      <Commands bin={mimBin} connector="<AD management agent name>" file="pending-ad.xml" />
      <p>
        With MIM's Microsoft Graph connector, run it for the Graph management agent too. The agents' names are in
        Synchronization Service Manager, Management Agents.
      </p>

      <h3>The old connector's own management agent</h3>
      <Commands bin={mimBin} connector="<old connector's agent name>" file="pending-old-connector.xml" />
      <p>
        It cannot export any more (it cannot connect since April 2024), but its pending exports show what it would do:
        deletes waiting there are what taking objects out of its scope has queued (our inference: such deletes would
        reach Entra ID if the agent were ever run against a working connector).
      </p>

      <p className="hint">
        Sources: the csexport command, <code>/f:x</code> and the Connect Sync folder are from Microsoft Learn,
        “Microsoft Entra Connect: Staging server and disaster recovery” (Verify, 12/26/2024), whose own example names
        the connector “contoso.com – Microsoft Entra ID” (“contoso.com – AAD” in its earlier versions). The MIM folder
        is where MIM 2016 and FIM 2010 R2 install the Synchronization Service. csexport's usage text lists its other
        filters (<code>/f:m</code> pending imports, <code>/f:e</code> export errors, <code>/f:i</code> import errors,{" "}
        <code>/f:s</code> disconnectors, one object by <code>/f:d=</code>, <code>/f:r=</code> or <code>/f:g=</code>; one
        filter at a time); Learn documents <code>/f:x</code> alone, so we rely on that text for the others.
      </p>
    </section>
  );
}
