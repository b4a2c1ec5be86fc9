/**
 * Share-link versions. Each released version stays readable forever: a link decodes by
 * upgrading its parameters one version at a time to the current one, then validating them
 * against today's question graph.
 */

/** A link's parameters as written (names and values decoded), in order; duplicates kept. */
export type ShareParams = readonly (readonly [name: string, value: string])[];

/** Turns one version's parameters into the next version's. */
export type Upgrade = (params: ShareParams) => ShareParams;

export interface Versioning {
  readonly currentVersion: number;
  /** From each released version to the current one (the current one maps to identity). */
  readonly migrations: ReadonlyMap<number, (params: ShareParams) => ShareParams>;
}

/** `upgrades[i]` turns version i + 1 into version i + 2: releasing v2 means appending one function. */
export function buildVersioning(upgrades: readonly Upgrade[]): Versioning {
  const currentVersion = upgrades.length + 1;
  const migrations = new Map<number, (params: ShareParams) => ShareParams>();
  for (let version = 1; version <= currentVersion; version++) {
    const steps = upgrades.slice(version - 1);
    migrations.set(version, (params) => steps.reduce((p, upgrade) => upgrade(p), params));
  }
  return { currentVersion, migrations };
}

/** Released upgrades, oldest first. Only v1 exists so far. */
export const upgrades: readonly Upgrade[] = [];

export const versioning = buildVersioning(upgrades);
export const currentVersion = versioning.currentVersion;
