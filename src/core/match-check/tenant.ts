import type { FileProblem, TenantSettings } from "./types";

/**
 * The tenant settings file (written by the site's tenant script): the on-premises
 * synchronization features, the domains with their authentication type, and for each
 * federated domain what its federation configuration says.
 */
export interface TenantFile {
  readonly onPremisesSynchronization?: { readonly features?: Record<string, unknown> } | null;
  readonly domains?: readonly {
    readonly id?: unknown;
    readonly authenticationType?: unknown;
    readonly isVerified?: unknown;
    readonly federation?: { readonly issuerUri?: unknown; readonly passiveSignInUri?: unknown } | null;
  }[];
}

const bool = (value: unknown) => (typeof value === "boolean" ? value : undefined);
const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * AD FS answers passive sign-in at /adfs/ls/ on its federation service name: the only sign the
 * script can read. Another provider, or AD FS behind a custom path, cannot be told apart (our
 * inference, so a domain that does not look like AD FS is "ask", never "other-idp").
 */
export function looksLikeAdfs(passiveSignInUri: string): boolean {
  return /\/adfs\/ls\/?(?:$|\?)/i.test(passiveSignInUri);
}

export function readTenantSettings(file: string, json: string): { tenant?: TenantSettings; problems: FileProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch {
    return { problems: [{ file, message: `${file} is not valid JSON: export it again with the tenant script.` }] };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return {
      problems: [{ file, message: `${file} is not the tenant settings file: export it again with the tenant script.` }],
    };
  const data = parsed as TenantFile;
  const features = data.onPremisesSynchronization?.features ?? {};
  const domains = Array.isArray(data.domains) ? data.domains : [];
  return {
    tenant: {
      blockSoftMatchEnabled: bool(features.blockSoftMatchEnabled),
      blockCloudObjectTakeoverThroughHardMatchEnabled: bool(features.blockCloudObjectTakeoverThroughHardMatchEnabled),
      softMatchOnUpnEnabled: bool(features.softMatchOnUpnEnabled),
      domains: domains
        .filter((domain) => typeof domain.id === "string")
        .map((domain) => ({ id: text(domain.id), authenticationType: text(domain.authenticationType) })),
      federationIssuers: domains
        .filter((domain) => text(domain.authenticationType).toLowerCase() === "federated")
        .map((domain) => {
          const passive = text(domain.federation?.passiveSignInUri);
          return {
            domain: text(domain.id),
            issuerUri: text(domain.federation?.issuerUri) || undefined,
            isAdfs: passive === "" ? undefined : looksLikeAdfs(passive),
          };
        }),
    },
    problems: [],
  };
}

/** The advisor's `federation` values this file can give (unsure is never derived: the visitor says it). */
export type DerivedFederation = "managed" | "adfs";

export interface FederationFinding {
  /** undefined: the file cannot tell (a federated domain that is not clearly AD FS): ask. */
  readonly value?: DerivedFederation;
  readonly evidence: readonly string[];
}

/**
 * The advisor's `federation` answer from the tenant's domains: no federated domain → managed;
 * every federated domain signing in at AD FS's /adfs/ls/ → adfs; any other federated domain →
 * no answer (the visitor is asked: another provider or AD FS behind a custom address).
 */
export function deriveFederation(tenant: TenantSettings): FederationFinding {
  const federated = tenant.federationIssuers ?? [];
  if (tenant.domains.length === 0) return { evidence: ["The tenant file lists no domains."] };
  if (federated.length === 0)
    return {
      value: "managed",
      evidence: [
        `None of the tenant's ${tenant.domains.length === 1 ? "domain" : `${tenant.domains.length} domains`} is federated (every authenticationType is Managed).`,
      ],
    };
  const adfs = federated.filter((domain) => domain.isAdfs === true);
  const evidence = federated.map(
    (domain) =>
      `${domain.domain} is federated${domain.isAdfs === true ? ", signing in at AD FS's /adfs/ls/ address" : domain.isAdfs === false ? ", signing in at an address that is not AD FS's /adfs/ls/" : ", and the file does not say where it signs in"}${domain.issuerUri ? ` (issuer ${domain.issuerUri})` : ""}.`,
  );
  return adfs.length === federated.length ? { value: "adfs", evidence } : { evidence };
}
