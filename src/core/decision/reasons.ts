import type { GuideAnchor } from "../../shared/guide-anchors";
import { questionIds, type CompleteAnswers, type QuestionId } from "./answers";
import { optionIds, outcomes, type OptionId } from "./outcomes";
import { optionsBefore, type Decision } from "./decide";

/** One answer that led to the result, in plain words. */
export interface Reason {
  readonly id: string;
  readonly text: string;
  readonly anchor: GuideAnchor;
  readonly questionId: QuestionId;
}

/** Why an option that fits is still not the recommendation. */
export interface WhyNot {
  readonly text: string;
  readonly anchor: GuideAnchor;
}

const reason = (questionId: QuestionId, id: string, text: string, anchor: GuideAnchor): Reason => ({
  id,
  text,
  anchor,
  questionId,
});

function inAdReason(a: CompleteAnswers, tool: string, anchor: GuideAnchor): Reason[] {
  if (a["in-ad"] === "already") {
    return [
      reason(
        "in-ad",
        "in-ad-already",
        `Your users and groups already have AD accounts (or FIM/MIM provisions them there), so ${tool} can read them from AD.`,
        anchor,
      ),
    ];
  }
  if (a["in-ad"] === "can-add") {
    return [
      reason(
        "in-ad",
        "in-ad-can-add",
        `Your users and groups may be given AD accounts, so FIM/MIM can provision them into AD with the AD management agent and ${tool} can read them from there.`,
        anchor,
      ),
    ];
  }
  return [];
}

function cloudSyncReasons(a: CompleteAnswers): Reason[] {
  const forests: Reason[] =
    a.forests === "one"
      ? [
          reason(
            "forests",
            "single-forest",
            "A single forest is a topology cloud sync supports.",
            "topologies#single-forest",
          ),
        ]
      : a.forests === "several-connected"
        ? [
            reason(
              "forests",
              "several-forests",
              "Several forests syncing into one tenant is a topology cloud sync supports.",
              "topologies#several-connected-forests",
            ),
          ]
        : a.forests === "several-disconnected"
          ? [
              reason(
                "forests",
                "disconnected-forests",
                "Cloud sync needs an agent per disconnected forest rather than one server that reaches them all, so it can serve forests that no single server reaches, which Connect Sync cannot.",
                "topologies#disconnected-forests",
              ),
            ]
          : [];
  return [
    reason(
      "directory",
      "ad-forests",
      "Your users and groups live in Active Directory, and Microsoft recommends cloud sync first for AD forests: it is its strategic direction.",
      "overview#how-to-choose",
    ),
    ...inAdReason(a, "cloud sync", "cloud-sync#data-flow"),
    ...forests,
    reason(
      "largest-domain",
      "domain-within-limit",
      "Your largest domain stays within cloud sync's limit of 150,000 objects per domain.",
      "cloud-sync#objects-per-domain",
    ),
    reason(
      "needs",
      "no-connect-only-needs",
      "You need none of the features that only Connect Sync offers, such as device sync, attribute-value filtering or groups over 50,000 members.",
      "compare#feature-table",
    ),
  ];
}

function connectSyncReasons(a: CompleteAnswers): Reason[] {
  if (a.directory === "ldap") {
    return [
      reason(
        "directory",
        "ldap-source",
        "Your users and groups are in a non-AD LDAP directory, which Connect Sync can read with its Generic LDAP connector.",
        "connect-sync#ldap-source",
      ),
    ];
  }
  return [
    ...inAdReason(a, "Connect Sync", "connect-sync#data-flow"),
    reason(
      "forests",
      "one-server-reaches",
      a.forests === "one"
        ? "One Connect Sync server can reach your single forest."
        : "One Connect Sync server can reach every forest in scope, as Connect Sync requires.",
      "connect-sync#one-server-reaches-every-forest",
    ),
  ];
}

