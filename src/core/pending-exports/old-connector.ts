import type { CsObject, Hologram } from "./cs-object";
import { readPendingExport, type PendingFileOptions, type PendingSource } from "./read-file";
import { cloudIdOf } from "./cloud-id";
import { detachAll } from "./detach";
import { identityOf } from "./values";
import type { ConnectorObject, PendingExportSummary } from "./types";

/**
 * The users, groups and contacts of a connector space, with their anchors: read from the old
 * connector's own agent (`csexport "<its agent name>" all.xml` with no filter, so every object
 * is written, not only those with pending exports), they give the anchors of its groups and
 * contacts, which Microsoft Graph does not show.
 *
 * Which attribute holds what, on the old connector's (cloud-side) objects, is NOT confirmed from
 * public material: the names read here are those Connect Sync's own Entra connector uses
 * (`sourceAnchor`, per Microsoft's CSAnalyzer script; `cloudAnchor`) and Graph's `objectId`.
 * The connector space anchor (`<anchor>`) is always read.
 */

/** The object types returned (lower case), as both connectors name them. */
export const connectorObjectTypes = new Set(["user", "group", "contact"]);

/** At most this many objects are returned (about 300 bytes each); more are counted in `leftOut`. */
export const MAX_CONNECTOR_OBJECTS = 500_000;

const first = (hologram: Hologram | undefined, name: string) => hologram?.attributes.get(name)?.values[0]?.trim() ?? "";

/** One object as the match check needs it, or undefined for another object type. */
export function toConnectorObject(object: CsObject): ConnectorObject | undefined {
  if (!connectorObjectTypes.has(object.objectType.toLowerCase())) return undefined;
  // The state as the directory has it (the synchronized hologram), else as it will be.
  const holograms = [object.before, object.after];
  const value = (name: string) => holograms.map((hologram) => first(hologram, name)).find(Boolean) ?? "";
  const identity = identityOf(object);
  const sourceAnchor = value("sourceanchor");
  const cloudAnchor = value("cloudanchor");
  const cloudId = cloudIdOf(cloudAnchor) || value("objectid");
  return detachAll({
    objectType: object.objectType,
    dn: object.dn,
    anchor: object.anchor,
    ...(sourceAnchor ? { sourceAnchor } : {}),
    ...(cloudAnchor ? { cloudAnchor } : {}),
    ...(cloudId ? { cloudId } : {}),
    ...(identity.displayName ? { displayName: identity.displayName } : {}),
    ...(identity.mail ? { mail: identity.mail } : {}),
    ...(identity.userPrincipalName ? { userPrincipalName: identity.userPrincipalName } : {}),
    ...(identity.primarySmtp ? { primarySmtp: identity.primarySmtp } : {}),
  });
}

export interface ConnectorObjects {
  readonly objects: readonly ConnectorObject[];
  /** Users, groups and contacts met beyond `MAX_CONNECTOR_OBJECTS`. */
  readonly leftOut: number;
  /** The file's summary: its problems, whether it was read whole, its connector's name. */
  readonly summary: PendingExportSummary;
}

/** Reads a csexport file for its users, groups and contacts (one pass, never throws). */
export async function oldConnectorObjects(
  source: PendingSource,
  options: PendingFileOptions = {},
): Promise<ConnectorObjects> {
  const objects: ConnectorObject[] = [];
  let leftOut = 0;
  const summary = await readPendingExport(source, {
    ...options,
    onObject: (object) => {
      options.onObject?.(object);
      const found = toConnectorObject(object);
      if (!found) return;
      if (objects.length < MAX_CONNECTOR_OBJECTS) objects.push(found);
      else leftOut += 1;
    },
  });
  return { objects, leftOut, summary };
}

/**
 * The keys the `old-connector-deletes` gate compares: sourceAnchors and cloud ids (not connector
 * space anchors, which each connector gives its own objects).
 */
export function oldConnectorKeys(objects: readonly ConnectorObject[]): string[] {
  return objects
    .flatMap((object) => [object.sourceAnchor ?? "", object.cloudAnchor ?? "", object.cloudId ?? ""])
    .filter(Boolean);
}
