/**
 * The match check's contract (../../../../shared/match-check.md): the targets, the verdicts in
 * the order they are shown, the flags, and the rows the readers produce. One place for each name.
 */

/** What the new engine will compute the anchor from, chosen on the page. */
export const matchTargets = ["cloud-sync", "connect-sync-consistencyguid", "connect-sync-objectguid"] as const;
export type MatchTarget = (typeof matchTargets)[number];

/** Every verdict, most urgent first (the order of the counts, the table and the report). */
export const verdicts = [
  "collision",
  "ambiguous",
  "cannot-match",
  "no-ad-object",
  "anchor-conflict",
  "not-guid",
  "stamp-needed",
  "cloud-takeover",
  "hard-match",
  "new",
  "other-engine",
] as const;
export type Verdict = (typeof verdicts)[number];

/** The verdicts that stop the first sync: the plan shows a no-go while any is above zero. */
export const blockingVerdicts = [
  "collision",
  "ambiguous",
  "cannot-match",
  "no-ad-object",
] as const satisfies readonly Verdict[];

/** The verdicts that need nothing done (left out of the table of users needing action). */
export const quietVerdicts = ["hard-match", "new", "other-engine"] as const satisfies readonly Verdict[];

/**
 * The kinds of object the check matches: users from the users files, groups and contacts from the
 * AD groups and contacts file and the old connector's connector space (csexport), because Graph
 * shows no on-premises anchor for groups and contacts.
 */
export const objectKinds = ["user", "group", "contact"] as const;
export type ObjectKind = (typeof objectKinds)[number];
/** The kinds whose anchors only the old connector's connector space records. */
export const directoryObjectKinds = ["group", "contact"] as const satisfies readonly ObjectKind[];
export type DirectoryObjectKind = (typeof directoryObjectKinds)[number];

export const matchFlags = ["admin-role", "hard-match-blocked"] as const;
export type MatchFlag = (typeof matchFlags)[number];

export type VerdictCounts = Record<Verdict, number>;

export function zeroCounts(): VerdictCounts {
  return Object.fromEntries(verdicts.map((verdict) => [verdict, 0])) as VerdictCounts;
}

/** One AD user, as read from the AD users CSV (or a group or contact: then `kind` says which). */
export interface AdUser {
  /** Undefined for users. */
  readonly kind?: DirectoryObjectKind;
  readonly forest: string;
  readonly distinguishedName: string;
  /** Canonical lower-case GUID text. */
  readonly objectGuid: string;
  /** base64 of objectGUID's bytes in .NET's Guid.ToByteArray() order. */
  readonly objectGuidAnchor: string;
  /** base64 of ms-DS-ConsistencyGuid's bytes as they are; empty when unset. */
  readonly consistencyGuid: string;
  /** Empty for groups and contacts. */
  readonly userPrincipalName: string;
  /** Groups and contacts: their displayName (what the page shows them by). */
  readonly displayName?: string;
  /** Lower-case soft keys: UPN and primary SMTP (groups and contacts: primary SMTP only), without empties or repeats. */
  readonly softKeys: readonly string[];
}

/** An AD user, group or contact: the engine treats them alike, by kind where the sources differ. */
export type AdObject = AdUser;

/** One Entra user, as read from the Entra users CSV. */
export interface EntraUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly immutableId: string;
  /** True, False, or undefined when empty (a cloud-only user). */
  readonly syncEnabled: boolean | undefined;
  /** Milliseconds since 1970, or undefined when never synced. */
  readonly lastSync: number | undefined;
  readonly softKeys: readonly string[];
  readonly adminRoles: readonly string[];
  /** Groups and contacts read from the old connector's connector space: which, and their displayName. */
  readonly kind?: DirectoryObjectKind;
  readonly displayName?: string;
  /** Groups and contacts: the connector space DN the old connector gave them. */
  readonly connectorDn?: string;
}

/**
 * An Entra user, or a group or contact as the old connector's connector space records it (its
 * sourceAnchor standing for the ImmutableId Graph does not show for them).
 */
export type CloudObject = EntraUser;

export interface TenantSettings {
  readonly blockSoftMatchEnabled?: boolean;
  readonly blockCloudObjectTakeoverThroughHardMatchEnabled?: boolean;
  readonly softMatchOnUpnEnabled?: boolean;
  readonly domains: readonly { readonly id: string; readonly authenticationType: string }[];
  /** What the tenant file says about federation, when the script could tell. */
  readonly federationIssuers?: readonly {
    readonly domain: string;
    readonly issuerUri?: string;
    readonly isAdfs?: boolean;
  }[];
}

/** One problem with one file; rows are 1-based data rows as a spreadsheet numbers them (header = 1). */
export interface FileProblem {
  readonly file: string;
  readonly message: string;
  readonly rows?: readonly number[];
  /** The page that reads a file of another kind. */
  readonly link?: { readonly path: string; readonly label: string };
}

/** One result row: an old-connector Entra user, or an AD user none of them claimed. */
export interface MatchRow {
  readonly verdict: Verdict;
  readonly flags: readonly MatchFlag[];
  readonly entra?: EntraUser;
  /** The matched AD user, or the single candidate, or the unclaimed AD user itself. */
  readonly ad?: AdUser;
  /** The anchor the target computes for `ad`. */
  readonly computedAnchor?: string;
}

export interface MatchResult {
  readonly target: MatchTarget;
  readonly counts: VerdictCounts;
  /** Every row but other-engine (counted, not listed), in verdict order. */
  readonly rows: readonly MatchRow[];
}
