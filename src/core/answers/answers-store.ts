import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { safeLocalStorage } from "../../shared/safe-local-storage";
import type { AnswerValues, Answers, QuestionId } from "../decision/answers";
import { withAnswer } from "../decision/flow";
import { upgradeSavedAnswers } from "../decision/v2-upgrade";
import { restoreAnswers } from "./restore-answers";
import { ANSWERS_STORAGE_KEY } from "./storage-key";

export { ANSWERS_STORAGE_KEY };
/**
 * The decision model's version the saved answers were given under; `migrate` carries older
 * data over one version at a time, as links are (v1 → v2 → v3: a finished set gains the answers
 * assumed for the questions added since; a set in progress is left for them to be asked).
 */
const STORAGE_VERSION = 3;

interface AnswersState {
  answers: Answers;
  setAnswer: <Q extends QuestionId>(questionId: Q, value: AnswerValues[Q]) => Answers;
  replaceAnswers: (answers: Answers) => void;
  clear: () => void;
}

/**
 * The visitor's answers, saved in this browser only. `skipHydration` keeps prerendered HTML and
 * the first client render identical (no answers); `rehydrateAnswers` loads them after mount.
 */
export const useAnswersStore = create<AnswersState>()(
  persist(
    (set, get) => ({
      answers: {},
      setAnswer: (questionId, value) => {
        const answers = withAnswer(get().answers, questionId, value);
        set({ answers });
        return answers;
      },
      replaceAnswers: (answers) => set({ answers: restoreAnswers(answers) }),
      clear: () => set({ answers: {} }),
    }),
    {
      name: ANSWERS_STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => safeLocalStorage),
      skipHydration: true,
      partialize: (state) => ({ answers: state.answers }),
      migrate: (persisted, version) => {
        const stored = (persisted as { answers?: unknown } | null)?.answers;
        return {
          answers:
            version < STORAGE_VERSION ? restoreAnswers(upgradeSavedAnswers(restoreAnswers(stored), version)) : stored,
        };
      },
      merge: (persisted, current) => ({
        ...current,
        answers: restoreAnswers((persisted as { answers?: unknown } | null)?.answers),
      }),
    },
  ),
);

let rehydration: Promise<void> | undefined;

/** Loads the saved answers once per page load, however many components ask. */
export function rehydrateAnswers(): Promise<void> {
  rehydration ??= Promise.resolve(useAnswersStore.persist.rehydrate());
  return rehydration;
}
