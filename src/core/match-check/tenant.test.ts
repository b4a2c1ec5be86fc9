import { describe, expect, it } from "vitest";
import { deriveFederation, readTenantSettings } from "./tenant";

const file = (domains: unknown[], features: Record<string, unknown> = {}) =>
  JSON.stringify({ onPremisesSynchronization: { features }, domains });

const read = (json: string) => {
  const { tenant, problems } = readTenantSettings("tenant-settings.json", json);
  expect(problems).toEqual([]);
  return tenant!;
};

describe("the tenant settings file", () => {
  it("reads the synchronization features", () => {
    const tenant = read(
      file([], { blockSoftMatchEnabled: true, blockCloudObjectTakeoverThroughHardMatchEnabled: false }),
    );
    expect(tenant.blockSoftMatchEnabled).toBe(true);
    expect(tenant.blockCloudObjectTakeoverThroughHardMatchEnabled).toBe(false);
    expect(tenant.softMatchOnUpnEnabled).toBeUndefined();
  });

  it("names the file when it is not JSON", () => {
    expect(readTenantSettings("tenant.json", "{ not json").problems[0]?.message).toContain("tenant.json");
  });
});

describe("the federation answer the tenant file gives", () => {
  it("is managed when no domain is federated", () => {
    const finding = deriveFederation(read(file([{ id: "contoso.com", authenticationType: "Managed" }])));
    expect(finding.value).toBe("managed");
    expect(finding.evidence[0]).toContain("None");
  });

  it("is adfs when every federated domain signs in at AD FS's /adfs/ls/", () => {
    const finding = deriveFederation(
      read(
        file([
          {
            id: "contoso.com",
            authenticationType: "Federated",
            federation: {
              issuerUri: "http://sts.contoso.com/adfs/services/trust",
              passiveSignInUri: "https://sts.contoso.com/adfs/ls/",
            },
          },
          { id: "contoso.onmicrosoft.com", authenticationType: "Managed" },
        ]),
      ),
    );
    expect(finding.value).toBe("adfs");
    expect(finding.evidence.join(" ")).toContain("contoso.com is federated");
  });

  it("gives no answer (ask) when a federated domain signs in elsewhere or the file cannot tell", () => {
    for (const federation of [{ passiveSignInUri: "https://idp.example.com/sso/wsfed" }, null]) {
      const finding = deriveFederation(
        read(file([{ id: "contoso.com", authenticationType: "Federated", federation }])),
      );
      expect(finding.value).toBeUndefined();
      expect(finding.evidence).toHaveLength(1);
    }
  });
});
