import { computeAnchor, isSixteenBytes, readsConsistencyGuid } from "./anchor";
import { DEFAULT_CUTOFF } from "./cutoff";
import {
  verdicts,
  zeroCounts,
  type AdUser,
  type EntraUser,
  type MatchFlag,
  type MatchResult,
  type MatchRow,
  type MatchTarget,
  type ObjectKind,
  type TenantSettings,
  type Verdict,
} from "./types";

export { DEFAULT_CUTOFF };

export interface MatchOptions {
  readonly target: MatchTarget;
  /** ISO date (yyyy-mm-dd, UTC midnight) or a full ISO 8601 time. */
  readonly cutoff?: string;
  readonly tenant?: TenantSettings;
  /** What is matched: users by default; groups and contacts by the same rules where the sources apply them. */
  readonly kind?: ObjectKind;
}

export function cutoffTime(cutoff: string = DEFAULT_CUTOFF): number {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(cutoff) ? `${cutoff}T00:00:00Z` : cutoff);
  return Number.isNaN(time) ? Date.parse(`${DEFAULT_CUTOFF}T00:00:00Z`) : time;
}

/**
 * Whether the old connector last synced this user: sync enabled and last synced before the
 * cut-off. A sync-enabled user with no last sync time is counted as the old connector's (our
 * inference: another engine that is running stamps the time).
 */
export function isOldConnectorUser(user: EntraUser, cutoff: number): boolean {
  return user.syncEnabled === true && (user.lastSync === undefined || user.lastSync < cutoff);
}

function indexBy<T>(items: Iterable<T>, keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      if (key === "") continue;
      const list = index.get(key);
      if (list === undefined) index.set(key, [item]);
      else if (!list.includes(item)) list.push(item);
    }
  }
  return index;
}

/**
 * Says, for every old-connector user and every AD user none of them claims, what the first
 * sync of the target engine will do (the spec's verdicts, in its order: hard match first, then
 * soft keys, then the AD users left over).
 */
export function matchUsers(
  adUsers: readonly AdUser[],
  entraUsers: readonly EntraUser[],
  options: MatchOptions,
): MatchResult {
  return matchObjects(adUsers, entraUsers, { ...options, kind: "user" });
}

/**
 * The one engine for every kind: users, and groups or contacts (the cloud side then being the old
 * connector's connector space objects, each with the sourceAnchor it flowed). Where the kinds
 * differ it is in two places only: the anchor the target computes (computeAnchor), and so
 * whether a stamp can make it match (readsConsistencyGuid); the soft keys the readers built
 * (groups and contacts: the primary SMTP address only, so a group that is not mail-enabled has none).
 */
