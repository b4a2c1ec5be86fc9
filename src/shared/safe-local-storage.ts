import type { StateStorage } from "zustand/middleware";

type Kind = "localStorage" | "sessionStorage";

/** The storage of that kind, or undefined where it is missing or access to it throws (blocked). */
function storageOf(kind: Kind): Storage | undefined {
  try {
    return globalThis[kind] ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes one item; false when the storage is full, blocked or missing (nothing is written then). */
export function tryWriteStorage(kind: Kind, name: string, value: string): boolean {
  try {
    const storage = storageOf(kind);
    if (!storage) return false;
    storage.setItem(name, value);
    return true;
  } catch {
    return false;
  }
}

/** Reads one item as JSON text; unreadable JSON is removed and reads as nothing saved. */
export function readStorage(kind: Kind, name: string): string | null {
  try {
    const raw = storageOf(kind)?.getItem(name) ?? null;
    if (raw !== null) JSON.parse(raw);
    return raw;
  } catch {
    removeStorage(kind, name);
    return null;
  }
}

export function removeStorage(kind: Kind, name: string): void {
  try {
    storageOf(kind)?.removeItem(name);
  } catch {
    // Nothing to remove where storage is unavailable.
  }
}

/**
 * localStorage for Zustand's `persist` that never throws: blocked storage or unreadable JSON
 * behave as "nothing saved", and a write that fails (full, private mode) lasts for the visit only.
 */
export const safeLocalStorage: StateStorage = {
  getItem: (name) => readStorage("localStorage", name),
  setItem: (name, value) => {
    // Full or blocked storage: the state lasts for this visit only.
    tryWriteStorage("localStorage", name, value);
  },
  removeItem: (name) => removeStorage("localStorage", name),
};
