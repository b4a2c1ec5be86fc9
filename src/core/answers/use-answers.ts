import { useEffect, useSyncExternalStore } from "react";
import { rehydrateAnswers, useAnswersStore } from "./answers-store";

const subscribeHydration = (listener: () => void) => useAnswersStore.persist.onFinishHydration(listener);

/**
 * The saved answers and whether they have been loaded yet. Before loading (prerendering, and
 * the first render in the browser) `ready` is false: pages must not redirect or judge then.
 * The first component that asks loads them, after hydration, so prerendered HTML never depends
 * on them and pages without the advisor never download the store.
 */
export function useAnswers() {
  useEffect(() => {
    void rehydrateAnswers();
  }, []);
  const answers = useAnswersStore((state) => state.answers);
  const ready = useSyncExternalStore(
    subscribeHydration,
    () => useAnswersStore.persist.hasHydrated(),
    () => false,
  );
  return { answers, ready };
}
