import type { ImportedExport, Metaverse } from "./types";

/**
 * Each export file names the sync server that wrote it (`server` on its root element). Files from
 * several servers are grouped by that name and never merged: one server's deletion rules say
 * nothing about another server's agents.
 */
export interface ServerGroup {
  /** The key compared (the name in lower case; empty when a file names no server). */
  readonly key: string;
  /** The name as written, or "" when the files name none. */
  readonly name: string;
  readonly agents: number;
  readonly metaverse: boolean;
}

const keyOf = (server: string | undefined) => (server ?? "").trim().toLowerCase();

export const sameServer = (a: string | undefined, b: string | undefined) => keyOf(a) === keyOf(b);

function metaverses(imported: ImportedExport): Metaverse[] {
  return [imported.metaverse, ...(imported.otherMetaverses ?? [])].filter((mv): mv is Metaverse => mv !== undefined);
}

export function serverGroups(imported: ImportedExport): ServerGroup[] {
  const groups = new Map<string, { name: string; agents: number; metaverse: boolean }>();
  const add = (server: string | undefined) => {
    const key = keyOf(server);
    const group = groups.get(key) ?? { name: (server ?? "").trim(), agents: 0, metaverse: false };
    groups.set(key, group);
    return group;
  };
  for (const agent of imported.agents) add(agent.server).agents += 1;
  for (const mv of metaverses(imported)) add(mv.server).metaverse = true;
  return [...groups].map(([key, group]) => ({ key, ...group }));
}

/** The export of one server only: its agents and its MV.XML. */
export function scopeToServer(imported: ImportedExport, key: string): ImportedExport {
  const metaverse = metaverses(imported).find((mv) => keyOf(mv.server) === key);
  return {
    agents: imported.agents.filter((agent) => keyOf(agent.server) === key),
    ...(metaverse ? { metaverse } : {}),
    problems: imported.problems,
    files: imported.files,
  };
}

/** How a server is named on the page. */
export const serverLabel = (group: Pick<ServerGroup, "name">) => group.name || "a server the files do not name";