function graphConnectorReasons(a: CompleteAnswers): Reason[] {
  const source: Reason[] =
    a.directory === "none"
      ? [
          reason(
            "directory",
            "no-directory",
            "You have no on-premises directory, so MIM can write users and groups to Entra ID directly over Microsoft Graph.",
            "topologies#no-on-premises-directory",
          ),
        ]
      : a["in-ad"] === "must-not"
        ? [
            reason(
              "in-ad",
              "stay-out-of-ad",
              "Your users and groups must stay out of AD, and the Graph connector lets MIM write them to Entra ID without an on-premises directory.",
              "graph-connector#not-for-directory-users",
            ),
          ]
        : [
            reason(
              "in-ad",
              "need-not-enter-ad",
              "Your users and groups are not in AD yet, so instead of adding them there MIM can write them to Entra ID directly over Microsoft Graph.",
              "graph-connector#not-for-directory-users",
            ),
          ];
  const licenses =
    a.licenses === "unsure"
      ? reason(
          "licenses",
          "licenses-unsure",
          "The Graph connector needs Entra ID P1 or P2; you are not sure the users have it, so it fits only once that is confirmed.",
          "graph-connector#licensing",
        )
      : reason(
          "licenses",
          "licenses-p1-p2",
          "Your users have Entra ID P1 or P2, which the Graph connector is meant for.",
          "graph-connector#licensing",
        );
  const mail =
    a["mail-objects"] === "unsure"
      ? reason(
          "mail-objects",
          "mail-objects-unsure",
          "The Graph connector cannot take over contacts, distribution groups or mail-enabled security groups; you are not sure the old connector sends any, so it fits only for the users and groups that are not mail objects.",
          "graph-connector#mail-objects",
        )
      : reason(
          "mail-objects",
          "mail-objects-no",
          "The old connector sends no contacts or mail-enabled groups, which Microsoft Graph treats as read-only.",
          "graph-connector#mail-objects",
        );
  return [...source, licenses, mail];
}

function ruledOut(decision: Decision, option: OptionId): Reason[] {
  return decision.blockers[option].map((b) =>
    reason(
      b.questionId,
      `rules-out-${option}-${b.id}`,
      `“${b.title}” rules out ${outcomes[option].inSentence}. ${b.text}`,
      b.anchor,
    ),
  );
}

const byQuestionOrder = (a: Reason, b: Reason) => questionIds.indexOf(a.questionId) - questionIds.indexOf(b.questionId);

/**
 * Which answers led to the decision: what makes the recommended option work, then what rules
 * out each option Microsoft would prefer to it (for no-clean-fit: every blocker), sorted by
 * question order.
 */
export function reasonsFor(answers: CompleteAnswers, decision: Decision): Reason[] {
  const { recommended } = decision;
  const positive =
    recommended === "cloud-sync"
      ? cloudSyncReasons(answers)
      : recommended === "connect-sync"
        ? connectSyncReasons(answers)
        : recommended === "graph-connector"
          ? graphConnectorReasons(answers)
          : [];
  const preferred = recommended === undefined ? optionIds : optionsBefore(recommended);
  return [...positive, ...preferred.flatMap((o) => ruledOut(decision, o))].sort(byQuestionOrder);
}

/** Why `option`, which fits, ranks below the recommendation. */
export function whyNotFor(option: OptionId, recommended: OptionId, answers: CompleteAnswers): WhyNot {
  if (option === "connect-sync" && recommended === "cloud-sync") {
    return {
      text: "Connect Sync would also work, but cloud sync fits as well, and Microsoft recommends cloud sync first as its strategic direction.",
      anchor: "connect-sync#strategic-direction",
    };
  }
  if (option === "graph-connector" && answers.directory === "ldap") {
    return {
      text: "The Graph connector is the alternative: MIM could write these users to Entra ID directly instead of through the LDAP directory. Microsoft suggests it for users and groups not provisioned into any on-premises directory, so Connect Sync from the directory you already run comes first.",
      anchor: "graph-connector#not-for-directory-users",
    };
  }
  if (option === "graph-connector") {
    return {
      text: `The Graph connector would also work, but it is meant for users and groups that are not provisioned into an on-premises directory. Yours may be given AD accounts, so syncing them from AD with ${outcomes[recommended].inSentence} comes first.`,
      anchor: "overview#how-to-choose",
    };
  }
  return {
    text: `${outcomes[option].shortName} would also work, but ${outcomes[recommended].inSentence} comes first in Microsoft's order of preference.`,
    anchor: "overview#how-to-choose",
  };
}
