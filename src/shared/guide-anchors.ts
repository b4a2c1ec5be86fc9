/**
 * Every guide section that another part of the site links to, as "<page slug>#<heading id>".
 * The heading ids are written explicitly in content/guide/*.mdx (`## Heading {#id}`), so
 * rewording a heading never breaks a link. A unit test checks each entry against the MDX
 * source and the link checker checks it against the built HTML: delete or rename a heading
 * here and there together, or the tests fail.
 *
 * The comment beside each anchor says which fact that section must hold.
 */
export const guideAnchors = [
  // overview
  "overview#what-the-connector-did", // what the old connector was, what it did, how it authenticated
  "overview#timeline", // released Feb 2014, deprecated Aug 2021, cannot connect since April 2024
  "overview#no-way-to-keep-it", // why there is no "keep it running" option: interfaces removed
  "overview#the-three-options", // the three replacements at a glance
  "overview#how-to-choose", // the order of preference: cloud sync, then Connect Sync, then Graph
  "overview#source-anchor-matching", // objects already in Entra: source anchor must match ImmutableId; soft match
  "overview#pilot-with-disjoint-scopes", // pilot first; old connector and new engine never export the same objects
  "overview#work-with-a-partner", // Microsoft recommends a partner for production changes

  // cloud-sync
  "cloud-sync#when-it-fits",
  "cloud-sync#data-flow", // MIM -> AD (AD MA) -> cloud sync -> Entra ID, with diagram
  "cloud-sync#supported-topologies",
  "cloud-sync#unique-objects-across-forests", // never matches a person across forests
  "cloud-sync#objects-per-domain", // 150,000 objects per AD domain
  "cloud-sync#group-size", // groups up to 50,000 members
  "cloud-sync#device-objects", // no GA device sync for hybrid join: preview dated 21 Jul 2026, no SLA
  "cloud-sync#device-writeback", // discontinued for cloud sync; Microsoft points to Cloud Kerberos trust
  "cloud-sync#attribute-filtering", // no attribute-value filtering, no advanced sync rules
  "cloud-sync#pta-and-ad-fs", // cannot configure PTA or AD FS
  "cloud-sync#cross-forest-references", // not supported
  "cloud-sync#prerequisites", // agent server, gMSA, roles, network, schema
  "cloud-sync#coexistence-with-connect-sync", // mutually exclusive scopes only
  "cloud-sync#migration-steps", // prepare, pilot, cut over, validate
  "cloud-sync#after-migration", // FIM/MIM sync engine may no longer be needed
  "cloud-sync#support",

  // connect-sync
  "connect-sync#when-it-fits",
  "connect-sync#data-flow", // MIM -> AD or LDAP -> Connect Sync -> Entra ID, with diagram
  "connect-sync#supported-topologies",
  "connect-sync#one-server-reaches-every-forest", // one Connect server must reach every forest
  "connect-sync#one-active-server-per-tenant", // extend the existing server; staging excepted
  "connect-sync#read-existing-anchor", // read an existing server's configured anchor before anything else
  "connect-sync#sql-database-size", // LocalDB 10 GB ~ 100,000 objects; full SQL; not shared with MIM
  "connect-sync#ldap-source", // Generic LDAP connector: advanced configuration, limited support
  "connect-sync#prerequisites",
  "connect-sync#version-deadline", // servers older than 2.5.79.0 stopped on 30 Sep 2026 (past); run the latest build
  "connect-sync#migration-steps",
  "connect-sync#install-staging", // custom install: ms-DS-ConsistencyGuid chosen, staging mode, sync not started
  "connect-sync#read-pending-exports", // import, sync, csexport /f:x, read before leaving staging mode; /pending-exports reads it
  "connect-sync#after-migration",
  "connect-sync#strategic-direction", // cloud sync is Microsoft's strategic direction

  // graph-connector
  "graph-connector#when-it-fits",
  "graph-connector#data-flow", // MIM -> Graph -> Entra ID, with diagram
  "graph-connector#not-for-directory-users", // for users and groups not provisioned on-premises
  "graph-connector#licensing", // needs Entra ID P1 or P2
  "graph-connector#no-overlap-with-connect", // must not touch objects Connect/cloud sync manage
  "graph-connector#existing-objects", // old connector's objects are directory-synced: convert SOA (preview) or recreate
  "graph-connector#mail-objects", // contacts, distribution and mail-enabled security groups are read-only in Graph
  "graph-connector#federated-users", // SOA transfer not supported for AD FS-federated users
  "graph-connector#prerequisites", // app registration, permissions, .NET, MIM 2016 SP2
  "graph-connector#limits",
  "graph-connector#migration-steps",
  "graph-connector#after-migration",

  // migrate-safely
  "migrate-safely#match-existing-objects", // hard match only (ImmutableId = new anchor); soft match refused; compare step
  "migrate-safely#orphaned-objects", // objects nothing will match: find them, match, convert or delete
  "migrate-safely#anchor-per-engine", // which attribute each engine takes its anchor from, per object type
  "migrate-safely#matching-step", // export ImmutableIds, compute anchors, compare, write ms-DS-ConsistencyGuid, pilot
  "migrate-safely#accidental-delete-protection", // Connect Sync threshold 500; cloud sync prevention; before first sync
  "migrate-safely#password-hash-sync", // PHS makes the on-premises password the cloud password
  "migrate-safely#rollback", // back out of a pilot and of a cut-over (the old connector cannot come back)
  "migrate-safely#carry-flows-over", // the old connector's flows and where each lands (table)
  "migrate-safely#exchange-hybrid", // mail attributes live in AD; recipient management stays on-premises
  "migrate-safely#federated-sign-in", // ImmutableID claim must issue the new anchor; wizard can rewrite AD FS rules; Get-MgDomain
  "migrate-safely#deleted-objects", // users soft-deleted 30 days; security and distribution groups hard-deleted
  "migrate-safely#writeback-and-mim", // MIM AD MA exports can overwrite what the new engine writes back (inference)

  // compare
  "compare#feature-table",
  "compare#where-sources-disagree",

  // topologies
  "topologies#single-forest",
  "topologies#several-connected-forests",
  "topologies#disconnected-forests",
  "topologies#same-person-in-several-forests",
  "topologies#ldap-directory",
  "topologies#no-on-premises-directory",

  // prerequisites
  "prerequisites#sync-engine", // MIM 2016 SP2
  "prerequisites#licences",
  "prerequisites#cloud-sync",
  "prerequisites#connect-sync",
  "prerequisites#graph-connector",

  // remove-old-connector
  "remove-old-connector#before-you-start",
  "remove-old-connector#deletion-rules",
  "remove-old-connector#checklist",
  "remove-old-connector#rules-extensions", // extensions naming the agent throw once it is gone
  "remove-old-connector#attribute-recall", // deleting the agent recalls its contributed values
  "remove-old-connector#connector-space",
  "remove-old-connector#run-profiles-and-schedules",
  "remove-old-connector#global-administrator-account",

  // lifecycle
  "lifecycle#mim-2016-support", // mainstream ended 12 Jan 2021, extended to 9 Jan 2029
  "lifecycle#fim-2010-r2",
  "lifecycle#upgrade-to-sp2", // SP2 = 4.6.34.0
  "lifecycle#upgrade-to-sp3", // SP3 recommended; in place from SP2 4.6.673.0; new Portal on SharePoint SE
  "lifecycle#what-it-means-for-each-option",
  "lifecycle#plan-beyond-mim", // MIM support ends 9 Jan 2029: plan what replaces it

  // changes
  "changes#advice-v2", // 1 Dec 2026: decision model v2 and the December review's corrections
  "changes#advice-v3", // 3 Dec 2026: decision model v3 and the procedure review

  // glossary
  "glossary#fim",
  "glossary#mim",
  "glossary#management-agent",
  "glossary#metaverse",
  "glossary#connector-space",
  "glossary#source-anchor",
  "glossary#immutableid",
  "glossary#soft-match",
  "glossary#hard-match",
  "glossary#cloud-sync-agent",
  "glossary#gmsa",
  "glossary#entra-id-p1-p2",
  "glossary#old-product-names",
] as const;

export type GuideAnchor = (typeof guideAnchors)[number];

export function splitAnchor(anchor: GuideAnchor): { slug: string; id: string } {
  const [slug, id] = anchor.split("#") as [string, string];
  return { slug, id };
}
