import type { GuideAnchor } from "../../shared/guide-anchors";
import { attributeLanding, isAnchorFlow, type AttributeLanding } from "./attribute-landing";
import { sameId } from "./agent-kinds";
import { deriveAnswers, type DerivedAnswer } from "./derived-answers";
import { isOldConnectorType } from "./read-export";
import { removalFindings, type RemovalFinding } from "./removal-findings";
import type { ExportFlow, ImportedExport, ManagementAgent } from "./types";

export { isAdAgent } from "./agent-kinds";
export type { DerivedAnswer, DerivedQuestionId } from "./derived-answers";
export type { DeletionRisk, RemovalFinding } from "./removal-findings";

export interface FlowFinding extends ExportFlow {
  readonly landing: AttributeLanding;
  readonly anchor: boolean;
}

export interface Analysis {
  /** Agents whose type is the old connector's. */
  readonly candidates: readonly ManagementAgent[];
  /** The agent treated as the old connector: the visitor's choice (any agent), or the only candidate. */
  readonly oldConnector?: ManagementAgent;
  readonly flows: readonly FlowFinding[];
  readonly removal: readonly RemovalFinding[];
  /** Why removal could not be judged (no MV.XML, no old connector). */
  readonly removalUnknown?: string;
  readonly derived: readonly DerivedAnswer[];
  /** Questions the export cannot answer, with why. */
  readonly notDerived: readonly { readonly questionId: string; readonly reason: string }[];
}

/** Guide sections that explain each finding. */
export const findingAnchors = {
  agents: "glossary#management-agent",
  oldConnector: "overview#what-the-connector-did",
  flows: "migrate-safely#carry-flows-over",
  anchor: "migrate-safely#match-existing-objects",
  removal: "remove-old-connector#deletion-rules",
  runProfiles: "remove-old-connector#run-profiles-and-schedules",
  checklist: "remove-old-connector#checklist",
} as const satisfies Record<string, GuideAnchor>;

export function analyze(imported: ImportedExport, chosenId?: string): Analysis {
  const candidates = imported.agents.filter(isOldConnectorType);
  const oldConnector =
    (chosenId ? imported.agents.find((agent) => sameId(agent.id, chosenId)) : undefined) ??
    (candidates.length === 1 ? candidates[0] : undefined);
  const flows = (oldConnector?.exportFlows ?? []).map((flow) => ({
    ...flow,
    landing: attributeLanding(flow),
    anchor: isAnchorFlow(flow),
  }));
  const { removal, removalUnknown } = removalFindings(imported, oldConnector);
  const { derived, notDerived } = deriveAnswers(imported, oldConnector);
  return {
    candidates,
    ...(oldConnector ? { oldConnector } : {}),
    flows,
    removal,
    ...(removalUnknown ? { removalUnknown } : {}),
    derived,
    notDerived,
  };
}
