import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { safeLocalStorage } from "../../shared/safe-local-storage";
import type { AnswerValues, Answers, QuestionId } from "../decision/answers";
import { withAnswer } from "../decision/flow";
import { upgradeSavedV1Answers } from "../decision/v1-upgrade";
import { restoreAnswers } from "./restore-answers";
import { ANSWERS_STORAGE_KEY } from "./storage-key";

export { ANSWERS_STORAGE_KEY };
/**
 * The decision model's version the saved answers were given under; `migrate` carries older
 * data over (v1 → v2: a finished set gains the answers assumed for the questions v2 added).
 */
const STORAGE_VERSION = 2;

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
        return { answers: version < 2 ? restoreAnswers(upgradeSavedV1Answers(restoreAnswers(stored))) : stored };
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
