import { useImportStore } from "../../../core/import-findings/import-store";
import { useImportHydrated } from "../../../core/import-findings/use-import-hydrated";
import type { Answers, QuestionId } from "../../../core/decision/answers";

/** An answer the advisor received from the sync server's export ("Use these answers" on /import). */
export interface FromExport {
  readonly value: string;
  /** What in the export showed it, when the findings hold it. */
  readonly evidence: readonly string[];
}

const none: Readonly<Record<string, string>> = {};

/**
 * The answers the import gave (`applied` in the findings saved in this browser), read after
 * hydration like the answers themselves. Only the question ids and values are read here, and
 * the evidence saved with them: not the analysis, which stays on /import.
 */
export function useAppliedFromExport() {
  const ready = useImportHydrated();
  const applied = useImportStore((state) => state.saved?.applied ?? none);
  const evidence = useImportStore((state) => state.saved?.appliedEvidence);
  const unmark = useImportStore((state) => state.unmarkApplied);
  /** The mark for a question, while its saved answer is still the one the export gave. */
  const fromExport = (questionId: QuestionId, answers: Answers): FromExport | undefined => {
    const value = ready ? applied[questionId] : undefined;
    if (value === undefined || answers[questionId] !== value) return undefined;
    return { value, evidence: evidence?.[questionId] ?? [] };
  };
  /**
   * After the visitor submits `questionId`: the export's answers the visitor no longer holds lose
   * their mark, and so does this one unless the visitor kept the export's answer as it was.
   */
  const afterSubmit = (questionId: QuestionId, before: Answers, updated: Answers) => {
    if (!ready) return;
    for (const [id, value] of Object.entries(applied)) {
      const kept =
        id === questionId
          ? before[questionId] === value && updated[questionId] === value
          : updated[id as QuestionId] === value;
      if (!kept) unmark(id);
    }
  };
  return { fromExport, afterSubmit };
}
/** "From your export", with what in the export showed it when known. */
export function FromExportMark({ evidence = [] }: { evidence?: readonly string[] }) {
  return (
    <span className="from-export" data-from-export>
      <strong className="from-export__tag">From your export</strong>
      {evidence.length > 0 && <span className="from-export__evidence"> {evidence.join(" ")}</span>}
    </span>
  );
}
