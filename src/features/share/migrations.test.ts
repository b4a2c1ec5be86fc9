import { describe, expect, it } from "vitest";
import { decodeShare } from "./decode";
import { buildVersioning, currentVersion, versioning, type ShareParams } from "./migrations";

describe("share link versions", () => {
  it("is at version 1, which reads as itself", () => {
    expect(currentVersion).toBe(1);
    const params: ShareParams = [["engine", "mim-2016-sp2"]];
    expect(versioning.migrations.get(1)?.(params)).toEqual(params);
  });

  it("lets a new version be released by writing one upgrade function, and old links keep working", () => {
    // A pretend v2 in which v1's `directory=generic-ldap` had been renamed to today's `ldap`.
    const v2 = buildVersioning([
      (params) =>
        params.map(([name, value]) => [name, name === "directory" && value === "generic-ldap" ? "ldap" : value]),
    ]);
    expect(v2.currentVersion).toBe(2);
    const oldLink = "v=1&engine=mim-2016-sp2&directory=generic-ldap&licenses=p1-p2&environment=production";
    expect(decodeShare(oldLink, v2)).toMatchObject({ ok: true, version: 1, answers: { directory: "ldap" } });
    expect(decodeShare(oldLink.replace("v=1", "v=2"), v2)).toMatchObject({ ok: false });
    expect(decodeShare(oldLink.replace("v=1", "v=3"), v2)).toMatchObject({
      ok: false,
      problems: [{ kind: "future-version" }, { kind: "invalid-value", value: "generic-ldap" }],
    });
  });
});