export function matchObjects(
  adUsers: readonly AdUser[],
  entraUsers: readonly EntraUser[],
  options: MatchOptions,
): MatchResult {
  const { target, tenant } = options;
  const kind = options.kind ?? "user";
  const cutoff = cutoffTime(options.cutoff);
  const counts = zeroCounts();
  const entraRows: MatchRow[] = [];
  const adRows: MatchRow[] = [];
  const anchors = new Map<AdUser, string>();
  for (const user of adUsers) anchors.set(user, computeAnchor(user, target, kind));
  const anchorOf = (user: AdUser) => anchors.get(user) ?? "";

  const old: EntraUser[] = [];
  for (const user of entraUsers) {
    if (isOldConnectorUser(user, cutoff)) old.push(user);
    else if (user.syncEnabled === true) counts["other-engine"] += 1;
  }
  const adminFlag = (user: EntraUser): MatchFlag[] => (user.adminRoles.length > 0 ? ["admin-role"] : []);
  const entraRow = (entra: EntraUser, verdict: Verdict, ad?: AdUser): MatchRow => ({
    verdict,
    flags: adminFlag(entra),
    entra,
    ad,
    computedAnchor: ad && anchorOf(ad),
  });

  // Step 1: hard match on the computed anchor.
  const byAnchor = indexBy(adUsers, (user) => [anchorOf(user)]);
  const claimed = new Set<AdUser>();
  const settled = new Map<EntraUser, MatchRow>();
  const hardClaims = new Map<AdUser, EntraUser[]>();
  for (const entra of old) {
    const found = entra.immutableId === "" ? undefined : byAnchor.get(entra.immutableId);
    if (!found) continue;
    if (found.length > 1) settled.set(entra, entraRow(entra, "ambiguous"));
    else {
      const ad = found[0] as AdUser;
      hardClaims.set(ad, [...(hardClaims.get(ad) ?? []), entra]);
    }
  }
  for (const [ad, claimants] of hardClaims) {
    // Two users with one ImmutableId cannot both be this AD user: neither is settled safely.
    const verdict: Verdict = claimants.length > 1 ? "ambiguous" : "hard-match";
    if (verdict === "hard-match") claimed.add(ad);
    for (const entra of claimants)
      settled.set(entra, entraRow(entra, verdict, verdict === "hard-match" ? ad : undefined));
  }

  // Step 2: soft keys, among the AD users step 1 did not take.
  const bySoftKey = indexBy(
    adUsers.filter((user) => !claimed.has(user)),
    (user) => user.softKeys,
  );
  const single = new Map<EntraUser, AdUser>();
  const singledBy = new Map<AdUser, number>();
  for (const entra of old) {
    if (settled.has(entra)) continue;
    const candidates = new Set<AdUser>();
    for (const key of entra.softKeys) for (const user of bySoftKey.get(key) ?? []) candidates.add(user);
    if (candidates.size === 0) settled.set(entra, entraRow(entra, "no-ad-object"));
    else if (candidates.size > 1) settled.set(entra, entraRow(entra, "ambiguous"));
    else {
      const ad = candidates.values().next().value as AdUser;
      single.set(entra, ad);
      singledBy.set(ad, (singledBy.get(ad) ?? 0) + 1);
    }
  }
  for (const [entra, ad] of single) {
    if ((singledBy.get(ad) ?? 0) > 1) {
      settled.set(entra, entraRow(entra, "ambiguous", ad));
      continue;
    }
    let verdict: Verdict;
    if (!isSixteenBytes(entra.immutableId)) verdict = "not-guid";
    // objectGUID cannot be written: a target that reads only objectGUID for this kind cannot be made to match.
    else if (!readsConsistencyGuid(kind, target)) verdict = "cannot-match";
    else if (ad.consistencyGuid !== "") verdict = "anchor-conflict";
    else verdict = "stamp-needed";
    claimed.add(ad);
    settled.set(entra, entraRow(entra, verdict, ad));
  }
  for (const entra of old) {
    const row = settled.get(entra);
    if (row) entraRows.push(row);
  }

  // Steps 3 to 5: the AD users nobody claimed.
  const withImmutableId = indexBy(
    entraUsers.filter((user) => user.immutableId !== ""),
    (user) => user.softKeys,
  );
  const withoutImmutableId = indexBy(
    entraUsers.filter((user) => user.immutableId === ""),
    (user) => user.softKeys,
  );
  const takeoverBlocked = tenant?.blockCloudObjectTakeoverThroughHardMatchEnabled === true;
  for (const ad of adUsers) {
    if (claimed.has(ad)) continue;
    const collided = ad.softKeys.flatMap((key) => withImmutableId.get(key) ?? []);
    const takenOver = ad.softKeys.flatMap((key) => withoutImmutableId.get(key) ?? []);
    const verdict: Verdict = collided.length > 0 ? "collision" : takenOver.length > 0 ? "cloud-takeover" : "new";
    const others = collided.length > 0 ? collided : takenOver;
    const flags: MatchFlag[] = [];
    if (others.some((user) => user.adminRoles.length > 0)) flags.push("admin-role");
    // The setting blocks a hard match onto a cloud-managed object that carries an ImmutableId.
    if (takeoverBlocked && collided.some((user) => user.syncEnabled !== true)) flags.push("hard-match-blocked");
    adRows.push({ verdict, flags, entra: others[0], ad, computedAnchor: anchorOf(ad) });
  }

  // In verdict order, each verdict's Entra users first, then its AD users, each in file order
  // (buckets rather than a sort: 400,000 rows stay linear).
  const buckets = new Map<Verdict, MatchRow[]>(verdicts.map((verdict) => [verdict, []]));
  for (const row of entraRows) buckets.get(row.verdict)?.push(row);
  for (const row of adRows) buckets.get(row.verdict)?.push(row);
  const rows: MatchRow[] = [];
  for (const bucket of buckets.values()) for (const row of bucket) rows.push(row);
  for (const row of rows) counts[row.verdict] += 1;
  return { target, counts, rows };
}
