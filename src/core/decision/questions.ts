import type { GuideAnchor } from "../../shared/guide-anchors";
import {
  answerValues,
  questionIds,
  type Answers,
  type MultiQuestionId,
  type OptionValue,
  type QuestionId,
} from "./answers";
import { compileCondition, type Condition } from "./conditions";

export interface QuestionOption<V extends string = string> {
  readonly value: V;
  readonly label: string;
  /** Multi-choice only: chosen alone or not at all (`needs=none`). */
  readonly exclusive?: boolean;
  /** Multi-choice only: the option is offered only when this holds. */
  readonly offeredWhen?: Condition;
}

export type QuestionKind<Q extends QuestionId> = Q extends MultiQuestionId ? "multi" : "single";

export interface Question<Q extends QuestionId = QuestionId> {
  readonly id: Q;
  readonly kind: QuestionKind<Q>;
  /** The question as asked: the question page's h1 and the form's legend. */
  readonly title: string;
  /** A few words naming the question in lists, the check-answers page and error messages. */
  readonly shortLabel: string;
  readonly learnMore: GuideAnchor;
  /** The spec's "asked when" column, as data. */
  readonly when: Condition;
  /** Whether the question is asked, given the answers so far (the `when` condition is met). */
  readonly askedWhen: (answers: Answers) => boolean;
  /** In display and encoding order. */
  readonly options: readonly QuestionOption<OptionValue<Q>>[];
}

/** Any one question, discriminated on `id`. */
export type AnyQuestion = { [Q in QuestionId]: Question<Q> }[QuestionId];

type OptionText = Omit<QuestionOption, "value">;

interface QuestionSpec<Q extends QuestionId> {
  readonly kind: QuestionKind<Q>;
  readonly title: string;
  readonly shortLabel: string;
  readonly learnMore: GuideAnchor;
  readonly when: Condition;
  /** Keyed by value so that the compiler insists every value has wording. */
  readonly options: { readonly [V in OptionValue<Q>]: OptionText };
}

const adSynced: Condition = [{ directory: ["ad"], "in-ad": ["already", "can-add"] }];
/** When the Graph connector is in the running: no AD, or users who are not in AD yet. */
const graphConsidered: Condition = [{ directory: ["ldap", "none"] }, { "in-ad": ["can-add", "must-not"] }];
const severalForests: Condition = [{ forests: ["several-connected", "several-disconnected"] }];

