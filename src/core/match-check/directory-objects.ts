import { matchObjects, type MatchOptions } from "./match";
import { softKeys } from "./soft-keys";
import {
  directoryObjectKinds,
  type AdObject,
  type CloudObject,
  type DirectoryObjectKind,
  type MatchResult,
} from "./types";

/**
 * Groups and contacts: Microsoft Graph shows no on-premises anchor for them, so the cloud side is
 * the old connector's own connector space (csexport), where each object carries the
 * `sourceAnchor` the old connector flowed. This is the thin adapter from that reader's objects
 * (src/core/pending-exports: ConnectorObject) to the match engine's cloud objects.
 */

/** What the adapter needs of one connector space object (pending-exports' ConnectorObject has these). */
export interface OldConnectorObject {
  readonly objectType: string;
  readonly dn: string;
  /** The connector space anchor as written (not the cloud object's on-premises anchor). */
  readonly anchor: string;
  /** The `sourceAnchor` attribute: the on-premises anchor the cloud object carries. */
  readonly sourceAnchor?: string;
  readonly cloudId?: string;
  readonly displayName?: string;
  readonly mail?: string;
  readonly primarySmtp?: string;
}

export interface OldConnectorCloudObjects {
  /** Its groups and contacts that carry a sourceAnchor, as cloud objects of the old connector. */
  readonly objects: CloudObject[];
  /** Users with a sourceAnchor (the Entra users file covers them: counted only). */
  readonly users: number;
  /** Groups and contacts without a sourceAnchor: nothing to compare (counted, named on the page). */
  readonly withoutAnchor: number;
  /** Objects of other types (counted). */
  readonly others: number;
}

/** The kind of a connector space object type, whatever its case. */
export function kindOfObjectType(objectType: string): DirectoryObjectKind | "user" | undefined {
  const type = objectType.trim().toLowerCase();
  if (type === "group") return "group";
  if (type === "contact") return "contact";
  if (type === "user" || type === "person") return "user";
  return undefined;
}

/**
 * The old connector's groups and contacts as the engine's cloud objects: sync enabled, never
 * synced after the cut-off (the old connector's by definition), the sourceAnchor standing for the
 * ImmutableId, the primary SMTP address as the only soft key.
 */
export function cloudObjectsOfOldConnector(objects: Iterable<OldConnectorObject>): OldConnectorCloudObjects {
  const cloud: CloudObject[] = [];
  let users = 0;
  let withoutAnchor = 0;
  let others = 0;
  for (const object of objects) {
    const kind = kindOfObjectType(object.objectType);
    const sourceAnchor = object.sourceAnchor?.trim() ?? "";
    if (kind === undefined) others += 1;
    else if (kind === "user") users += sourceAnchor === "" ? 0 : 1;
    else if (sourceAnchor === "") withoutAnchor += 1;
    else
      cloud.push({
        kind,
        id: (object.cloudId ?? "").trim().toLowerCase(),
        userPrincipalName: "",
        displayName: object.displayName ?? "",
        connectorDn: object.dn,
        immutableId: sourceAnchor,
        syncEnabled: true,
        lastSync: undefined,
        softKeys: softKeys("", object.primarySmtp ? `SMTP:${object.primarySmtp}` : "", object.mail ?? ""),
        adminRoles: [],
      });
  }
  return { objects: cloud, users, withoutAnchor, others };
}

/** Whether a csexport is the old connector's: some object carries a sourceAnchor. */
export const isOldConnectorExport = (read: OldConnectorCloudObjects) => read.objects.length > 0 || read.users > 0;

/**
 * Groups against groups, contacts against contacts, each by the users' engine (matchObjects):
 * the same verdicts in the same order.
 */
export function matchDirectoryObjects(
  adObjects: readonly AdObject[],
  cloudObjects: readonly CloudObject[],
  options: Omit<MatchOptions, "kind">,
): Record<DirectoryObjectKind, MatchResult> {
  const byKind = (kind: DirectoryObjectKind) =>
    matchObjects(
      adObjects.filter((object) => object.kind === kind),
      cloudObjects.filter((object) => object.kind === kind),
      { ...options, kind },
    );
  return Object.fromEntries(directoryObjectKinds.map((kind) => [kind, byKind(kind)])) as Record<
    DirectoryObjectKind,
    MatchResult
  >;
}
