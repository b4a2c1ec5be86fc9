import type { GuideAnchor } from "../../shared/guide-anchors";
import { attributeLanding, isAnchorFlow, type AttributeLanding } from "./attribute-landing";
import { isGraphAgent, isOldConnectorChoice, sameId } from "./agent-kinds";
import { deriveAnswers, type DerivedAnswer } from "./derived-answers";
import { extensionFindings, type ExtensionFinding } from "./extension-findings";
import { isOldConnectorType } from "./read-export";
import { recallFindings, type RecallFinding } from "./recall-findings";
import { removalFindings, type RemovalFinding } from "./removal-findings";
import { scopeToServer, serverGroups, type ServerGroup } from "./servers";
import type { ExportFlow, ImportedExport, ManagementAgent } from "./types";

export { isAdAgent } from "./agent-kinds";
export type { DerivedAnswer, DerivedQuestionId } from "./derived-answers";
export type { DeletionRisk, RemovalFinding } from "./removal-findings";
export type { RecallFinding } from "./recall-findings";
export type { ExtensionFinding } from "./extension-findings";
export type { ServerGroup } from "./servers";

export interface FlowFinding extends ExportFlow {
  readonly landing: AttributeLanding;
  readonly anchor: boolean;
}

export interface Analysis {
  /** Every server the files name. */
  readonly servers: readonly ServerGroup[];
  /** Set when the files come from several servers and none was chosen: nothing else is judged. */
  readonly serverChoice?: readonly ServerGroup[];
  /** The server analysed (the only one, or the one chosen). */
  readonly server?: ServerGroup;
  /** The agents of the server analysed. */
  readonly agents: readonly ManagementAgent[];
  /** Set when the server is a Microsoft Entra Connect Sync server: what shows it. Nothing else is judged. */
  readonly connectSync?: readonly string[];
  /** MIM's Graph connector agents already in the export. */
  readonly graphConnectors: readonly ManagementAgent[];
  /** Agents whose type is the old connector's. */
  readonly candidates: readonly ManagementAgent[];
  /** The agents the visitor may choose as the old connector (never an AD, LDAP or Graph agent). */
  readonly choices: readonly ManagementAgent[];
  /** The agent treated as the old connector: the visitor's choice, or the only candidate. */
  readonly oldConnector?: ManagementAgent;
  readonly flows: readonly FlowFinding[];
  readonly removal: readonly RemovalFinding[];
  /** Why removal could not be judged (no MV.XML, no old connector). */
  readonly removalUnknown?: string;
  /** Metaverse values the old agent contributes that other agents export, and recall would clear. */
  readonly recall: readonly RecallFinding[];
  /** Rules extensions that may name the old agent, and what to do before deleting it. */
  readonly extensions: readonly ExtensionFinding[];
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
  recall: "remove-old-connector#attribute-recall",
  extensions: "remove-old-connector#rules-extensions",
  runProfiles: "remove-old-connector#run-profiles-and-schedules",
  checklist: "remove-old-connector#checklist",
} as const satisfies Record<string, GuideAnchor>;

const nothing = {
  candidates: [],
  choices: [],
  graphConnectors: [],
  flows: [],
  removal: [],
  recall: [],
  extensions: [],
  derived: [],
} as const;

export function analyze(imported: ImportedExport, chosenId?: string, chosenServer?: string): Analysis {
  const servers = serverGroups(imported);
  const server = servers.length === 1 ? servers[0] : servers.find((group) => group.key === chosenServer);
  if (!server) {
    return {
      servers,
      serverChoice: servers,
      agents: [],
      ...nothing,
      notDerived: [{ questionId: "directory", reason: "Choose the sync server first: the files come from several." }],
    };
  }
  const scoped = servers.length === 1 ? imported : scopeToServer(imported, server.key);
  const connectSync = [
    ...scoped.agents.flatMap((agent) => (agent.connectSyncEvidence ?? []).map((line) => `"${agent.name}": ${line}`)),
    ...(scoped.metaverse?.connectSyncEvidence ?? []),
  ];
  if (connectSync.length > 0) {
    return {
      servers,
      server,
      agents: scoped.agents,
      connectSync,
      ...nothing,
      graphConnectors: scoped.agents.filter(isGraphAgent),
      notDerived: [
        {
          questionId: "existing-connect",
          reason: "This export is of a Connect Sync server: it answers none of the questions about the FIM/MIM server.",
        },
      ],
    };
  }
  const candidates = scoped.agents.filter(isOldConnectorType);
  const choices = candidates.length > 1 ? candidates : scoped.agents.filter(isOldConnectorChoice);
  const oldConnector =
    (chosenId ? [...candidates, ...choices].find((agent) => sameId(agent.id, chosenId)) : undefined) ??
    (candidates.length === 1 ? candidates[0] : undefined);
  const flows = (oldConnector?.exportFlows ?? []).map((flow) => ({
    ...flow,
    landing: attributeLanding(flow),
    anchor: isAnchorFlow(flow),
  }));
  const { removal, removalUnknown } = removalFindings(scoped, oldConnector);
  const { derived, notDerived } = deriveAnswers(scoped, oldConnector);
  return {
    servers,
    server,
    agents: scoped.agents,
    graphConnectors: scoped.agents.filter(isGraphAgent),
    candidates,
    choices,
    ...(oldConnector ? { oldConnector } : {}),
    flows,
    removal,
    ...(removalUnknown ? { removalUnknown } : {}),
    recall: recallFindings(scoped, oldConnector),
    extensions: extensionFindings(scoped, oldConnector),
    derived,
    notDerived,
  };
}
