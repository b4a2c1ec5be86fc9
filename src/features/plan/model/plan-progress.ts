/** One step's progress as the visitor records it. */
export interface StepProgress {
  readonly done: boolean;
  /** Free text: a name, a team or a ticket. */
  readonly owner: string;
  /** "YYYY-MM-DD" or "". */
  readonly due: string;
}

/** Progress of one plan, by step id. */
export type PlanProgress = { readonly [stepId: string]: StepProgress };

export const emptyStepProgress: StepProgress = { done: false, owner: "", due: "" };

export const maxOwnerLength = 200;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function isEmptyStepProgress(step: StepProgress): boolean {
  return !step.done && step.owner === "" && step.due === "";
}

/** One step's progress from untrusted storage, or undefined when nothing usable is left. */
export function sanitizeStepProgress(value: unknown): StepProgress | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const step: StepProgress = {
    done: record.done === true,
    owner: typeof record.owner === "string" ? record.owner.slice(0, maxOwnerLength) : "",
    due: typeof record.due === "string" && isoDate.test(record.due) ? record.due : "",
  };
  return isEmptyStepProgress(step) ? undefined : step;
}

/** A plan's progress from untrusted storage: unknown shapes become "no progress", never an error. */
export function sanitizePlanProgress(value: unknown): PlanProgress {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const progress: Record<string, StepProgress> = {};
  for (const [stepId, entry] of Object.entries(value)) {
    if (!/^[a-z0-9-]{1,80}$/.test(stepId)) continue;
    const step = sanitizeStepProgress(entry);
    if (step) progress[stepId] = step;
  }
  return progress;
}
