import type { GuideAnchor } from "../../shared/guide-anchors";

/** The three replacements for the FIM Connector, in Microsoft's order of preference. */
export const optionIds = ["cloud-sync", "connect-sync", "graph-connector"] as const;
export type OptionId = (typeof optionIds)[number];

export const outcomeIds = [...optionIds, "no-clean-fit"] as const;
export type OutcomeId = (typeof outcomeIds)[number];

export interface Outcome {
  readonly id: OutcomeId;
  readonly name: string;
  readonly shortName: string;
  /** The short name as it reads mid-sentence ("the Graph connector"). */
  readonly inSentence: string;
  /** Two sentences: the result page's lead and the link preview's description. */
  readonly summary: string;
  /** How objects reach Entra ID with this option (undefined for no-clean-fit). */
  readonly dataFlow?: string;
  readonly anchor: GuideAnchor;
}

export const outcomes: { readonly [O in OutcomeId]: Outcome & { readonly id: O } } = {
  "cloud-sync": {
    id: "cloud-sync",
    name: "Microsoft Entra Connect cloud sync",
    shortName: "Cloud sync",
    inSentence: "cloud sync",
    summary:
      "FIM/MIM provisions users and groups into Active Directory through the AD management agent, and the lightweight cloud sync agent brings them from AD into Microsoft Entra ID. Microsoft recommends this first whenever your AD forests fit cloud sync's supported topologies and limits.",
    dataFlow: "FIM/MIM → Active Directory (AD management agent) → cloud sync → Microsoft Entra ID",
    anchor: "cloud-sync#when-it-fits",
  },
  "connect-sync": {
    id: "connect-sync",
    name: "Microsoft Entra Connect Sync",
    shortName: "Connect Sync",
    inSentence: "Connect Sync",
    summary:
      "FIM/MIM provisions users and groups into Active Directory, or a non-AD LDAP directory, and one Connect Sync server brings them into Microsoft Entra ID. It is the choice when your topology or the features you need rule cloud sync out, though Microsoft names cloud sync as its strategic direction.",
    dataFlow: "FIM/MIM → Active Directory or LDAP directory → Connect Sync → Microsoft Entra ID",
    anchor: "connect-sync#when-it-fits",
  },
  "graph-connector": {
    id: "graph-connector",
    name: "MIM with the Microsoft Graph connector",
    shortName: "Graph connector",
    inSentence: "the Graph connector",
    summary:
      "MIM writes users and groups straight to Microsoft Entra ID over Microsoft Graph, with no on-premises directory in between. It is meant for users and groups that are not provisioned into an on-premises directory, and needs Entra ID P1 or P2 and MIM 2016 SP2.",
    dataFlow: "MIM (Microsoft Graph connector) → Microsoft Entra ID",
    anchor: "graph-connector#when-it-fits",
  },
  "no-clean-fit": {
    id: "no-clean-fit",
    name: "No clean fit",
    shortName: "No clean fit",
    inSentence: "no clean fit",
    summary:
      "As answered, every one of the three replacements is ruled out by at least one of your requirements. The result shows which requirements collide and what would have to change for each option; Microsoft recommends working with a partner on a migration like this.",
    anchor: "overview#work-with-a-partner",
  },
};

export function isOutcomeId(value: string): value is OutcomeId {
  return (outcomeIds as readonly string[]).includes(value);
}
