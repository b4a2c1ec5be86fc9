import type { CompleteAnswers } from "../../decision/answers";
import { decideOutcome } from "../../decision/decide-outcome";
import v3 from "../../share/fixtures/v3.json";

/**
 * One complete answer set from the v3 share fixtures for each outcome, and one LDAP set (Connect
 * Sync with the Graph connector beside it): every shape of a result's top.
 */
export const answersFor: Record<string, CompleteAnswers> = (() => {
  const all = v3.map((fixture) => fixture.answers as unknown as CompleteAnswers);
  const found: Record<string, CompleteAnswers> = {};
  for (const answers of all) {
    const decision = decideOutcome(answers);
    const name = decision.alternative
      ? `${decision.outcome} (LDAP, Graph connector as the alternative)`
      : decision.outcome;
    found[name] ??= answers;
  }
  return found;
})();
