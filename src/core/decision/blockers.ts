import type { GuideAnchor } from "../../shared/guide-anchors";
import type { Answers, QuestionId } from "./answers";
import { blockerConditions, type BlockerIdFor } from "./blocker-conditions";
import type { OptionId } from "./outcomes";

export type {
  BlockerId,
  BlockerIdFor,
  CloudSyncBlockerId,
  ConnectSyncBlockerId,
  GraphConnectorBlockerId,
} from "./blocker-conditions";

/** A condition that rules an option out, with the fact behind it. */
export interface Blocker<O extends OptionId = OptionId> {
  readonly option: O;
  readonly id: BlockerIdFor<O>;
  /** The question whose answer raises it. */
  readonly questionId: QuestionId;
  readonly title: string;
  /** One or two sentences with the fact (numbers, dates). */
  readonly text: string;
  /** What would have to change for this blocker to go away (the no-clean-fit page). */
  readonly unblock: string;
  readonly anchor: GuideAnchor;
}

export interface BlockerRule<O extends OptionId = OptionId> {
  readonly blocker: Blocker<O>;
  readonly holds: (answers: Answers) => boolean;
}

const cloudSync: readonly Blocker<"cloud-sync">[] = [
  {
    option: "cloud-sync",
    id: "no-ad",
    questionId: "directory",
    title: "No Active Directory",
    text: "Cloud sync reads users and groups only from Active Directory forests: it cannot read a non-AD LDAP directory, and without an on-premises directory it has nothing to read.",
    unblock: "FIM/MIM would have to provision these users and groups into an AD forest with the AD management agent.",
    anchor: "cloud-sync#when-it-fits",
  },
  {
    option: "cloud-sync",
    id: "must-stay-out-of-ad",
    questionId: "in-ad",
    title: "The users must stay out of AD",
    text: "Cloud sync only brings into Entra ID what is already in Active Directory, so FIM/MIM would first have to provision these users into AD.",
    unblock: "These users and groups would have to be allowed into AD.",
    anchor: "cloud-sync#data-flow",
  },
  {
    option: "cloud-sync",
    id: "domain-over-150k",
    questionId: "largest-domain",
    title: "A domain holds more than 150,000 objects",
    text: "Cloud sync supports up to 150,000 objects per AD domain; Connect Sync has no such per-domain limit.",
    unblock:
      "The largest domain would need 150,000 in-scope objects or fewer, for example by leaving out objects that need not reach Entra ID.",
    anchor: "cloud-sync#objects-per-domain",
  },
  {
    option: "cloud-sync",
    id: "same-person-several-forests",
    questionId: "needs",
    title: "One person in several forests",
    text: "Cloud sync never matches objects across forests: every user and group must be unique across all forests, so a person with accounts in two forests would become two Entra ID users.",
    unblock:
      "Each person would need to be in one forest only, for example by having FIM/MIM consolidate them into one forest first.",
    anchor: "cloud-sync#unique-objects-across-forests",
  },
  {
    option: "cloud-sync",
    id: "groups-over-50k",
    questionId: "needs",
    title: "Groups over 50,000 members",
    text: "Cloud sync syncs groups of up to 50,000 members; Connect Sync goes up to 250,000.",
    unblock: "Every group in scope would need 50,000 members or fewer, for example by splitting the largest groups.",
    anchor: "cloud-sync#group-size",
  },
  {
    option: "cloud-sync",
    id: "device-sync",
    questionId: "needs",
    title: "Device sync for hybrid join",
    text: "Cloud sync's sync of computers for Microsoft Entra hybrid join is a preview, documented on 21 July 2026: a preview carries no service level agreement and may never reach general availability, so the advisor does not count it as support. Connect Sync syncs devices today.",
    unblock:
      "You would need to do without hybrid join from this tool, or accept a preview for it, for example by moving devices to Microsoft Entra join.",
    anchor: "cloud-sync#device-objects",
  },
  {
    option: "cloud-sync",
    id: "device-writeback",
    questionId: "needs",
    title: "Device writeback",
    text: "Cloud sync does not write Entra ID devices back to AD: Microsoft has discontinued device writeback for it and points to Cloud Kerberos trust instead, for example for Windows Hello for Business.",
    unblock:
      "You would need to do without device writeback, for example by moving Windows Hello for Business to Cloud Kerberos trust, as Microsoft suggests.",
    anchor: "cloud-sync#device-writeback",
  },
  {
    option: "cloud-sync",
    id: "attribute-filtering",
    questionId: "needs",
    title: "Attribute-value filtering or advanced sync rules",
    text: "Cloud sync scopes only by domain, OU or group: it cannot filter on attribute values and offers the expression builder instead of advanced sync rules.",
    unblock:
      "The scope would have to be expressed by domains, OUs or groups, and the attribute flows with cloud sync's expression builder.",
    anchor: "cloud-sync#attribute-filtering",
  },
  {
    option: "cloud-sync",
    id: "pta-or-adfs-setup",
    questionId: "needs",
    title: "Setting up Pass-through Authentication or AD FS",
    text: "Cloud sync cannot configure Pass-through Authentication or AD FS (Pass-through Authentication that is already set up keeps working).",
    unblock:
      "You would need password hash sync instead, or Pass-through Authentication or AD FS set up without the sync tool's help.",
    anchor: "cloud-sync#pta-and-ad-fs",
  },
  {
    option: "cloud-sync",
    id: "cross-forest-references",
    questionId: "needs",
    title: "References across forests",
    text: "Cloud sync does not support cross-forest references, such as a manager or a group member in another forest.",
    unblock: "References such as managers and group members would need to stay within one forest.",
    anchor: "cloud-sync#cross-forest-references",
  },
];

