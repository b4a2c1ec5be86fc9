import { beforeEach, describe, expect, it, vi } from "vitest";
import { ldapWithoutLicences, oneForestFromHr } from "../../../core/decision/example-answers";
import { encodeAnswers } from "../../../core/share";
import { buildPlan } from "../model/build-plan";
import { sanitizePlanProgress } from "../model/plan-progress";
import {
  currentPlanKey,
  maxStoredPlans,
  PLAN_PROGRESS_STORAGE_KEY,
  rehydratePlanProgress,
  restorePlans,
  usePlanProgressStore,
} from "./plan-progress-store";

// Current keys (canonical encodings), so that re-keying on restore leaves them where they are.
const planA = encodeAnswers({
  engine: "mim-2016-sp2",
  directory: "none",
  licenses: "p1-p2",
  "mail-objects": "no",
  federation: "managed",
  environment: "production",
});
const planB = encodeAnswers(ldapWithoutLicences);

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const saved = () => JSON.parse(localStorage.getItem(PLAN_PROGRESS_STORAGE_KEY) ?? "null");
const state = () => usePlanProgressStore.getState();

beforeEach(async () => {
  vi.stubGlobal("localStorage", memoryStorage());
  usePlanProgressStore.setState({ plans: {}, order: [] });
  localStorage.clear();
});

describe("the plan progress store", () => {
  it("saves a ticked step, its owner and due date under the plan's own key", () => {
    state().updateStep(planA, "prepare-inventory", { done: true });
    state().updateStep(planA, "prepare-inventory", { owner: "Dana" });
    state().updateStep(planA, "prepare-licences", { due: "2027-01-31" });
    expect(state().plans[planA]).toEqual({
      "prepare-inventory": { done: true, owner: "Dana", due: "" },
      "prepare-licences": { done: false, owner: "", due: "2027-01-31" },
    });
    expect(saved().state.plans[planA]["prepare-inventory"].done).toBe(true);
    expect(state().plans[planB]).toBeUndefined();
  });

  it("forgets a step once it is unticked and its fields are emptied", () => {
    state().updateStep(planA, "prepare-inventory", { done: true, owner: "Dana" });
    state().updateStep(planA, "prepare-inventory", { done: false, owner: "" });
    expect(state().plans[planA]).toBeUndefined();
    expect(state().order).toEqual([]);
  });

  it("clears one plan and leaves the others", () => {
    state().updateStep(planA, "prepare-inventory", { done: true });
    state().updateStep(planB, "prepare-inventory", { done: true });
    state().clearPlan(planA);
    expect(Object.keys(state().plans)).toEqual([planB]);
    expect(Object.keys(saved().state.plans)).toEqual([planB]);
  });

  it("keeps the most recently changed plans when there are too many", () => {
    for (let i = 0; i <= maxStoredPlans; i++) state().updateStep(`v=1&n=${i}`, "prepare-inventory", { done: true });
    expect(Object.keys(state().plans)).toHaveLength(maxStoredPlans);
    expect(state().plans["v=1&n=0"]).toBeUndefined();
    expect(state().plans[`v=1&n=${maxStoredPlans}`]).toBeDefined();
  });

  it("loads saved progress when rehydrated after mount", async () => {
    localStorage.setItem(
      PLAN_PROGRESS_STORAGE_KEY,
      JSON.stringify({ state: { plans: { [planA]: { "pilot-verify-matching": { done: true } } } }, version: 1 }),
    );
    await rehydratePlanProgress();
    expect(state().plans[planA]).toEqual({ "pilot-verify-matching": { done: true, owner: "", due: "" } });
  });

  for (const [name, stored] of [
    ["corrupted JSON", "{not json"],
    ["a list instead of an object", "[1,2,3]"],
    ["plans of the wrong shape", JSON.stringify({ state: { plans: { [planA]: "done", x: { a: 1 } } }, version: 1 })],
    ["an unknown future version", JSON.stringify({ state: { everything: "else" }, version: 99 })],
  ] as const) {
    it(`starts with no progress from ${name}, without throwing`, async () => {
      localStorage.setItem(PLAN_PROGRESS_STORAGE_KEY, stored);
      await rehydratePlanProgress();
      expect(state().plans).toEqual({});
      state().updateStep(planA, "prepare-inventory", { done: true });
      expect(saved().state.plans[planA]["prepare-inventory"].done).toBe(true);
    });
  }

  it("keeps working when the browser blocks storage", async () => {
    vi.stubGlobal("localStorage", {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("blocked");
      },
      removeItem: () => {
        throw new Error("blocked");
      },
    });
    await rehydratePlanProgress();
    state().updateStep(planA, "prepare-inventory", { done: true });
    expect(state().plans[planA]?.["prepare-inventory"]?.done).toBe(true);
  });
});

describe("restoring stored progress", () => {
  it("keeps valid steps and drops bad values, unknown keys and over-long owners", () => {
    const progress = sanitizePlanProgress({
      "prepare-inventory": { done: true, owner: "x".repeat(500), due: "next week" },
      "Not An Id!": { done: true },
      "prepare-licences": { done: "yes", owner: 42, due: "2027-03-01" },
      "pilot-verify-matching": null,
    });
    expect(progress).toEqual({
      "prepare-inventory": { done: true, owner: "x".repeat(200), due: "" },
      "prepare-licences": { done: false, owner: "", due: "2027-03-01" },
    });
  });

  it("drops plans whose key is not an encoded answer set, and repairs the order", () => {
    const restored = restorePlans({
      plans: { [planA]: { "prepare-inventory": { done: true } }, "not-a-plan": { x: { done: true } } },
      order: [planB, 7, planA, planA],
    });
    expect(Object.keys(restored.plans)).toEqual([planA]);
    expect(restored.order).toEqual([planA]);
  });
});

describe("progress saved under another spelling of the same answers", () => {
  // The same answers in another parameter order: what an older share version's key becomes
  // once its upgrade is released (v1 keys move to the current version the same way).
  const canonical = buildPlan(oneForestFromHr).query;
  const reordered = `${canonical.split("&")[0]}&${canonical.split("&").slice(1).reverse().join("&")}`;

  it("is found under the plan's current key, merged with what is saved there, the newer step winning", () => {
    expect(reordered).not.toBe(canonical);
    expect(currentPlanKey(reordered)).toBe(canonical);
    const restored = restorePlans({
      plans: {
        [reordered]: { "prepare-inventory": { done: true, owner: "Dana", due: "" } },
        [canonical]: {
          "prepare-inventory": { done: false, owner: "Sam", due: "" },
          "prepare-licences": { done: true, owner: "", due: "" },
        },
      },
      order: [canonical, reordered],
    });
    expect(restored.order).toEqual([canonical]);
    expect(restored.plans[canonical]).toEqual({
      "prepare-inventory": { done: true, owner: "Dana", due: "" },
      "prepare-licences": { done: true, owner: "", due: "" },
    });
  });

  it("keeps a key that no longer decodes as it is", () => {
    const retired = "v=1&engine=retired-engine&environment=production";
    expect(currentPlanKey(retired)).toBe(retired);
    expect(currentPlanKey(planA)).toBe(planA);
  });
});
