import { useSyncExternalStore } from "react";
import type { PlanProgress } from "../model/plan-progress";
import { usePlanProgressStore } from "./plan-progress-store";

const subscribeHydration = (listener: () => void) => usePlanProgressStore.persist.onFinishHydration(listener);
const none: PlanProgress = {};

/**
 * One plan's saved progress and whether it has been loaded yet. Until it has (prerendering
 * and the first render in the browser), `ready` is false and the progress is empty.
 */
export function usePlanProgress(planKey: string) {
  const progress = usePlanProgressStore((state) => state.plans[planKey] ?? none);
  const ready = useSyncExternalStore(
    subscribeHydration,
    () => usePlanProgressStore.persist.hasHydrated(),
    () => false,
  );
  return { progress, ready };
}
