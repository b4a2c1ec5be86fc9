import { rehydrateImport, useImportStore } from "../../../core/import-findings/import-store";
import { rehydrateMatch, useMatchStore } from "../../../core/match-findings/match-store";

/**
 * The answers the import and the match check gave, read from what each saved in this browser.
 * Loaded after the page has hydrated (from-export-mark.tsx): the marks come after hydration
 * anyway, and the two stores' code stays out of every question page's first load.
 */

export interface AppliedSnapshot {
  /** Question id → the value the file gave. */
  readonly applied: Readonly<Record<string, string>>;
  /** Question id → what in the file showed it, when saved. */
  readonly evidence: Readonly<Record<string, readonly string[]>>;
}

/** Reads both stores from this browser. */
export async function hydrateApplied(): Promise<void> {
  await Promise.all([rehydrateImport(), rehydrateMatch()]);
}

let last: { importSaved: unknown; matchApplied: unknown; snapshot: AppliedSnapshot } | undefined;

/** The answers both gave, the same object until either store changes (for useSyncExternalStore). */
export function appliedSnapshot(): AppliedSnapshot {
  const importSaved = useImportStore.getState().saved;
  const matchApplied = useMatchStore.getState().applied;
  if (last && last.importSaved === importSaved && last.matchApplied === matchApplied) return last.snapshot;
  const snapshot: AppliedSnapshot = {
    applied: {
      ...importSaved?.applied,
      ...Object.fromEntries(Object.entries(matchApplied).map(([id, answer]) => [id, answer.value])),
    },
    evidence: {
      ...importSaved?.appliedEvidence,
      ...Object.fromEntries(Object.entries(matchApplied).map(([id, answer]) => [id, answer.evidence])),
    },
  };
  last = { importSaved, matchApplied, snapshot };
  return snapshot;
}

export function subscribeApplied(listener: () => void): () => void {
  const stopImport = useImportStore.subscribe(listener);
  const stopMatch = useMatchStore.subscribe(listener);
  return () => {
    stopImport();
    stopMatch();
  };
}

/** The visitor changed the answer: neither file's mark stays on it. */
export function unmarkApplied(questionId: string): void {
  useImportStore.getState().unmarkApplied(questionId);
  useMatchStore.getState().unmarkApplied(questionId);
}
