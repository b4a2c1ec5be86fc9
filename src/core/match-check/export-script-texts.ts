/**
 * The texts of the read-only scripts whose files the match check reads (their descriptions are
 * in export-scripts.ts; the texts load only when asked for). Each writes exactly the columns of
 * ./columns.ts, formatting what PowerShell would otherwise write in the culture's format: dates
 * with .ToString('o'), GUIDs as their canonical text, byte arrays as base64, multi-valued
 * attributes joined with ';'. Microsoft Graph PowerShell and the ActiveDirectory module only.
 */
import type { ExportScriptId } from "./export-scripts";

const adUsers = `<#
.SYNOPSIS
  Exports the users of one AD forest for the Entra Migration Advisor's match check. Read-only.

.DESCRIPTION
  Reads, for every user in each domain of the forest (or under -SearchBase): distinguishedName,
  objectGUID, ms-DS-ConsistencyGuid, userPrincipalName, mail and proxyAddresses. Changes nothing.
  Run it once per forest; give the match check every file.

  Needs: the ActiveDirectory module (RSAT) and an account that can read these attributes
  (any domain user can, unless you restricted them).

.EXAMPLE
  .\\export-ad-users.ps1 -Server contoso.com
  .\\export-ad-users.ps1 -Server dc01.fabrikam.com -SearchBase 'OU=Staff,DC=fabrikam,DC=com'
#>
#Requires -Modules ActiveDirectory
[CmdletBinding()]
param(
  # A domain controller or domain of the forest (DNS name).
  [Parameter(Mandatory = $true)][string]$Server,
  # Only the users under this container (then only its domain is read).
  [string]$SearchBase,
  [string]$Path
)

$forest = Get-ADForest -Server $Server
if (-not $Path) { $Path = Join-Path (Get-Location) ("ad-users-{0}.csv" -f $forest.Name) }

if ($SearchBase) {
  $domain = ($SearchBase -split ',' | Where-Object { $_ -match '^\\s*DC=' } | ForEach-Object { ($_ -split '=', 2)[1].Trim() }) -join '.'
  $searches = @(@{ Server = $domain; SearchBase = $SearchBase })
} else {
  $searches = @($forest.Domains | ForEach-Object { @{ Server = $_ } })
}

$properties = 'mS-DS-ConsistencyGuid', 'mail', 'proxyAddresses', 'userPrincipalName'
$count = 0
& {
  foreach ($search in $searches) {
    Write-Verbose ("Reading {0}" -f $search.Server)
    Get-ADUser @search -LDAPFilter '(objectCategory=person)' -Properties $properties -ResultPageSize 1000 |
      ForEach-Object {
        $consistencyGuid = $_.'mS-DS-ConsistencyGuid'
        [pscustomobject][ordered]@{
          'Forest'                = $forest.Name
          'DistinguishedName'     = $_.DistinguishedName
          'ObjectGUID'            = $_.ObjectGUID.ToString('D')
          'mS-DS-ConsistencyGuid' = if ($null -ne $consistencyGuid -and @($consistencyGuid).Count -gt 0) { [Convert]::ToBase64String([byte[]]$consistencyGuid) } else { '' }
          'UserPrincipalName'     = [string]$_.UserPrincipalName
          'Mail'                  = [string]$_.mail
          'ProxyAddresses'        = (@($_.proxyAddresses) -join ';')
        }
      }
  }
} | ForEach-Object { $count++; $_ } | Export-Csv -LiteralPath $Path -NoTypeInformation -Encoding UTF8

Write-Host ("{0} users written to {1}" -f $count, $Path)
`;

