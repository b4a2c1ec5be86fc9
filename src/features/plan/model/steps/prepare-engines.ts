/** The option-specific steps of the "prepare" phase, in plan order: the servers and the connector itself. */
import type { StepRule } from "../plan-types";
import { isLdap } from "./step-helpers";

/** The build advice for every Connect Sync server (review item 3: 2.5.79.0 was a floor, not a target). */
const latestBuild =
  "install the latest Connect Sync build, downloaded from the Microsoft Entra admin center (it needs .NET Framework 4.7.2 and TLS 1.2)";
const buildsRetire =
  "Servers older than 2.5.79.0 stopped syncing on 30 September 2026, and each Connect Sync build retires 12 months after its successor ships, so 2.5.79.0 has itself retired: the latest build is the only safe target.";
const windowsServer =
  "Windows Server 2016, 2019 or 2022 (2022 recommended; sources differ on Windows Server 2025, which one revision of the prerequisites page excludes and an earlier one does not, so check the current page before you choose it)";

export const prepareEngineSteps: readonly StepRule[] = [
  {
    id: "prepare-cloud-sync-agents",
    phase: "prepare",
    when: { outcomes: ["cloud-sync"] },
    title: "Prepare the cloud sync agent servers",
    what: "Build three domain-joined servers with Windows Server 2016, 2019 or 2022 and the full GUI (not Server Core; 2022 recommended; sources differ on Windows Server 2025: the prerequisites page revised in September 2025 says it is not supported yet, earlier revisions say 2016 or later), at least 4 GB RAM and .NET Framework 4.7.1 or later. Enable TLS 1.2 and restart before installing, set the PowerShell execution policy to Undefined or RemoteSigned, keep the Windows Credential Manager service enabled, and deny NTLM. Confirm that the forest schema is at Windows Server 2012 or later and holds msDS-ExternalDirectoryObjectId, that at least one domain controller in the domain runs Windows Server 2012 or later with the PowerShell RSAT modules, and have a Domain Admin or Enterprise Admin at hand so the installer can create the gMSA provAgentgMSA$, and a Hybrid Identity Administrator who is not a guest to register the agents.",
    why: "These are the agent's and the gMSA's prerequisites. Microsoft recommends three active agents for high availability and classes the agent server as a Tier 0 server; the agent upgrades itself, and automatic upgrade cannot be turned off (Microsoft Learn: “Prerequisites for Microsoft Entra Cloud Sync”, 04/09/2025, and its 09/29/2025 revision).",
    anchor: "cloud-sync#prerequisites",
  },
  {
    id: "prepare-cloud-sync-network",
    phase: "prepare",
    when: { outcomes: ["cloud-sync"] },
    title: "Open the agents' way out: ports, proxy and URL allow-list",
    what: "Allow the agent servers outbound TCP 443, and 80 for certificate revocation lists (8080 only as a fallback for status reports). If traffic goes through a proxy, it must support at least HTTP 1.1 with chunked encoding enabled; where it filters by name, allow *.msappproxy.net, *.servicebus.windows.net, *.microsoftonline.com, *.microsoft.com, *.msappproxy.com, *.windowsazure.com, login.windows.net and the certificate hosts mscrl.microsoft.com, crl.microsoft.com, ocsp.msocsp.com and www.microsoft.com on port 80. A firewall that filters by originating user must let Windows services running as Network Service through.",
    why: "The agent only makes outbound connections, and registration and sync fail behind a proxy or firewall that blocks these (Microsoft Learn: “Prerequisites for Microsoft Entra Cloud Sync”, firewall and proxy requirements, 04/09/2025; the US Government cloud has its own list).",
    anchor: "cloud-sync#prerequisites",
  },
  {
    id: "prepare-cloud-sync-safeguards",
    phase: "prepare",
    when: { outcomes: ["cloud-sync"] },
    title: "Put the lockout safeguards in place before the first configuration",
    what: "Create a cloud-only Hybrid Identity Administrator account (not synced, not a guest) and keep its credentials with your emergency access accounts. List every MFA requirement and Conditional Access policy that requires interactive sign-in, and plan to exclude the sync service account that creating the configuration adds, ADToAADSyncServiceAccount@<tenant>.onmicrosoft.com, from each of them as soon as it exists, before the configuration is enabled.",
    why: "Microsoft calls the cloud-only Hybrid Identity Administrator critical so that the tenant can still be managed when the on-premises services fail. Configuring cloud sync fails when MFA or another interactive authentication policy applies to the sync service account (Microsoft Learn: “Prerequisites for Microsoft Entra Cloud Sync”, 04/09/2025; “Provision Active Directory to Microsoft Entra ID: Configuration”, 03/30/2026).",
    anchor: "cloud-sync#prerequisites",
  },
  {
    id: "prepare-connect-version",
    phase: "prepare",
    when: { caveats: ["connect-version"] },
    title: "Bring your existing Connect Sync server to the latest build",
    what: `Check the build your existing Connect Sync server runs and, unless it is already the newest one Microsoft lists, ${latestBuild}. Do it before the migration changes anything, and confirm the server completes a sync cycle afterwards.`,
    why: (ctx) =>
      `${buildsRetire} ${ctx.option === "cloud-sync" ? "Cloud sync will run beside this server, which must keep syncing the objects it already serves." : "The migration relies on this server, so it has to be on a supported build first."}`,
    anchor: "connect-sync#version-deadline",
  },
  {
    id: "prepare-exclusive-scopes",
    phase: "prepare",
    when: { caveats: ["exclusive-scopes"] },
    title: "Split the scopes between Connect Sync and cloud sync",
    what: "List which OUs or groups your existing Connect Sync server keeps and which cloud sync takes, so that no object is in both scopes, now or later.",
    why: "Cloud sync and Connect Sync may read the same domain only with mutually exclusive scopes, and moving a user from a cloud-sync-scoped OU to a Connect-scoped OU deletes the user and creates it again.",
    anchor: "cloud-sync#coexistence-with-connect-sync",
  },
  {
    id: "prepare-connect-sync-server",
    phase: "prepare",
    when: { outcomes: ["connect-sync"], notCaveats: ["extend-existing-connect"] },
    title: "Build the Connect Sync server",
    what: (ctx) =>
      `Build a domain-joined server with ${windowsServer} and the full GUI, that can reach ${isLdap(ctx) ? "the LDAP directory" : "every forest in scope"}. Size it from the object count (6 GB RAM below 50,000 objects, 16 GB up to 100,000, 32 GB above), enable TLS 1.2, and download the latest Connect Sync build from the Microsoft Entra admin center (it needs .NET Framework 4.7.2). Do not run the installer yet, and never with express settings: the installation is its own step at the start of the pilot.`,
    why: `${buildsRetire} A tenant may have only one active Connect Sync server, staging servers excepted.`,
    anchor: "connect-sync#prerequisites",
  },
  {
    id: "prepare-extend-existing-connect",
    phase: "prepare",
    when: { caveats: ["extend-existing-connect"] },
    title: "Check your existing Connect Sync server before extending it",
    what: "Once the server is on the latest build (the step above), confirm that it runs Windows Server 2016, 2019 or 2022, that it can reach every forest in scope, and that its database and hardware have room for the added objects. Add these users and groups to it rather than installing a second server: one AD connector per forest, with the forest's domains inside it, never a second connector to a domain it already reads.",
    why: "A tenant may have only one active Connect Sync server (staging servers excepted), and Connect Sync does not support several connectors to the same AD domain.",
    anchor: "connect-sync#one-active-server-per-tenant",
  },
  {
    id: "prepare-count-objects",
    phase: "prepare",
    when: { caveats: ["count-objects"] },
    title: "Count every object the Connect Sync server will hold",
    what: (ctx) =>
      `Count the users, groups and contacts in every ${isLdap(ctx) ? "LDAP source" : "forest"} in scope, plus what an existing Connect Sync server already syncs, before you choose the database. From about 100,000 objects in all, install Connect Sync with a full SQL Server instance of its own (not the MIM Sync instance, not Azure SQL) instead of LocalDB.`,
    why: "Connect Sync's default SQL Server 2019 Express LocalDB is limited to 10 GB, about 100,000 objects, and that limit is for the whole database, not for one domain.",
    anchor: "connect-sync#sql-database-size",
  },
  {
    id: "prepare-full-sql-server",
    phase: "prepare",
    when: { caveats: ["full-sql-server"] },
    title: "Provide a full SQL Server instance for Connect Sync",
    what: "Install Connect Sync with a full SQL Server instance of its own, not the MIM Sync instance and not Azure SQL, on a server with 32 GB RAM and at least 300 GB of disk.",
    why: "Connect Sync's default SQL Server 2019 Express LocalDB is limited to 10 GB, about 100,000 objects in the whole database: every forest and LDAP source in scope plus what the server already syncs. Each sync engine needs its own SQL instance, and Azure SQL is not supported.",
    anchor: "connect-sync#sql-database-size",
  },
  {
    id: "prepare-graph-no-overlap",
    phase: "prepare",
    when: { outcomes: ["graph-connector"] },
    title: "Confirm that no other sync tool manages these objects",
    what: "Check that none of the users and groups in scope is provisioned into AD or an LDAP directory, or is in the scope of Connect Sync or cloud sync.",
    why: "The Graph connector must not overlap or conflict with Connect Sync, cannot change objects that Connect Sync created, and gives no password or device writeback for the objects MIM creates.",
    anchor: "graph-connector#no-overlap-with-connect",
  },
  {
    id: "prepare-graph-mail-objects",
    phase: "prepare",
    when: { outcomes: ["graph-connector"], caveats: ["confirm-mail-objects"] },
    title: "Check whether the old connector sends contacts or mail-enabled groups",
    what: "Read the old management agent's export flows and its connector space for organisational contacts, distribution groups and mail-enabled security groups. If any are in scope, the Graph connector cannot serve them: run the advisor again with that answer before you build anything.",
    why: "Microsoft Graph treats organisational contacts, distribution groups and mail-enabled security groups as read-only, so the Graph connector can neither create nor update them.",
    anchor: "graph-connector#mail-objects",
  },
  {
    id: "prepare-graph-existing-objects",
    phase: "prepare",
    when: { caveats: ["graph-existing-objects"] },
    title: "Decide how the Graph connector takes over the existing objects",
    what: "For each object the old connector created, choose: convert its source of authority to the cloud (onPremisesSyncBehavior, a preview), which keeps its object id, or recreate it, which gives it a new object id and loses what refers to the old one. Try the conversion on a few objects first and check that the Graph connector can then update them.",
    why: "The old connector's objects count as synced from on-premises, and Microsoft Graph refuses changes to their synced attributes until their source of authority is converted or they are recreated. This is our inference from Microsoft's rule for objects that Connect Sync created.",
    anchor: "graph-connector#existing-objects",
  },
  {
    id: "prepare-graph-app-registration",
    phase: "prepare",
    when: { outcomes: ["graph-connector"] },
    title: "Register the app the Graph connector signs in as",
    what: "Create one app registration per Graph connector management agent, with a client secret of the maximum duration (record its expiry date), the Microsoft Graph application permission Application.Read.All plus User.ReadWrite.All and Group.ReadWrite.All (or Directory.ReadWrite.All) for the objects MIM exports, and admin consent.",
    why: "The connector authenticates with a client secret (certificate authentication is not documented), Application.Read.All is mandatory, and one app registration serves one management agent.",
    anchor: "graph-connector#prerequisites",
  },
  {
    id: "prepare-graph-install",
    phase: "prepare",
    when: { outcomes: ["graph-connector"] },
    title: "Install the Graph connector on the MIM Sync server",
    what: "Install .NET Framework 4.6.2 or later and the connector (the latest build Microsoft lists is 1.1.2057.0), then restart the Synchronization Service in a maintenance window.",
    why: "The connector requires MIM 2016 SP2 and .NET Framework 4.6.2 or later, and the Synchronization Service must be restarted after it is installed.",
    anchor: "prerequisites#graph-connector",
  },
];