const specs: { readonly [Q in QuestionId]: QuestionSpec<Q> } = {
  engine: {
    kind: "single",
    title: "Which sync engine runs the FIM Connector for Microsoft Entra ID today?",
    shortLabel: "Sync engine",
    learnMore: "lifecycle#upgrade-to-sp3",
    when: "always",
    options: {
      "fim-2010-r2": {
        label: "FIM 2010 R2 (Forefront Identity Manager, build 4.1.x)",
      },
      "mim-2016-pre-sp2": {
        label: "MIM 2016 before Service Pack 2 (earlier than 4.6.34.0)",
      },
      "mim-2016-sp2": {
        label: "MIM 2016 with Service Pack 2 (4.6.34.0 up to 4.6.673.0)",
      },
      "mim-2016-sp3": {
        label: "MIM 2016 with Service Pack 3, or a later hotfix",
      },
    },
  },
  directory: {
    kind: "single",
    title: "Which on-premises directory holds, or could hold, the users and groups that FIM/MIM sends to Entra ID?",
    shortLabel: "On-premises directory",
    learnMore: "overview#how-to-choose",
    when: "always",
    options: {
      ad: {
        label: "Active Directory (one or more AD DS forests)",
      },
      ldap: {
        label: "Only a non-AD LDAP directory",
      },
      none: {
        label: "No on-premises directory",
      },
    },
  },
  "in-ad": {
    kind: "single",
    title: "Do the users and groups that FIM/MIM sends to Entra ID have Active Directory accounts?",
    shortLabel: "AD accounts",
    learnMore: "graph-connector#not-for-directory-users",
    when: [{ directory: ["ad"] }],
    options: {
      already: {
        label: "Yes, they already have AD accounts",
      },
      "can-add": {
        label: "Not yet, but they may be given AD accounts",
      },
      "must-not": {
        label: "No, and they must stay out of AD",
      },
    },
  },
  forests: {
    kind: "single",
    title: "How many AD forests are in scope, and can one server reach them all?",
    shortLabel: "Forests",
    learnMore: "connect-sync#one-server-reaches-every-forest",
    when: adSynced,
    options: {
      one: {
        label: "One forest",
      },
      "several-connected": {
        label: "Several forests, and one server can reach them all",
      },
      "several-disconnected": {
        label: "Several forests that no single server can reach",
      },
    },
  },
  "largest-domain": {
    kind: "single",
    title: "How many in-scope objects does your largest AD domain hold?",
    shortLabel: "Largest domain",
    learnMore: "cloud-sync#objects-per-domain",
    when: adSynced,
    options: {
      "under-100k": { label: "Fewer than 100,000 objects" },
      "100k-150k": { label: "100,000 to 150,000 objects" },
      "over-150k": { label: "More than 150,000 objects" },
    },
  },
  "total-objects": {
    kind: "single",
    title: "How many objects would one Connect Sync server hold in all?",
    shortLabel: "Objects in one Connect Sync server",
    learnMore: "connect-sync#sql-database-size",
    when: [{ directory: ["ad"], "in-ad": ["already", "can-add"] }, { directory: ["ldap"] }],
    options: {
      "under-100k": { label: "Fewer than 100,000 objects" },
      "100k-or-more": { label: "100,000 objects or more" },
      unsure: { label: "Not sure" },
    },
  },
  needs: {
    kind: "multi",
    title: "Which of these do you need from the new sync?",
    shortLabel: "Needs",
    learnMore: "compare#feature-table",
    when: adSynced,
    options: {
      "same-person-several-forests": {
        label: "One person has accounts in more than one forest, to be joined into one Entra ID user",
        offeredWhen: severalForests,
      },
      "groups-over-50k": {
        label: "Groups with more than 50,000 members",
      },
      "device-sync": {
        label: "Syncing computers to Entra ID for Microsoft Entra hybrid join",
      },
      "device-writeback": {
        label: "Writing Entra ID devices back to AD",
      },
      "attribute-filtering": {
        label: "Filtering on attribute values, or advanced sync rules",
      },
      "pta-or-adfs-setup": {
        label: "Setting up Pass-through Authentication or AD FS with the sync tool",
      },
      "cross-forest-references": {
        label: "References across forests",
        offeredWhen: severalForests,
      },
      none: {
        label: "None of these",
        exclusive: true,
      },
    },
  },
  "only-sync": {
    kind: "single",
    title: "Is FIM/MIM used only to copy these objects from AD to Entra ID?",
    shortLabel: "FIM/MIM's only job",
    learnMore: "cloud-sync#after-migration",
    when: [{ "in-ad": ["already"] }],
    options: {
      yes: { label: "Yes, it only copies objects from AD to Entra ID" },
      no: {
        label: "No, it does other work too",
      },
    },
  },
  "existing-connect": {
    kind: "single",
    title: "Does the tenant already run Microsoft Entra Connect Sync for other objects?",
    shortLabel: "Existing Connect Sync",
    learnMore: "connect-sync#one-active-server-per-tenant",
    when: adSynced,
    options: {
      yes: { label: "Yes, Connect Sync already syncs other objects into this tenant" },
      no: { label: "No" },
    },
  },
  federation: {
    kind: "single",
    title: "How do the users in scope sign in to Microsoft Entra ID?",
    shortLabel: "Sign-in to Entra ID",
    learnMore: "migrate-safely#federated-sign-in",
    when: "always",
    options: {
      managed: { label: "Cloud authentication: password hash sync, pass-through authentication or cloud passwords" },
      adfs: { label: "Federated with AD FS" },
      "other-idp": { label: "Federated with another identity provider" },
      unsure: { label: "Not sure" },
    },
  },
  licenses: {
    kind: "single",
    title: "Do the users in scope have Microsoft Entra ID P1 or P2 licenses?",
    shortLabel: "Entra ID P1 or P2",
    learnMore: "graph-connector#licensing",
    when: graphConsidered,
    options: {
      "p1-p2": { label: "Yes, Microsoft Entra ID P1 or P2" },
      none: { label: "No" },
      unsure: { label: "Not sure" },
    },
  },
  "mail-objects": {
    kind: "single",
    title: "Does the old connector send contacts, distribution groups or mail-enabled security groups to Entra ID?",
    shortLabel: "Contacts and mail-enabled groups",
    learnMore: "graph-connector#mail-objects",
    when: graphConsidered,
    options: {
      yes: { label: "Yes, some of these" },
      no: { label: "No, only users and groups that are not mail-enabled" },
      unsure: { label: "Not sure" },
    },
  },
  environment: {
    kind: "single",
    title: "Is this a production environment?",
    shortLabel: "Environment",
    learnMore: "overview#work-with-a-partner",
    when: "always",
    options: {
      production: { label: "Yes, production" },
      "non-production": { label: "No, a test or pilot environment" },
    },
  },
};

function build<Q extends QuestionId>(id: Q): Question<Q> {
  const spec: QuestionSpec<Q> = specs[id];
  const values = answerValues[id] as readonly OptionValue<Q>[];
  const status = compileCondition(spec.when);
  return {
    id,
    kind: spec.kind,
    title: spec.title,
    shortLabel: spec.shortLabel,
    learnMore: spec.learnMore,
    when: spec.when,
    askedWhen: (answers) => status(answers) === "yes",
    options: values.map((value) => ({ value, ...spec.options[value] })),
  };
}

export const questionsById: { readonly [Q in QuestionId]: Question<Q> } = {
  engine: build("engine"),
  directory: build("directory"),
  "in-ad": build("in-ad"),
  forests: build("forests"),
  "largest-domain": build("largest-domain"),
  "total-objects": build("total-objects"),
  needs: build("needs"),
  "only-sync": build("only-sync"),
  "existing-connect": build("existing-connect"),
  federation: build("federation"),
  licenses: build("licenses"),
  "mail-objects": build("mail-objects"),
  environment: build("environment"),
};

/** The question graph, in the order questions are asked. */
export const questions: readonly AnyQuestion[] = questionIds.map((id) => questionsById[id]);

export function getQuestion<Q extends QuestionId>(id: Q): Question<Q> {
  return questionsById[id];
}

export function isQuestionId(value: string): value is QuestionId {
  return (questionIds as readonly string[]).includes(value);
}

/** The option's label, or the raw value if the question has no such option. */
export function optionLabel(questionId: QuestionId, value: string): string {
  const options: readonly QuestionOption[] = questionsById[questionId].options;
  return options.find((o) => o.value === value)?.label ?? value;
}
