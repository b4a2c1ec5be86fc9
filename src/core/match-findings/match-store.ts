import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { safeLocalStorage } from "../../shared/safe-local-storage";
import { matchTargets, verdicts, type MatchTarget, type VerdictCounts } from "../match-check/types";

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
}

/** Validates what storage holds: anything malformed is dropped, never half-used. */
export function restoreMatch(value: unknown): SavedMatch | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const saved = value as Record<string, unknown>;
  const counts = saved.counts as Record<string, unknown> | undefined;
  if (typeof counts !== "object" || counts === null) return undefined;
  if (!verdicts.every((verdict) => Number.isInteger(counts[verdict]) && (counts[verdict] as number) >= 0))
    return undefined;
  if (!(matchTargets as readonly unknown[]).includes(saved.target)) return undefined;
  if (typeof saved.cutoff !== "string" || typeof saved.checkedAt !== "string") return undefined;
  if (Number.isNaN(Date.parse(saved.checkedAt))) return undefined;
  const files = Array.isArray(saved.files)
    ? saved.files.filter((name): name is string => typeof name === "string")
    : [];
  return {
    counts: Object.fromEntries(verdicts.map((verdict) => [verdict, counts[verdict] as number])) as VerdictCounts,
    target: saved.target as MatchTarget,
    cutoff: saved.cutoff,
    checkedAt: saved.checkedAt,
    files,
  };
}

interface MatchState {
  saved?: SavedMatch;
  save: (saved: SavedMatch) => void;
  forget: () => void;
}

/** The counts of the last match check, in this browser only (never in a share link). */
export const useMatchStore = create<MatchState>()(
  persist(
    (set) => ({
      saved: undefined,
      save: (saved) => set({ saved }),
      forget: () => set({ saved: undefined }),
    }),
    {
      name: MATCH_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => safeLocalStorage),
      skipHydration: true,
      partialize: (state) => ({ saved: state.saved }),
      merge: (persisted, current) => ({
        ...current,
        saved: restoreMatch((persisted as { saved?: unknown } | null)?.saved),
      }),
    },
  ),
);

let rehydration: Promise<void> | undefined;

export function rehydrateMatch(): Promise<void> {
  rehydration ??= Promise.resolve(useMatchStore.persist.rehydrate());
  return rehydration;
}
