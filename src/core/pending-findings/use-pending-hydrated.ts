import { useEffect, useSyncExternalStore } from "react";
import { rehydratePending, usePendingStore } from "./pending-store";

const subscribeHydration = (listener: () => void) => usePendingStore.persist.onFinishHydration(listener);

/** Loads the saved check once mounted (never while prerendering) and says whether it has been read. */
export function usePendingHydrated(): boolean {
  useEffect(() => {
    void rehydratePending();
  }, []);
  return useSyncExternalStore(
    subscribeHydration,
    () => usePendingStore.persist.hasHydrated(),
    () => false,
  );
}
