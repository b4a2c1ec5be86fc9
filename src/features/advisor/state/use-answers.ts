import { useSyncExternalStore } from "react";
import { useAnswersStore } from "./answers-store";

const subscribeHydration = (listener: () => void) => useAnswersStore.persist.onFinishHydration(listener);

/**
 * The saved answers and whether they have been loaded yet. Before loading (prerendering, and
 * the first render in the browser) `ready` is false: pages must not redirect or judge then.
 */
export function useAnswers() {
  const answers = useAnswersStore((state) => state.answers);
  const ready = useSyncExternalStore(
    subscribeHydration,
    () => useAnswersStore.persist.hasHydrated(),
    () => false,
  );
  return { answers, ready };
}
