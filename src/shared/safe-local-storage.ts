import type { StateStorage } from "zustand/middleware";

/**
 * localStorage for Zustand's `persist` that never throws: blocked storage or unreadable JSON
 * behave as "nothing saved", and a write that fails (full, private mode) lasts for the visit only.
 */
export const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      const raw = localStorage.getItem(name);
      if (raw !== null) JSON.parse(raw);
      return raw;
    } catch {
      try {
        localStorage.removeItem(name);
      } catch {
        // Storage itself is unavailable: start with nothing saved.
      }
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch {
      // Full or blocked storage: the state lasts for this visit only.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to remove where storage is unavailable.
    }
  },
};