const connectSync: readonly Blocker<"connect-sync">[] = [
  {
    option: "connect-sync",
    id: "no-directory",
    questionId: "directory",
    title: "No on-premises directory",
    text: "Connect Sync reads users and groups from an on-premises directory (AD, or LDAP with limited support); with none, it has nothing to read.",
    unblock: "FIM/MIM would have to provision these users and groups into an on-premises directory first.",
    anchor: "topologies#no-on-premises-directory",
  },
  {
    option: "connect-sync",
    id: "must-stay-out-of-ad",
    questionId: "in-ad",
    title: "The users must stay out of AD",
    text: "Connect Sync only brings into Entra ID what is in the on-premises directory, so FIM/MIM would first have to provision these users into AD.",
    unblock: "These users and groups would have to be allowed into AD.",
    anchor: "connect-sync#data-flow",
  },
  {
    option: "connect-sync",
    id: "disconnected-forests",
    questionId: "forests",
    title: "Forests that no single server reaches",
    text: "One Connect Sync server must reach every forest it syncs, and a tenant may have only one active Connect Sync server (staging servers excepted).",
    unblock: "One domain-joined server would need network access to every forest in scope.",
    anchor: "connect-sync#one-server-reaches-every-forest",
  },
];

const graphConnector: readonly Blocker<"graph-connector">[] = [
  {
    option: "graph-connector",
    id: "provisions-into-ad",
    questionId: "in-ad",
    title: "The users are already in AD",
    text: "The Graph connector is for users and groups that are not provisioned into an on-premises directory, and it must not touch objects that Connect Sync or cloud sync manage.",
    unblock: "It would fit only for users and groups that FIM/MIM does not provision into AD.",
    anchor: "graph-connector#not-for-directory-users",
  },
  {
    option: "graph-connector",
    id: "no-p1-p2",
    questionId: "licenses",
    title: "No Entra ID P1 or P2",
    text: "The Microsoft Graph connector for MIM is offered to Microsoft Entra ID P1 or P2 customers.",
    unblock: "The users in scope would need Microsoft Entra ID P1 or P2 licenses.",
    anchor: "graph-connector#licensing",
  },
  {
    option: "graph-connector",
    id: "mail-objects",
    questionId: "mail-objects",
    title: "Contacts or mail-enabled groups",
    text: "Microsoft Graph treats organisational contacts, distribution groups and mail-enabled security groups as read-only, so the Graph connector cannot create or update them.",
    unblock:
      "The contacts and mail-enabled groups would have to leave the old connector's scope, for example to be managed in Exchange, or come from AD through a sync engine.",
    anchor: "graph-connector#mail-objects",
  },
];

/** A blocker with the test that raises it (blocker-conditions.ts). */
function withConditions<O extends OptionId>(blockers: readonly Blocker<O>[]): BlockerRule<O>[] {
  return blockers.map((blocker) => ({
    blocker,
    holds: (blockerConditions[blocker.option] as Record<BlockerIdFor<O>, (answers: Answers) => boolean>)[blocker.id],
  }));
}

/** Every blocker of each option, in the order they are shown. */
export const blockerRules: { readonly [O in OptionId]: readonly BlockerRule<O>[] } = {
  "cloud-sync": withConditions(cloudSync),
  "connect-sync": withConditions(connectSync),
  "graph-connector": withConditions(graphConnector),
};

/** The blockers that rule the option out for these answers (empty: the option fits). */
export function blockersFor<O extends OptionId>(option: O, answers: Answers): Blocker<O>[] {
  const rules: readonly BlockerRule<O>[] = blockerRules[option];
  return rules.filter((r) => r.holds(answers)).map((r) => r.blocker);
}
