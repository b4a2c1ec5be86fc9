import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { safeLocalStorage } from "../../shared/safe-local-storage";
import {
  gateIds,
  pendingOperations,
  type GateId,
  type GateResult,
  type PendingOperation,
} from "../pending-exports/types";

export const PENDING_STORAGE_KEY = "ema-pending-exports";

/** One count of the file: an object type and an operation. */
export interface SavedPendingCount {
  readonly objectType: string;
  readonly operation: PendingOperation;
  readonly count: number;
}

export interface SavedGate {
  readonly id: GateId;
  readonly result: GateResult;
  readonly reason: string;
}

/** What the plan needs of the last pending-exports check: counts and gates, never an object. */
export interface SavedPending {
  readonly file: string;
  /** The file's last-modified time (ISO 8601), when the browser gave one. */
  readonly fileDate?: string;
  /** When it was read here (ISO 8601). */
  readonly checkedAt: string;
  readonly connectorName?: string;
  readonly deleteThreshold: number;
  readonly counts: readonly SavedPendingCount[];
  /** Every gate, in `gateIds` order. */
  readonly gates: readonly SavedGate[];
}

const gateResults: readonly unknown[] = ["pass", "fail", "unknown"];
const isIso = (value: unknown): value is string => typeof value === "string" && !Number.isNaN(Date.parse(value));

function restoreGates(value: unknown): SavedGate[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const gates = gateIds.map((id) => {
    const gate = (value as unknown[]).find(
      (entry): entry is Record<string, unknown> =>
        typeof entry === "object" && entry !== null && (entry as { id?: unknown }).id === id,
    );
    if (!gate || !gateResults.includes(gate.result) || typeof gate.reason !== "string") return undefined;
    return { id, result: gate.result as GateResult, reason: gate.reason };
  });
  return gates.every((gate) => gate !== undefined) ? gates : undefined;
}

function restoreCounts(value: unknown): SavedPendingCount[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const counts: SavedPendingCount[] = [];
  for (const entry of value as unknown[]) {
    const { objectType, operation, count } = (entry ?? {}) as Record<string, unknown>;
    if (typeof objectType !== "string" || !(pendingOperations as readonly unknown[]).includes(operation))
      return undefined;
    if (!Number.isInteger(count) || (count as number) < 0) return undefined;
    counts.push({ objectType, operation: operation as PendingOperation, count: count as number });
  }
  return counts;
}

/** Validates what storage holds: anything malformed is dropped, never half-used. */
export function restorePending(value: unknown): SavedPending | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const saved = value as Record<string, unknown>;
  if (typeof saved.file !== "string" || !isIso(saved.checkedAt)) return undefined;
  if (!Number.isInteger(saved.deleteThreshold) || (saved.deleteThreshold as number) < 0) return undefined;
  const counts = restoreCounts(saved.counts);
  const gates = restoreGates(saved.gates);
  if (!counts || !gates) return undefined;
  return {
    file: saved.file,
    ...(isIso(saved.fileDate) ? { fileDate: saved.fileDate } : {}),
    checkedAt: saved.checkedAt,
    ...(typeof saved.connectorName === "string" && saved.connectorName ? { connectorName: saved.connectorName } : {}),
    deleteThreshold: saved.deleteThreshold as number,
    counts,
    gates,
  };
}

interface PendingState {
  saved?: SavedPending;
  save: (saved: SavedPending) => void;
  forget: () => void;
}

/** The last pending-exports check, in this browser only (never in a share link). */
export const usePendingStore = create<PendingState>()(
  persist(
    (set) => ({
      saved: undefined,
      save: (saved) => set({ saved }),
      forget: () => set({ saved: undefined }),
    }),
    {
      name: PENDING_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => safeLocalStorage),
      skipHydration: true,
      partialize: (state) => ({ saved: state.saved }),
      merge: (persisted, current) => ({
        ...current,
        saved: restorePending((persisted as { saved?: unknown } | null)?.saved),
      }),
    },
  ),
);

let rehydration: Promise<void> | undefined;

export function rehydratePending(): Promise<void> {
  rehydration ??= Promise.resolve(usePendingStore.persist.rehydrate());
  return rehydration;
}
