import { describe, expect, it } from "vitest";
import { decodeShare } from "./decode";
import { buildVersioning, currentVersion, upgrades, versioning, type ShareParams } from "./migrations";

describe("share link versions", () => {
  it("is at version 3, which reads as itself", () => {
    expect(currentVersion).toBe(3);
    const params: ShareParams = [["engine", "mim-2016-sp2"]];
    expect(versioning.migrations.get(3)?.(params)).toEqual(params);
  });

  it("upgrades v2 parameters by keeping them all and taking federation as unsure, dropping what v2 never had", () => {
    const upgrade = versioning.migrations.get(2)!;
    const params: ShareParams = [
      ["engine", "mim-2016-sp2"],
      ["directory", "none"],
    ];
    expect(upgrade(params)).toEqual([...params, ["federation", "unsure"]]);
    expect(upgrade([...params, ["federation", "adfs"]])).toEqual([...params, ["federation", "unsure"]]);
    expect(upgrade([["engine", "mim-2016-sp3"]])).toEqual([["federation", "unsure"]]);
  });

  it("upgrades v1 parameters by adding v2's questions where the v1 answers ask them, with the spec's defaults", () => {
    const upgrade = buildVersioning(upgrades.slice(0, 1)).migrations.get(1)!;
    const bigDomain: ShareParams = [
      ["directory", "ad"],
      ["in-ad", "can-add"],
      ["largest-domain", "over-150k"],
    ];
    expect(upgrade(bigDomain)).toEqual([...bigDomain, ["total-objects", "100k-or-more"], ["mail-objects", "unsure"]]);
    const alreadyInAd: ShareParams = [
      ["directory", "ad"],
      ["in-ad", "already"],
      ["largest-domain", "under-100k"],
    ];
    expect(upgrade(alreadyInAd)).toEqual([...alreadyInAd, ["total-objects", "unsure"]]);
    expect(upgrade([["directory", "none"]])).toEqual([
      ["directory", "none"],
      ["mail-objects", "unsure"],
    ]);
    // A v1 link never had these parameters: whatever it says for them is dropped, not read.
    expect(
      upgrade([
        ["directory", "ad"],
        ["total-objects", "under-100k"],
      ]),
    ).toEqual([["directory", "ad"]]);
  });

  it("lets a new version be released by writing one upgrade function, and old links keep working", () => {
    // A pretend v4 in which v3's `directory=generic-ldap` had been renamed to today's `ldap`.
    const v4 = buildVersioning([
      ...upgrades,
      (params) =>
        params.map(([name, value]) => [name, name === "directory" && value === "generic-ldap" ? "ldap" : value]),
    ]);
    expect(v4.currentVersion).toBe(4);
    const oldLink =
      "v=3&engine=mim-2016-sp2&directory=generic-ldap&total-objects=unsure&federation=managed&licenses=p1-p2&mail-objects=no&environment=production";
    expect(decodeShare(oldLink, v4)).toMatchObject({ ok: true, version: 3, answers: { directory: "ldap" } });
    expect(decodeShare(oldLink.replace("v=3", "v=4"), v4)).toMatchObject({ ok: false });
    expect(decodeShare(oldLink.replace("v=3", "v=5"), v4)).toMatchObject({
      ok: false,
      problems: [{ kind: "future-version" }, { kind: "invalid-value", value: "generic-ldap" }],
    });
  });
});