const entraUsers = `<#
.SYNOPSIS
  Exports the tenant's users for the Entra Migration Advisor's match check. Read-only.

.DESCRIPTION
  Reads every user's id, userPrincipalName, onPremisesImmutableId, onPremisesSyncEnabled,
  onPremisesLastSyncDateTime, mail and proxyAddresses, and the directory roles each one holds
  (active assignments; roles held only through a group or only eligible in PIM are not listed).
  Changes nothing.

  Needs: the Microsoft Graph PowerShell SDK (Install-Module Microsoft.Graph.Authentication,
  Microsoft.Graph.Users, Microsoft.Graph.Identity.DirectoryManagement) and consent to the
  delegated permissions User.Read.All and RoleManagement.Read.Directory.

.EXAMPLE
  .\\export-entra-users.ps1
#>
#Requires -Modules Microsoft.Graph.Authentication, Microsoft.Graph.Users, Microsoft.Graph.Identity.DirectoryManagement
[CmdletBinding()]
param([string]$Path = (Join-Path (Get-Location) 'entra-users.csv'))

Connect-MgGraph -Scopes 'User.Read.All', 'RoleManagement.Read.Directory' -NoWelcome

$roles = @{}
foreach ($role in Get-MgDirectoryRole -All) {
  foreach ($member in Get-MgDirectoryRoleMember -DirectoryRoleId $role.Id -All) {
    if (-not $roles.ContainsKey($member.Id)) { $roles[$member.Id] = New-Object System.Collections.Generic.List[string] }
    $roles[$member.Id].Add($role.DisplayName)
  }
}

$select = 'id', 'userPrincipalName', 'onPremisesImmutableId', 'onPremisesSyncEnabled', 'onPremisesLastSyncDateTime', 'mail', 'proxyAddresses'
$count = 0
Get-MgUser -All -PageSize 999 -Property $select |
  ForEach-Object {
    $count++
    [pscustomobject][ordered]@{
      'Id'                         = $_.Id
      'UserPrincipalName'          = [string]$_.UserPrincipalName
      'OnPremisesImmutableId'      = [string]$_.OnPremisesImmutableId
      'OnPremisesSyncEnabled'      = if ($null -eq $_.OnPremisesSyncEnabled) { '' } elseif ($_.OnPremisesSyncEnabled) { 'True' } else { 'False' }
      'OnPremisesLastSyncDateTime' = if ($null -eq $_.OnPremisesLastSyncDateTime) { '' } else { ([datetime]$_.OnPremisesLastSyncDateTime).ToString('o') }
      'Mail'                       = [string]$_.Mail
      'ProxyAddresses'             = (@($_.ProxyAddresses) -join ';')
      'AdminRoles'                 = if ($roles.ContainsKey($_.Id)) { $roles[$_.Id] -join ';' } else { '' }
    }
  } | Export-Csv -LiteralPath $Path -NoTypeInformation -Encoding UTF8

Write-Host ("{0} users written to {1}" -f $count, $Path)
`;

const tenantSettings = `<#
.SYNOPSIS
  Exports the tenant's synchronization settings and domains for the Entra Migration Advisor's
  match check. Read-only.

.DESCRIPTION
  Reads the on-premises synchronization features (blockSoftMatchEnabled,
  blockCloudObjectTakeoverThroughHardMatchEnabled, softMatchOnUpnEnabled and the rest), each domain's
  authenticationType, and for each federated domain its federation configuration (issuer and
  sign-in addresses; no certificates). Changes nothing.

  Needs: the Microsoft Graph PowerShell SDK (Microsoft.Graph.Authentication) and consent to the
  delegated permissions OnPremDirectorySynchronization.Read.All and Domain.Read.All.

.EXAMPLE
  .\\export-tenant-settings.ps1
#>
#Requires -Modules Microsoft.Graph.Authentication
[CmdletBinding()]
param([string]$Path = (Join-Path (Get-Location) 'tenant-settings.json'))

Connect-MgGraph -Scopes 'OnPremDirectorySynchronization.Read.All', 'Domain.Read.All' -NoWelcome

function Get-All([string]$Uri) {
  $items = @()
  while ($Uri) {
    $page = Invoke-MgGraphRequest -Method GET -Uri $Uri -OutputType PSObject
    if ($null -ne $page.value) { $items += @($page.value) } else { $items += $page }
    $Uri = $page.'@odata.nextLink'
  }
  $items
}

$sync = @(Get-All 'v1.0/directory/onPremisesSynchronization') | Select-Object -First 1
$domains = foreach ($domain in Get-All 'v1.0/domains') {
  $federation = $null
  if ($domain.authenticationType -eq 'Federated') {
    $configuration = @(Get-All ("v1.0/domains/{0}/federationConfiguration" -f $domain.id)) | Select-Object -First 1
    if ($configuration) {
      $federation = [ordered]@{
        issuerUri        = $configuration.issuerUri
        passiveSignInUri = $configuration.passiveSignInUri
        displayName      = $configuration.displayName
      }
    }
  }
  [ordered]@{
    id                 = $domain.id
    authenticationType = $domain.authenticationType
    isVerified         = $domain.isVerified
    federation         = $federation
  }
}

[ordered]@{
  onPremisesSynchronization = [ordered]@{ features = $sync.features }
  domains                   = @($domains)
  exportedAt                = (Get-Date).ToUniversalTime().ToString('o')
} | ConvertTo-Json -Depth 6 | Set-Content -LiteralPath $Path -Encoding UTF8

Write-Host ("Tenant settings written to {0}" -f $Path)
`;

