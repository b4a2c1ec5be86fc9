import { create } from "zustand";
import { persist, type PersistStorage } from "zustand/middleware";
import { importStorage } from "./import-storage";
import { restoreImport, type SavedImport } from "../sync-export/restore";
import type { ImportedExport } from "../sync-export/types";

export const IMPORT_STORAGE_KEY = "ema-import-findings";
export { flushImportStorage, useImportPersistence, type ImportPersistence } from "./import-storage";

interface ImportState {
  saved?: SavedImport;
  setImported: (imported: ImportedExport) => void;
  choose: (agentId: string) => void;
  /** The visitor chose which server's files to read (files from several servers are never merged). */
  chooseServer: (serverKey: string) => void;
  markApplied: (applied: Record<string, string>, evidence?: Record<string, readonly string[]>) => void;
  /** The visitor changed an answer the export gave: it is theirs now. */
  unmarkApplied: (questionId: string) => void;
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
      setImported: (imported) => set({ saved: { imported, applied: {}, readAt: new Date().toISOString() } }),
      choose: (agentId) => {
        const saved = get().saved;
        if (saved) set({ saved: { ...saved, chosenId: agentId } });
      },
      chooseServer: (serverKey) => {
        const saved = get().saved;
        if (!saved) return;
        if (saved.chosenServer === serverKey) return;
        // Another server: the old connector chosen and the answers given from the other one are not this one's.
        set({
          saved: {
            imported: saved.imported,
            applied: {},
            chosenServer: serverKey,
            ...(saved.readAt ? { readAt: saved.readAt } : {}),
          },
        });
      },
      markApplied: (applied, evidence = {}) => {
        const saved = get().saved;
        if (!saved) return;
        const appliedEvidence = Object.fromEntries(Object.entries(evidence).filter(([id]) => id in applied));
        set({ saved: { ...saved, applied, appliedEvidence } });
      },
      unmarkApplied: (questionId) => {
        const saved = get().saved;
        if (!saved || !(questionId in saved.applied)) return;
        const without = <T>(record: Readonly<Record<string, T>>) =>
          Object.fromEntries(Object.entries(record).filter(([id]) => id !== questionId));
        const applied = without(saved.applied);
        const appliedEvidence = without(saved.appliedEvidence ?? {});
        set({ saved: { ...saved, applied, appliedEvidence } });
      },
      forget: () => set({ saved: undefined }),
    }),
    {
      name: IMPORT_STORAGE_KEY,
      version: 1,
      storage: importStorage as PersistStorage<{ saved?: SavedImport }>,
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
