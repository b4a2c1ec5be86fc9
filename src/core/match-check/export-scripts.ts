/** The read-only scripts the match check offers: what each needs and reads (texts: export-script-texts.ts). */

export type ExportScriptId = "ad-users" | "entra-users" | "tenant-settings" | "ad-groups-contacts";

export interface ExportScript {
  readonly id: ExportScriptId;
  readonly fileName: string;
  readonly title: string;
  /** What it needs to run. */
  readonly needs: string;
  /** What it reads (and that it changes nothing). */
  readonly reads: string;
}

export const exportScripts: readonly ExportScript[] = [
  {
    id: "ad-users",
    fileName: "export-ad-users.ps1",
    title: "AD users, one file per forest",
    needs: "The ActiveDirectory PowerShell module (RSAT) and an account that can read the users' attributes.",
    reads:
      "Each user's distinguishedName, objectGUID, ms-DS-ConsistencyGuid, userPrincipalName, mail and proxyAddresses, in every domain of the forest or under a search base. It changes nothing.",
  },
  {
    id: "entra-users",
    fileName: "export-entra-users.ps1",
    title: "Entra users",
    needs:
      "Microsoft Graph PowerShell (Microsoft.Graph.Authentication, .Users and .Identity.DirectoryManagement) and consent to User.Read.All and RoleManagement.Read.Directory.",
    reads:
      "Each user's id, userPrincipalName, onPremisesImmutableId, onPremisesSyncEnabled, onPremisesLastSyncDateTime, mail and proxyAddresses, and the directory roles assigned to them. It changes nothing.",
  },
  {
    id: "tenant-settings",
    fileName: "export-tenant-settings.ps1",
    title: "Tenant settings (optional)",
    needs:
      "Microsoft Graph PowerShell (Microsoft.Graph.Authentication) and consent to OnPremDirectorySynchronization.Read.All and Domain.Read.All.",
    reads:
      "The tenant's on-premises synchronization features (soft-match and hard-match blocking among them) and each domain's authentication type, with the sign-in addresses of federated ones. It changes nothing.",
  },
  {
    id: "ad-groups-contacts",
    fileName: "export-ad-groups-contacts.ps1",
    title: "AD groups and contacts, one file per forest (optional, with the old connector's csexport)",
    needs:
      "The ActiveDirectory PowerShell module (RSAT) and an account that can read the groups' and contacts' attributes.",
    reads:
      "Each group's and contact's distinguishedName, objectClass, objectGUID, ms-DS-ConsistencyGuid, displayName, mail and proxyAddresses, in every domain of the forest or under a search base. It changes nothing.",
  },
];
