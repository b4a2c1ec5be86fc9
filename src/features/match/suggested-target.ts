import { rehydrateAnswers, useAnswersStore } from "../../core/answers/answers-store";
import type { CompleteAnswers } from "../../core/decision/answers";
import { outcomes } from "../../core/decision/outcomes";
import { targetForOutcome } from "../../core/match-check/default-target";
import type { MatchTarget } from "../../core/match-check/types";
import { encodeAnswers, outcomeFromShare, recommendationPath } from "../../core/share";

export interface SuggestedTarget {
  readonly target: MatchTarget;
  /** The advisor's recommendation behind it, when the saved answers give one. */
  readonly advisor?: { readonly name: string; readonly path: string };
}

/**
 * The advisor's recommendation from the answers saved in this browser, as a target: loaded after
 * the page shows (the advisor's rules stay out of its first load). The answers go through the
 * share codec, which gives no outcome for an unfinished or invalid set.
 */
export async function suggestedTarget(): Promise<SuggestedTarget> {
  await rehydrateAnswers();
  const { answers } = useAnswersStore.getState();
  if (Object.keys(answers).length === 0) return { target: "cloud-sync" };
  const complete = answers as CompleteAnswers;
  const outcome = outcomeFromShare(encodeAnswers(complete));
  if (outcome === undefined) return { target: "cloud-sync" };
  return {
    target: targetForOutcome(outcome),
    advisor: { name: outcomes[outcome].shortName, path: recommendationPath(complete) },
  };
}
