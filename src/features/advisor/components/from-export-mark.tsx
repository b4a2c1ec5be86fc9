import { useEffect, useState, useSyncExternalStore } from "react";
import type { Answers, QuestionId } from "../../../core/decision/answers";
import type * as AppliedStoresModule from "./applied-stores";
import type { AppliedSnapshot } from "./applied-stores";

/**
 * An answer the advisor received from the visitor's own files: the sync server's export ("Use these
 * answers" on /import) or the tenant file of the match check ("Use this answer" on /match).
 */
export interface FromExport {
  readonly value: string;
  /** What in the export showed it, when the findings hold it. */
  readonly evidence: readonly string[];
}

type AppliedStores = typeof AppliedStoresModule;

let loading: Promise<AppliedStores> | undefined;
/** The two stores' code and what they saved, once per visit; a failed load is retried on the next page. */
function loadAppliedStores(): Promise<AppliedStores> {
  loading ??= import("./applied-stores")
    .then(async (stores) => {
      await stores.hydrateApplied();
      return stores;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

const none: AppliedSnapshot = { applied: {}, evidence: {} };
const noSubscription = () => () => undefined;
const noneApplied = () => none;

/**
 * The answers the import and the match check gave (`applied` in what each saved in this browser),
 * read after hydration like the answers themselves: the stores load once the page runs, never in
 * its first load. Only the question ids and values are read, and the evidence saved with them.
 */
export function useAppliedFromExport() {
  const [stores, setStores] = useState<AppliedStores>();
  useEffect(() => {
    let live = true;
    loadAppliedStores().then(
      (loaded) => live && setStores(() => loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const { applied, evidence } = useSyncExternalStore(
    stores?.subscribeApplied ?? noSubscription,
    stores?.appliedSnapshot ?? noneApplied,
    noneApplied,
  );
  /** The mark for a question, while its saved answer is still the one the file gave. */
  const fromExport = (questionId: QuestionId, answers: Answers): FromExport | undefined => {
    const value = applied[questionId];
    if (value === undefined || answers[questionId] !== value) return undefined;
    return { value, evidence: evidence[questionId] ?? [] };
  };
  /**
   * After the visitor submits `questionId`: the export's answers the visitor no longer holds lose
   * their mark, and so does this one unless the visitor kept the export's answer as it was.
   */
  const afterSubmit = (questionId: QuestionId, before: Answers, updated: Answers) => {
    if (!stores) return;
    for (const [id, value] of Object.entries(applied)) {
      const kept =
        id === questionId
          ? before[questionId] === value && updated[questionId] === value
          : updated[id as QuestionId] === value;
      if (!kept) stores.unmarkApplied(id);
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
