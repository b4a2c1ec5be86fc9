import { useEffect, useSyncExternalStore } from "react";
import { rehydrateMatch, useMatchStore } from "./match-store";

const subscribeHydration = (listener: () => void) => useMatchStore.persist.onFinishHydration(listener);

/** Loads the saved counts once mounted (never while prerendering) and says whether they have been read. */
export function useMatchHydrated(): boolean {
  useEffect(() => {
    void rehydrateMatch();
  }, []);
  return useSyncExternalStore(
    subscribeHydration,
    () => useMatchStore.persist.hasHydrated(),
    () => false,
  );
}