const adGroupsContacts = `<#
.SYNOPSIS
  Exports the groups and contacts of one AD forest for the Entra Migration Advisor's match check.
  Read-only.

.DESCRIPTION
  Reads, for every group and contact in each domain of the forest (or under -SearchBase):
  distinguishedName, objectClass, objectGUID, ms-DS-ConsistencyGuid, displayName, mail and
  proxyAddresses. Changes nothing. Run it once per forest; give the match check every file,
  with the old connector's connector space export (csexport), which holds the anchors the old
  connector gave the groups and contacts in Entra (Microsoft Graph does not show them).

  Needs: the ActiveDirectory module (RSAT) and an account that can read these attributes
  (any domain user can, unless you restricted them).

.EXAMPLE
  .\\export-ad-groups-contacts.ps1 -Server contoso.com
  .\\export-ad-groups-contacts.ps1 -Server dc01.fabrikam.com -SearchBase 'OU=Groups,DC=fabrikam,DC=com'
#>
#Requires -Modules ActiveDirectory
[CmdletBinding()]
param(
  # A domain controller or domain of the forest (DNS name).
  [Parameter(Mandatory = $true)][string]$Server,
  # Only the groups and contacts under this container (then only its domain is read).
  [string]$SearchBase,
  [string]$Path
)

$forest = Get-ADForest -Server $Server
if (-not $Path) { $Path = Join-Path (Get-Location) ("ad-groups-contacts-{0}.csv" -f $forest.Name) }

if ($SearchBase) {
  $domain = ($SearchBase -split ',' | Where-Object { $_ -match '^\\s*DC=' } | ForEach-Object { ($_ -split '=', 2)[1].Trim() }) -join '.'
  $searches = @(@{ Server = $domain; SearchBase = $SearchBase })
} else {
  $searches = @($forest.Domains | ForEach-Object { @{ Server = $_ } })
}

$properties = 'mS-DS-ConsistencyGuid', 'displayName', 'mail', 'proxyAddresses'
$count = 0
& {
  foreach ($search in $searches) {
    Write-Verbose ("Reading {0}" -f $search.Server)
    Get-ADObject @search -LDAPFilter '(|(objectClass=group)(objectClass=contact))' -Properties $properties -ResultPageSize 1000 |
      ForEach-Object {
        $consistencyGuid = $_.'mS-DS-ConsistencyGuid'
        [pscustomobject][ordered]@{
          'Forest'                = $forest.Name
          'DistinguishedName'     = $_.DistinguishedName
          'ObjectClass'           = [string]$_.ObjectClass
          'ObjectGUID'            = $_.ObjectGUID.ToString('D')
          'mS-DS-ConsistencyGuid' = if ($null -ne $consistencyGuid -and @($consistencyGuid).Count -gt 0) { [Convert]::ToBase64String([byte[]]$consistencyGuid) } else { '' }
          'DisplayName'           = [string]$_.displayName
          'Mail'                  = [string]$_.mail
          'ProxyAddresses'        = (@($_.proxyAddresses) -join ';')
        }
      }
  }
} | ForEach-Object { $count++; $_ } | Export-Csv -LiteralPath $Path -NoTypeInformation -Encoding UTF8

Write-Host ("{0} groups and contacts written to {1}" -f $count, $Path)
`;

export const exportScriptTexts: Record<ExportScriptId, string> = {
  "ad-users": adUsers,
  "entra-users": entraUsers,
  "tenant-settings": tenantSettings,
  "ad-groups-contacts": adGroupsContacts,
};
