import { useEffect, useSyncExternalStore } from "react";
import { rehydrateImport, useImportStore } from "./import-store";

const subscribeHydration = (listener: () => void) => useImportStore.persist.onFinishHydration(listener);

/**
 * Loads the findings saved in this browser once mounted (never during prerendering or the first
 * render, so the HTML and hydration agree) and says whether they have been read.
 */
export function useImportHydrated(): boolean {
  useEffect(() => {
    void rehydrateImport();
  }, []);
  return useSyncExternalStore(
    subscribeHydration,
    () => useImportStore.persist.hasHydrated(),
    () => false,
  );
}
