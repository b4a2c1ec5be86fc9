import { create } from "zustand";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { readStorage, removeStorage, tryWriteStorage } from "../../shared/safe-local-storage";

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

let pending: { name: string; value: StorageValue<unknown> } | undefined;
let scheduled = false;

/** Runs after the browser has painted what the current task rendered (a timer where there is no frame). */
function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}

/** Writes the findings waiting to be written, now (tests; the page does it when it is hidden). */
export function flushImportStorage(): void {
  const write = pending;
  pending = undefined;
  scheduled = false;
  if (!write) return;
  const text = JSON.stringify(write.value);
  if (tryWriteStorage("localStorage", write.name, text)) {
    removeStorage("sessionStorage", write.name);
    useImportPersistence.setState({ where: "saved", bytes: text.length });
    return;
  }
  // Older findings left in localStorage would come back next visit in place of these.
  removeStorage("localStorage", write.name);
  const where = tryWriteStorage("sessionStorage", write.name, text) ? "tab" : "page";
  useImportPersistence.setState({ where, bytes: text.length });
}

if (typeof addEventListener === "function") addEventListener("pagehide", flushImportStorage);

/**
 * The findings' storage: localStorage, or, when it refuses them, this tab's sessionStorage (a
 * separate quota), so they survive a reload; either way `useImportPersistence` says which. The
 * write waits until the browser has painted: a big export's findings are megabytes of JSON, and
 * writing them in the same task as the findings' first render would hold that render back.
 */
export const importStorage: PersistStorage<unknown> = {
  getItem: (name) => {
    if (pending?.name === name) return pending.value;
    const inTab = readStorage("sessionStorage", name);
    if (inTab !== null) useImportPersistence.setState({ where: "tab", bytes: inTab.length });
    const raw = inTab ?? readStorage("localStorage", name);
    return raw === null ? null : (JSON.parse(raw) as StorageValue<unknown>);
  },
  setItem: (name, value) => {
    pending = { name, value };
    if (scheduled) return;
    scheduled = true;
    afterPaint(flushImportStorage);
  },
  removeItem: (name) => {
    if (pending?.name === name) pending = undefined;
    removeStorage("localStorage", name);
    removeStorage("sessionStorage", name);
  },
};
