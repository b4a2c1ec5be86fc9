/**
 * Names that mean the same thing to a reader of this guide. Microsoft renamed Azure Active
 * Directory to Microsoft Entra ID (and its hybrid tools with it), and runbooks, scripts and error
 * messages still use the old names: a search for any name in a group also searches for every
 * other name in it, in both directions. Matching ignores case and stop words ("for", "the").
 *
 * The product groups follow the "Old product names" table in content/guide/glossary.mdx; add a
 * name here when the guide learns it. The groups after them are the other words an engineer types
 * for what the guide calls one way ("ADFS" for AD FS, "orphans" for orphaned objects, "SP3" for
 * Service Pack 3): each has a test in scripts/search/build-index.test.ts.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  // Microsoft Entra ID
  [
    "Microsoft Entra ID",
    "Entra ID",
    "Azure AD",
    "Azure Active Directory",
    "AAD",
    "Windows Azure Active Directory",
    "Windows Azure AD",
  ],
  // Microsoft Entra Connect Sync
  [
    "Microsoft Entra Connect Sync",
    "Entra Connect Sync",
    "Connect Sync",
    "Microsoft Entra Connect",
    "Azure AD Connect",
    "Azure AD Connect Sync",
    "Azure Active Directory Connect",
    "AAD Connect",
    "AADC",
  ],
  // Microsoft Entra Connect cloud sync
  [
    "Microsoft Entra Connect cloud sync",
    "Entra Connect cloud sync",
    "cloud sync",
    "Azure AD Connect cloud sync",
    "Azure AD cloud sync",
    "AAD Connect cloud sync",
  ],
  // The deprecated connector this site is about
  [
    "FIM Connector for Microsoft Entra ID",
    "FIM Connector for Entra ID",
    "FIM Connector for Azure Active Directory",
    "FIM Connector for Azure AD",
    "Windows Azure Active Directory Connector",
    "Windows Azure Active Directory Connector for FIM",
    "Windows Azure AD Connector",
    "WAAD connector",
    "WAAD",
  ],
  // Licences
  [
    "Microsoft Entra ID P1",
    "Entra ID P1",
    "Azure AD Premium P1",
    "Azure Active Directory Premium P1",
    "AAD Premium P1",
  ],
  [
    "Microsoft Entra ID P2",
    "Entra ID P2",
    "Azure AD Premium P2",
    "Azure Active Directory Premium P2",
    "AAD Premium P2",
  ],
  ["Entra ID P1 or P2", "Azure AD Premium", "Azure Active Directory Premium", "AAD Premium"],
  // Words for the same thing in a migration runbook
  ["AD FS", "ADFS", "Active Directory Federation Services"],
  ["federated", "federation"],
  ["orphaned", "orphans", "orphan"],
  ["hard-deleted", "deleted for good", "permanently deleted"],
  ["recycle bin", "AD Recycle Bin", "Active Directory Recycle Bin"],
  ["writeback", "write back", "written back", "writes back"],
  ["SP3", "Service Pack 3"],
  ["SP2", "Service Pack 2"],
  ["ImmutableId", "Immutable ID"],
];
