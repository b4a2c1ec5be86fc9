import { rehydrateAnswers, useAnswersStore } from "../../core/answers/answers-store";
import type { CompleteAnswers } from "../../core/decision/answers";
import { targetForOutcome } from "../../core/match-check/default-target";
import type { MatchTarget } from "../../core/match-check/types";
import { encodeAnswers, outcomeFromShare } from "../../core/share";

/**
 * The advisor's recommendation from the answers saved in this browser, as a target: loaded after
 * the page shows (the advisor's rules stay out of its first load). The answers go through the
 * share codec, which says no outcome for an unfinished or invalid set.
 */
export async function suggestedTarget(): Promise<{ target: MatchTarget; fromAdvisor: boolean }> {
  await rehydrateAnswers();
  const { answers } = useAnswersStore.getState();
  if (Object.keys(answers).length === 0) return { target: "cloud-sync", fromAdvisor: false };
  const outcome = outcomeFromShare(encodeAnswers(answers as CompleteAnswers));
  return { target: targetForOutcome(outcome), fromAdvisor: outcome !== undefined };
}
