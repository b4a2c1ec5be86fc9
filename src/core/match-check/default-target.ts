import type { Answers } from "../decision/answers";
import { decideOutcome } from "../decision/decide-outcome";
import { isComplete } from "../decision/flow";
import type { MatchTarget } from "./types";

/**
 * The target the page starts on: the advisor's recommendation from the saved answers. Connect
 * Sync means a new server anchored on ms-DS-ConsistencyGuid (the default since 1.1.524); an
 * existing server may anchor on objectGUID, which the page asks the visitor to check. With no
 * finished answers, or another recommendation, cloud sync (Microsoft's first choice).
 */
export function defaultTarget(answers: Answers): MatchTarget {
  if (!isComplete(answers)) return "cloud-sync";
  return decideOutcome(answers).recommended === "connect-sync" ? "connect-sync-consistencyguid" : "cloud-sync";
}
