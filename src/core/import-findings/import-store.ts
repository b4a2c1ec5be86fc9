import { create } from "zustand";
import { createJSONStorage, persist, type StateStorage } from "zustand/middleware";
import { readStorage, removeStorage, tryWriteStorage } from "../../shared/safe-local-storage";
import { restoreImport, type SavedImport } from "../sync-export/restore";
import type { ImportedExport } from "../sync-export/types";

export const IMPORT_STORAGE_KEY = "ema-import-findings";

/**
 * Where the findings last written are kept: `saved` in this browser (localStorage) until
 * forgotten; `tab` in this tab's sessionStorage only, because localStorage refused them (full,
 * or the findings are too big for it); `page` in memory only, until this page is reloaded or left
 * (both storages refused). `bytes` is how much text the findings take.
 */
export interface ImportPersistence {
  readonly where: "saved" | "tab" | "page";
  readonly bytes: number;
}

export const useImportPersistence = create<ImportPersistence>()(() => ({ where: "saved", bytes: 0 }));

/**
 * The findings' storage: localStorage, or, when it refuses them, this tab's sessionStorage
 * (a separate quota), so they survive a reload; either way the page says so. A refused write
 * also removes older findings from localStorage, which would otherwise come back next visit
 * in place of these.
 */
export const importStorage: StateStorage = {
  getItem: (name) => {
    const inTab = readStorage("sessionStorage", name);
    if (inTab !== null) useImportPersistence.setState({ where: "tab", bytes: inTab.length });
    return inTab ?? readStorage("localStorage", name);
  },
  setItem: (name, value) => {
    if (tryWriteStorage("localStorage", name, value)) {
      removeStorage("sessionStorage", name);
      useImportPersistence.setState({ where: "saved", bytes: value.length });
      return;
    }
    removeStorage("localStorage", name);
    const where = tryWriteStorage("sessionStorage", name, value) ? "tab" : "page";
    useImportPersistence.setState({ where, bytes: value.length });
  },
  removeItem: (name) => {
    removeStorage("localStorage", name);
    removeStorage("sessionStorage", name);
  },
};

interface ImportState {
  saved?: SavedImport;
  setImported: (imported: ImportedExport) => void;
  choose: (agentId: string) => void;
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
      storage: createJSONStorage(() => importStorage),
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
