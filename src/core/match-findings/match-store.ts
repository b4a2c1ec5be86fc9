import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { safeLocalStorage } from "../../shared/safe-local-storage";
import {
  directoryObjectKinds,
  matchTargets,
  verdicts,
  type DirectoryObjectKind,
  type MatchTarget,
  type VerdictCounts,
} from "../match-check/types";

export const MATCH_STORAGE_KEY = "ema-match-counts";

/** What the plan needs of the last match check: counts only, never a row. */
export interface SavedMatch {
  readonly counts: VerdictCounts;
  readonly target: MatchTarget;
  /** The cut-off used (yyyy-mm-dd). */
  readonly cutoff: string;
  /** When it was checked (ISO 8601). */
  readonly checkedAt: string;
  readonly files: readonly string[];
  /** Groups' and contacts' counts, when the old connector's csexport was read with them. */
  readonly objects?: Readonly<Record<DirectoryObjectKind, VerdictCounts>>;
}

function restoreCounts(value: unknown): VerdictCounts | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const counts = value as Record<string, unknown>;
  if (!verdicts.every((verdict) => Number.isInteger(counts[verdict]) && (counts[verdict] as number) >= 0))
    return undefined;
  return Object.fromEntries(verdicts.map((verdict) => [verdict, counts[verdict] as number])) as VerdictCounts;
}

/** Groups' and contacts' counts: both kinds valid, or none kept. */
function restoreObjectCounts(value: unknown): Record<DirectoryObjectKind, VerdictCounts> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const entries = directoryObjectKinds.map((kind) => [kind, restoreCounts((value as Record<string, unknown>)[kind])]);
  if (entries.some(([, counts]) => counts === undefined)) return undefined;
  return Object.fromEntries(entries) as Record<DirectoryObjectKind, VerdictCounts>;
}

/** Validates what storage holds: anything malformed is dropped, never half-used. */
export function restoreMatch(value: unknown): SavedMatch | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const saved = value as Record<string, unknown>;
  const counts = restoreCounts(saved.counts);
  if (!counts) return undefined;
  if (!(matchTargets as readonly unknown[]).includes(saved.target)) return undefined;
  if (typeof saved.cutoff !== "string" || typeof saved.checkedAt !== "string") return undefined;
  if (Number.isNaN(Date.parse(saved.checkedAt))) return undefined;
  const files = Array.isArray(saved.files)
    ? saved.files.filter((name): name is string => typeof name === "string")
    : [];
  const objects = restoreObjectCounts(saved.objects);
  return {
    counts,
    target: saved.target as MatchTarget,
    cutoff: saved.cutoff,
    checkedAt: saved.checkedAt,
    files,
    ...(objects ? { objects } : {}),
  };
}

/** An advisor answer the visitor took from the tenant file ("Use this answer" on /match), with its evidence. */
export interface AppliedAnswer {
  readonly value: string;
  readonly evidence: readonly string[];
}

/** Validates the answers given from the tenant file: each a question id with a value and evidence lines. */
export function restoreApplied(value: unknown): Readonly<Record<string, AppliedAnswer>> {
  if (typeof value !== "object" || value === null) return {};
  const entries = Object.entries(value as Record<string, unknown>).flatMap(([questionId, answer]) => {
    const { value: given, evidence } = (answer ?? {}) as { value?: unknown; evidence?: unknown };
    if (typeof given !== "string" || !Array.isArray(evidence)) return [];
    return [[questionId, { value: given, evidence: evidence.filter((line) => typeof line === "string") }] as const];
  });
  return Object.fromEntries(entries);
}

interface MatchState {
  saved?: SavedMatch;
  /** Answers given to the advisor from the tenant file, marked "From your export" on the question pages. */
  applied: Readonly<Record<string, AppliedAnswer>>;
  save: (saved: SavedMatch) => void;
  markApplied: (questionId: string, answer: AppliedAnswer) => void;
  /** The visitor changed an answer the file gave: it is theirs now. */
  unmarkApplied: (questionId: string) => void;
  forget: () => void;
}

/** The counts of the last match check, in this browser only (never in a share link). */
export const useMatchStore = create<MatchState>()(
  persist(
    (set, get) => ({
      saved: undefined,
      applied: {},
      save: (saved) => set({ saved }),
      markApplied: (questionId, answer) => set({ applied: { ...get().applied, [questionId]: answer } }),
      unmarkApplied: (questionId) => {
        const { [questionId]: gone, ...rest } = get().applied;
        if (gone) set({ applied: rest });
      },
      forget: () => set({ saved: undefined, applied: {} }),
    }),
    {
      name: MATCH_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => safeLocalStorage),
      skipHydration: true,
      partialize: (state) => ({ saved: state.saved, applied: state.applied }),
      merge: (persisted, current) => ({
        ...current,
        saved: restoreMatch((persisted as { saved?: unknown } | null)?.saved),
        applied: restoreApplied((persisted as { applied?: unknown } | null)?.applied),
      }),
    },
  ),
);

let rehydration: Promise<void> | undefined;

export function rehydrateMatch(): Promise<void> {
  rehydration ??= Promise.resolve(useMatchStore.persist.rehydrate());
  return rehydration;
}
