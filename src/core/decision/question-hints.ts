import type { OptionValue, QuestionId } from "./answers";

/**
 * The help under each question and its options. Apart from the questions themselves
 * (questions.ts) because only the question pages show it: every other page reads the graph
 * (saved answers, share links) and need not download a paragraph per question.
 */
export interface QuestionHints<Q extends QuestionId> {
  /** One or two sentences of help shown under the title. */
  readonly hint: string;
  readonly options?: { readonly [V in OptionValue<Q>]?: string };
}

export const questionHints: { readonly [Q in QuestionId]: QuestionHints<Q> } = {
  engine: {
    hint: "Synchronization Service Manager shows the build under Help > About. Microsoft recommends the latest MIM 2016 Service Pack 3 to anyone on FIM, SP2 or earlier; MIM 2016 is supported until 9 January 2029, and the Graph connector needs at least SP2.",
    options: {
      "mim-2016-pre-sp2": "The release build or Service Pack 1.",
      "mim-2016-sp2": "4.6.673.0 is SP2's latest build, the one SP3 upgrades from in place.",
      "mim-2016-sp3": "Installed as update KB5085154 on top of SP2 4.6.673.0, or as a new SP3 installation.",
    },
  },
  directory: {
    hint: "Cloud sync and Connect Sync copy users and groups from an on-premises directory into Entra ID; the Graph connector lets MIM write to Entra ID without one.",
    options: {
      ad: "Choose this even if the users are not in AD yet but could be.",
      ldap: "An LDAP v3 directory other than Active Directory, and no AD forest for these users.",
      none: "FIM/MIM takes these users and groups from HR or other sources and sends them only to Entra ID.",
    },
  },
  "in-ad": {
    hint: "Cloud sync and Connect Sync can only sync what is in AD, so FIM/MIM would provision these objects into AD with the AD management agent. The Graph connector is for users and groups that are not provisioned on-premises.",
    options: {
      already: "They are in AD, or FIM/MIM already provisions them there.",
      "can-add": "FIM/MIM could start provisioning them into AD.",
    },
  },
  forests: {
    hint: "Connect Sync needs one domain-joined server that reaches every forest; cloud sync needs an agent per disconnected forest, so the forests need not reach each other.",
    options: {
      one: "With one or more domains.",
      "several-disconnected": "For example after a merger, with no network path between the forests.",
    },
  },
  "largest-domain": {
    hint: "Count the users, groups and contacts in scope in the single largest domain. Cloud sync supports up to 150,000 objects per domain.",
  },
  "total-objects": {
    hint: "Add up every forest or LDAP directory in scope, plus whatever an existing Connect Sync server already syncs. Connect Sync's default SQL Server Express LocalDB database is limited to 10 GB, about 100,000 objects for the whole database, not per domain.",
    options: {
      unsure: "The advisor will ask you to count them before you choose a database.",
    },
  },
  needs: {
    hint: "Cloud sync lacks each of these, and Connect Sync supports them all. Choose every one that applies, or “None of these”.",
    options: {
      "same-person-several-forests":
        "For example user accounts in one forest and their Exchange mailboxes in a resource forest.",
      "device-writeback":
        "For example for AD FS conditional access, or Windows Hello for Business with hybrid certificate trust.",
      "attribute-filtering": "Scoping by domain, OU or group alone does not count.",
      "pta-or-adfs-setup": "Pass-through Authentication that is already set up keeps working with cloud sync.",
      "cross-forest-references": "For example a manager, or a group member, in another forest.",
    },
  },
  "only-sync": {
    hint: "If the sync engine does nothing else, such as provisioning from HR or into other systems, cloud sync may replace it entirely.",
    options: {
      no: "For example it provisions users from HR into AD or manages other systems.",
    },
  },
  "existing-connect": {
    hint: "A tenant has only one active Connect Sync server, and cloud sync can run beside it only with scopes that never overlap.",
  },
  federation: {
    hint: "Ask whoever runs sign-in, or run Get-MgDomain (Microsoft Graph PowerShell): each domain's AuthenticationType is Managed or Federated. Federated sign-in depends on the ImmutableID claim, which must keep matching each user's source anchor after the migration.",
    options: {
      managed:
        "The domain's AuthenticationType is Managed: Entra ID checks the password or passes it to your domain controllers.",
      adfs: "The domain's AuthenticationType is Federated, and the federation server is Active Directory Federation Services.",
      "other-idp": "The domain's AuthenticationType is Federated with another provider, such as PingFederate or Okta.",
      unsure: "The advice will ask you to find out before the pilot.",
    },
  },
  licenses: {
    hint: "The Microsoft Graph connector for MIM is for Entra ID P1 or P2 customers.",
  },
  "mail-objects": {
    hint: "Microsoft Graph treats organisational contacts, distribution groups and mail-enabled security groups as read-only, so the Graph connector cannot take them over. The old connector's export attribute flows show which object types it sends.",
  },
  environment: {
    hint: "Microsoft recommends working with a partner when you change synchronization technology in production.",
  },
};

/** The help under a question. */
export function questionHint(questionId: QuestionId): string {
  return questionHints[questionId].hint;
}

/** The help under one option of a question, if it has any. */
export function optionHint(questionId: QuestionId, value: string): string | undefined {
  const options: { readonly [value: string]: string | undefined } | undefined = questionHints[questionId].options;
  return options?.[value];
}
