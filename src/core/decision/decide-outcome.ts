import type { Answers, CompleteAnswers, QuestionId } from "./answers";
import { optionFits } from "./blocker-conditions";
import type { OptionId, OutcomeId } from "./outcomes";

/** Which option the answers lead to, without the facts behind it (those are `decide`'s). */
export interface OutcomeChoice {
  readonly outcome: OutcomeId;
  /** Undefined exactly when the outcome is no-clean-fit. */
  readonly recommended?: OptionId;
  /** Shown beside the recommendation (an LDAP source, when the Graph connector fits). */
  readonly alternative?: OptionId;
}

/**
 * The only questions the outcome reads (through the blockers and the order of preference). The
 * others (the engine, object totals, FIM/MIM's other work, an existing Connect Sync, the
 * environment) shape caveats and the plan, never the outcome, and no other question depends on
 * them: "what would change" skips them. The invariants test derives every outcome-changing answer
 * from the spec independently, so a question missing here fails it.
 */
export const outcomeInputs: ReadonlySet<QuestionId> = new Set<QuestionId>([
  "directory",
  "in-ad",
  "forests",
  "largest-domain",
  "needs",
  "licenses",
  "mail-objects",
]);

/**
 * The options the spec's recommendation rule considers for these answers, best first
 * (section "Recommendation" of the decision model).
 */
export function preferenceFor(answers: Answers): readonly OptionId[] {
  if (answers.directory === "ldap") return ldapPreference;
  if (answers.directory === "none" || answers["in-ad"] === "must-not") return graphOnly;
  if (answers["in-ad"] === "can-add") return allThree;
  return syncEngines;
}

const ldapPreference: readonly OptionId[] = ["connect-sync"];
const graphOnly: readonly OptionId[] = ["graph-connector"];
const allThree: readonly OptionId[] = ["cloud-sync", "connect-sync", "graph-connector"];
const syncEngines: readonly OptionId[] = ["cloud-sync", "connect-sync"];

/**
 * The recommendation alone, from the blockers' conditions only: small enough for a page's first
 * load, so a result's headline shows without waiting for every rule's wording.
 */
export function decideOutcome(answers: CompleteAnswers): OutcomeChoice {
  const recommended = preferenceFor(answers).find((option) => optionFits(option, answers));
  // Rule 4: beside an LDAP recommendation, the Graph connector whenever it fits.
  const alternative: OptionId | undefined =
    answers.directory === "ldap" && optionFits("graph-connector", answers) ? "graph-connector" : undefined;
  return {
    outcome: recommended ?? "no-clean-fit",
    recommended,
    alternative: recommended === undefined ? undefined : alternative,
  };
}
