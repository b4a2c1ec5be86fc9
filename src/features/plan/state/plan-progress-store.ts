import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { safeLocalStorage } from "../../../shared/safe-local-storage";
import { decodeShare, encodeAnswers } from "../../../core/share";
import {
  emptyStepProgress,
  isEmptyStepProgress,
  maxOwnerLength,
  sanitizePlanProgress,
  type PlanProgress,
  type StepProgress,
} from "../model/plan-progress";

export const PLAN_PROGRESS_STORAGE_KEY = "ema-plan-progress";
/** Bump when the stored shape changes; `merge` then carries older data over. */
const STORAGE_VERSION = 1;
/** Plans kept at most: the least recently changed go first. */
export const maxStoredPlans = 50;

type Plans = { readonly [planKey: string]: PlanProgress };

interface PlanProgressState {
  /** Progress per plan, keyed by the plan's encoded answers (`v=3&engine=…`). */
  plans: Plans;
  /** Plan keys, least recently changed first. */
  order: readonly string[];
  updateStep: (planKey: string, stepId: string, change: Partial<StepProgress>) => void;
  clearPlan: (planKey: string) => void;
}

/** Whatever storage held, as valid state: unknown shapes and values are dropped, never trusted. */
export function restorePlans(persisted: unknown): { plans: Plans; order: string[] } {
  const record = (typeof persisted === "object" && persisted !== null ? persisted : {}) as Record<string, unknown>;
  const rawPlans = (typeof record.plans === "object" && record.plans !== null ? record.plans : {}) as Record<
    string,
    unknown
  >;
  const plans: Record<string, PlanProgress> = {};
  for (const [key, value] of Object.entries(rawPlans)) {
    if (typeof key !== "string" || key.length > 2000 || !key.startsWith("v=")) continue;
    const progress = sanitizePlanProgress(value);
    if (Object.keys(progress).length > 0) plans[key] = progress;
  }
  const rawOrder = Array.isArray(record.order) ? record.order.filter((k): k is string => typeof k === "string") : [];
  const order = [...new Set(rawOrder)].filter((k) => k in plans);
  for (const key of Object.keys(plans)) if (!order.includes(key)) order.unshift(key);
  return rekeyPlans(plans, order);
}

/**
 * The key a plan has today. Progress saved under an older share version, or under a
 * non-canonical spelling of the same answers, moves to the plan's current key: step ids are
 * stable, so its ticks still apply. A key that no longer decodes is kept as it is.
 */
export function currentPlanKey(key: string): string {
  const decoded = decodeShare(key);
  return decoded.ok ? encodeAnswers(decoded.answers) : key;
}

/** Moves each plan to its current key; plans that land on one key merge, the newer step winning. */
function rekeyPlans(plans: Plans, order: readonly string[]): { plans: Plans; order: string[] } {
  const merged: Record<string, PlanProgress> = {};
  const nextOrder: string[] = [];
  for (const key of order) {
    const current = currentPlanKey(key);
    merged[current] = { ...merged[current], ...plans[key] };
    const at = nextOrder.indexOf(current);
    if (at >= 0) nextOrder.splice(at, 1);
    nextOrder.push(current);
  }
  return { plans: merged, order: nextOrder };
}

/** A copy of the record without the given keys. */
function without<T>(record: { readonly [key: string]: T }, ...keys: string[]): { [key: string]: T } {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

function withStep(
  plans: Plans,
  order: readonly string[],
  planKey: string,
  stepId: string,
  change: Partial<StepProgress>,
) {
  const current = plans[planKey]?.[stepId] ?? emptyStepProgress;
  const step: StepProgress = {
    done: change.done ?? current.done,
    owner: (change.owner ?? current.owner).slice(0, maxOwnerLength),
    due: change.due ?? current.due,
  };
  const otherSteps = without(plans[planKey] ?? {}, stepId);
  const progress: PlanProgress = isEmptyStepProgress(step) ? otherSteps : { ...otherSteps, [stepId]: step };
  const nextOrder = order.filter((k) => k !== planKey);
  if (Object.keys(progress).length === 0) return { plans: without(plans, planKey), order: nextOrder };
  nextOrder.push(planKey);
  const dropped = nextOrder.splice(0, Math.max(0, nextOrder.length - maxStoredPlans));
  return { plans: { ...without(plans, planKey, ...dropped), [planKey]: progress }, order: nextOrder };
}

/**
 * Checklist progress, owners and due dates, saved in this browser per plan. `skipHydration`
 * keeps the prerendered HTML and the first client render identical (no progress); the plan
 * page calls `rehydratePlanProgress` after mount.
 */
export const usePlanProgressStore = create<PlanProgressState>()(
  persist(
    (set, get) => ({
      plans: {},
      order: [],
      updateStep: (planKey, stepId, change) => set(withStep(get().plans, get().order, planKey, stepId, change)),
      clearPlan: (planKey) =>
        set({ plans: without(get().plans, planKey), order: get().order.filter((k) => k !== planKey) }),
    }),
    {
      name: PLAN_PROGRESS_STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => safeLocalStorage),
      skipHydration: true,
      partialize: (state) => ({ plans: state.plans, order: state.order }),
      migrate: (persisted) => restorePlans(persisted),
      merge: (persisted, current) => ({ ...current, ...restorePlans(persisted) }),
    },
  ),
);

export function rehydratePlanProgress(): Promise<void> | void {
  return usePlanProgressStore.persist.rehydrate();
}
