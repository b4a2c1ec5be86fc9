import { useImportStore } from "../../../core/import-findings/import-store";
import { useImportHydrated } from "../../../core/import-findings/use-import-hydrated";
import { useMatchStore } from "../../../core/match-findings/match-store";
import { useMatchHydrated } from "../../../core/match-findings/use-match-hydrated";
import type { Answers, QuestionId } from "../../../core/decision/answers";

/**
 * An answer the advisor received from the visitor's own files: the sync server's export ("Use these
 * answers" on /import) or the tenant file of the match check ("Use this answer" on /match).
 */
export interface FromExport {
  readonly value: string;
  /** What in the export showed it, when the findings hold it. */
  readonly evidence: readonly string[];
}

const none: Readonly<Record<string, string>> = {};

/**
 * The answers the import and the match check gave (`applied` in what each saved in this browser),
 * read after hydration like the answers themselves. Only the question ids and values are read
 * here, and the evidence saved with them: not the analyses, which stay on their pages.
 */
export function useAppliedFromExport() {
  const importReady = useImportHydrated();
  const matchReady = useMatchHydrated();
  const ready = importReady && matchReady;
  const importApplied = useImportStore((state) => state.saved?.applied ?? none);
  const importEvidence = useImportStore((state) => state.saved?.appliedEvidence);
  const unmarkImport = useImportStore((state) => state.unmarkApplied);
  const matchApplied = useMatchStore((state) => state.applied);
  const unmarkMatch = useMatchStore((state) => state.unmarkApplied);
  const applied: Readonly<Record<string, string>> = {
    ...importApplied,
    ...Object.fromEntries(Object.entries(matchApplied).map(([id, answer]) => [id, answer.value])),
  };
  const unmark = (questionId: string) => {
    unmarkImport(questionId);
    unmarkMatch(questionId);
  };
  /** The mark for a question, while its saved answer is still the one the file gave. */
  const fromExport = (questionId: QuestionId, answers: Answers): FromExport | undefined => {
    const value = ready ? applied[questionId] : undefined;
    if (value === undefined || answers[questionId] !== value) return undefined;
    return { value, evidence: matchApplied[questionId]?.evidence ?? importEvidence?.[questionId] ?? [] };
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
