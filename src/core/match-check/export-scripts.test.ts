import { describe, expect, it } from "vitest";
import { adColumns, entraColumns } from "./columns";
import { exportScriptTexts } from "./export-script-texts";
import { exportScripts } from "./export-scripts";

/** The keys of the [ordered]@{ … } the script writes each row from, in order. */
const writtenColumns = (script: string) =>
  [
    ...(script.split("[pscustomobject][ordered]@{")[1]?.split("\n        }")[0] ?? "").matchAll(/^\s*'([^']+)'\s*=/gm),
  ].map((match) => match[1]);

describe("the export scripts", () => {
  it("write exactly the columns the page reads, in the spec's order", () => {
    expect(writtenColumns(exportScriptTexts["ad-users"])).toEqual([...adColumns]);
    expect(writtenColumns(exportScriptTexts["entra-users"]).slice(0, entraColumns.length)).toEqual([...entraColumns]);
  });

  it("format what PowerShell would write by culture: ISO dates, GUID text, base64 bytes, ';'-joined lists", () => {
    expect(exportScriptTexts["entra-users"]).toContain(".ToString('o')");
    expect(exportScriptTexts["ad-users"]).toContain("ObjectGUID.ToString('D')");
    expect(exportScriptTexts["ad-users"]).toContain("[Convert]::ToBase64String([byte[]]$consistencyGuid)");
    expect(exportScriptTexts["ad-users"]).toContain("-join ';'");
    expect(exportScriptTexts["entra-users"]).toContain("$roles[$_.Id] -join ';'");
  });

  it("use Microsoft Graph PowerShell and the ActiveDirectory module only, read-only, asking for the spec's permissions", () => {
    const all = Object.values(exportScriptTexts).join("\n");
    expect(all).not.toMatch(/MSOnline|Connect-MsolService|AzureAD\b|Get-AzureAD|Connect-AzureAD/);
    expect(all).not.toMatch(/\b(?:Set|New|Remove|Update)-(?:AD|Mg)\w+/);
    expect(all).not.toMatch(/-Method (?:POST|PATCH|PUT|DELETE)/);
    for (const permission of [
      "User.Read.All",
      "RoleManagement.Read.Directory",
      "Domain.Read.All",
      "OnPremDirectorySynchronization.Read.All",
    ])
      expect(all).toContain(permission);
    for (const script of exportScripts) expect(exportScriptTexts[script.id]).toContain(".SYNOPSIS");
  });
});
