/**
 * Share-link versions. Each released version stays readable forever: a link decodes by
 * upgrading its parameters one version at a time to the current one, then validating them
 * against today's question graph.
 */

import type { Answers } from "../decision/answers";
import { isAddedInV2, v2Additions } from "../decision/v1-upgrade";
import { engineAddedInV3, isAddedInV3, v3Additions } from "../decision/v2-upgrade";

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

/**
 * v1 → v2 (1 December 2026): every v1 answer is kept, and the questions v2 added get the spec's
 * defaults where they are asked. A v1 link never carried v2's parameters, so any such parameter
 * in it is dropped rather than read with a meaning it did not have.
 */
const v1ToV2: Upgrade = (params) => {
  const kept = params.filter(([name]) => !isAddedInV2(name));
  const answers: Record<string, unknown> = {};
  for (const [name, value] of kept) {
    if (answers[name] === undefined) answers[name] = name === "needs" ? value.split(",") : value;
  }
  return [...kept, ...Object.entries(v2Additions(answers as Answers))] as ShareParams;
};

/**
 * v2 → v3 (3 December 2026): every v2 answer is kept and `federation`, asked always, is taken as
 * `unsure`. A v2 link never carried `federation` nor the engine value `mim-2016-sp3`: either is
 * dropped rather than read with a meaning it did not have (a dropped engine is then reported as
 * missing, and the link is not trusted).
 */
const v2ToV3: Upgrade = (params) => [
  ...params.filter(([name, value]) => !isAddedInV3(name) && !(name === "engine" && value === engineAddedInV3)),
  ...Object.entries(v3Additions()),
];

/** Released upgrades, oldest first. */
export const upgrades: readonly Upgrade[] = [v1ToV2, v2ToV3];

export const versioning = buildVersioning(upgrades);
export const currentVersion = versioning.currentVersion;
