const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The object id in a cloudAnchor value: the value itself when it is a GUID, or the GUID after a
 * type prefix (`User_<guid>`, the shape Connect Sync's Entra connector shows; our reading, not
 * documented). Anything else: empty (the raw value stays in `cloudAnchor`).
 */
export function cloudIdOf(cloudAnchor: string): string {
  const bare = cloudAnchor.trim().replace(/^[A-Za-z]+_/, "");
  return GUID.test(bare) ? bare.toLowerCase() : "";
}
