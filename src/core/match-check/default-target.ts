import type { OutcomeId } from "../decision/outcomes";
import type { MatchTarget } from "./types";

/**
 * The target the page starts on, from the advisor's recommendation. Connect Sync means a new
 * server anchored on ms-DS-ConsistencyGuid (the default since 1.1.524); an existing server may
 * anchor on objectGUID, which the page asks the visitor to check. With no recommendation, or
 * another one, cloud sync (Microsoft's first choice).
 */
export function targetForOutcome(outcome: OutcomeId | undefined): MatchTarget {
  return outcome === "connect-sync" ? "connect-sync-consistencyguid" : "cloud-sync";
}
