import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { safeLocalStorage } from "../../../shared/safe-local-storage";
import { restoreImport, type SavedImport } from "../model/restore";
import type { ImportedExport } from "../model/types";

export const IMPORT_STORAGE_KEY = "ema-import-findings";

interface ImportState {
  saved?: SavedImport;
  setImported: (imported: ImportedExport) => void;
  choose: (agentId: string) => void;
  markApplied: (applied: Record<string, string>) => void;
  forget: () => void;
}

/**
 * The findings of the last import, saved in this browser only (never in a share link).
 * Like the answers, they load after hydration and are validated on load.
 */
export const useImportStore = create<ImportState>()(
  persist(
    (set, get) => ({
      saved: undefined,
      setImported: (imported) => set({ saved: { imported, applied: {} } }),
      choose: (agentId) => {
        const saved = get().saved;
        if (saved) set({ saved: { ...saved, chosenId: agentId } });
      },
      markApplied: (applied) => {
        const saved = get().saved;
        if (saved) set({ saved: { ...saved, applied } });
      },
      forget: () => set({ saved: undefined }),
    }),
    {
      name: IMPORT_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => safeLocalStorage),
      skipHydration: true,
      partialize: (state) => ({ saved: state.saved }),
      merge: (persisted, current) => ({
        ...current,
        saved: restoreImport((persisted as { saved?: unknown } | null)?.saved),
      }),
    },
  ),
);

let rehydration: Promise<void> | undefined;

export function rehydrateImport(): Promise<void> {
  rehydration ??= Promise.resolve(useImportStore.persist.rehydrate());
  return rehydration;
}
