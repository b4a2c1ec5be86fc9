import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { guidToImmutableId } from "./anchor";
import { matchUsers } from "./match";
import { domainOfDn, psQuote } from "./powershell";
import { reportColumns, reportCsv } from "./report";
import { stampScript } from "./stamp-script";
import { adUser, guid, oldUser, population } from "./testing/population";

async function sample() {
  const read = await population(
    [
      adUser(1, { UserPrincipalName: "=cmd@contoso.com" }),
      adUser(2, {
        UserPrincipalName: "o'brien@contoso.com",
        DistinguishedName: "CN=O'Brien\\, Pat,OU=Staff,DC=emea,DC=contoso,DC=com",
      }),
      adUser(3, { UserPrincipalName: "new@contoso.com" }),
    ],
    [
      oldUser(1, { UserPrincipalName: "=cmd@contoso.com", OnPremisesImmutableId: guidToImmutableId(guid(1)) }),
      oldUser(2, {
        UserPrincipalName: "o'brien@contoso.com",
        OnPremisesImmutableId: "+/8AAQIDBAUGBwgJCgsMDQ4PEA==".slice(0, 22) + "==",
      }),
      oldUser(3, {
        UserPrincipalName: "late@contoso.com",
        OnPremisesImmutableId: "x",
        OnPremisesLastSyncDateTime: "2025-01-01T00:00:00Z",
      }),
    ],
  );
  return matchUsers(read.adUsers, read.entraUsers, { target: "cloud-sync" });
}

describe("the report CSV", () => {
  it("has the spec's columns, one row per old-connector user and unclaimed AD user, other-engine users left out", async () => {
    const rows = parse(reportCsv(await sample()), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...reportColumns]);
    expect(rows.map((row) => row.Verdict)).toEqual(["stamp-needed", "hard-match", "new"]);
    expect(rows.find((row) => row.Verdict === "stamp-needed")?.ADDistinguishedName).toContain("O'Brien");
  });

  it("defuses formulas in text but leaves base64 anchors as they are", async () => {
    const rows = parse(reportCsv(await sample()), { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.Verdict === "hard-match")?.UserPrincipalName).toBe("'=cmd@contoso.com");
    expect(rows.find((row) => row.Verdict === "stamp-needed")?.ImmutableId).toMatch(/^\+/);
  });
});

describe("the stamping script", () => {
  it("lists only the stamp-needed users, by ObjectGUID and domain, rehearses by default and logs", async () => {
    const script = stampScript(await sample(), "2026-12-03");
    expect(script).toContain(`ObjectGUID = '${guid(2)}'; Server = 'emea.contoso.com'`);
    expect(script).not.toContain(guid(1));
    expect(script).toContain("UserPrincipalName = 'o''brien@contoso.com'");
    expect(script).toContain("if (-not $Apply) { $WhatIfPreference = $true }");
    expect(script).toContain("SupportsShouldProcess");
    expect(script).toMatch(/SKIPPED .*already set/);
    expect(script).not.toMatch(/MSOnline|AzureAD|Connect-MsolService/);
  });

  it("quotes PowerShell strings and finds a DN's domain", () => {
    expect(psQuote("it's")).toBe("'it''s'");
    expect(psQuote("a\u2019b")).toBe("'a\u2019\u2019b'");
    expect(domainOfDn("CN=Smith\\, DC=x,OU=Staff,DC=corp,DC=contoso,DC=com")).toBe("corp.contoso.com");
  });
});
