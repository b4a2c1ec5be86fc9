/**
 * The advisor's answer vocabulary. Question ids and values are a public contract (share URLs
 * and saved plans carry them), so they are spelled exactly as in the decision-model spec and
 * never renamed.
 */

/** Question ids in the graph's order: questions are asked, listed and encoded in this order. */
export const questionIds = [
  "engine",
  "directory",
  "in-ad",
  "forests",
  "largest-domain",
  "total-objects",
  "needs",
  "only-sync",
  "existing-connect",
  "federation",
  "licenses",
  "mail-objects",
  "environment",
] as const;

export type QuestionId = (typeof questionIds)[number];

/** Every value each question accepts, in the order its options are shown and encoded. */
export const answerValues = {
  engine: ["fim-2010-r2", "mim-2016-pre-sp2", "mim-2016-sp2", "mim-2016-sp3"],
  directory: ["ad", "ldap", "none"],
  "in-ad": ["already", "can-add", "must-not"],
  forests: ["one", "several-connected", "several-disconnected"],
  "largest-domain": ["under-100k", "100k-150k", "over-150k"],
  "total-objects": ["under-100k", "100k-or-more", "unsure"],
  needs: [
    "same-person-several-forests",
    "groups-over-50k",
    "device-sync",
    "device-writeback",
    "attribute-filtering",
    "pta-or-adfs-setup",
    "cross-forest-references",
    "none",
  ],
  "only-sync": ["yes", "no"],
  "existing-connect": ["yes", "no"],
  federation: ["managed", "adfs", "other-idp", "unsure"],
  licenses: ["p1-p2", "none", "unsure"],
  "mail-objects": ["yes", "no", "unsure"],
  environment: ["production", "non-production"],
} as const satisfies { readonly [Q in QuestionId]: readonly string[] };

/** The one question that takes several values. */
export type MultiQuestionId = "needs";
export type SingleQuestionId = Exclude<QuestionId, MultiQuestionId>;

/** The value of one option of a question (for `needs`, one need). */
export type OptionValue<Q extends QuestionId> = (typeof answerValues)[Q][number];

export type Engine = OptionValue<"engine">;
export type Directory = OptionValue<"directory">;
export type InAd = OptionValue<"in-ad">;
export type Forests = OptionValue<"forests">;
export type LargestDomain = OptionValue<"largest-domain">;
export type TotalObjects = OptionValue<"total-objects">;
export type Need = OptionValue<"needs">;
export type OnlySync = OptionValue<"only-sync">;
export type ExistingConnect = OptionValue<"existing-connect">;
export type Federation = OptionValue<"federation">;
export type Licenses = OptionValue<"licenses">;
export type MailObjects = OptionValue<"mail-objects">;
export type Environment = OptionValue<"environment">;

/** The stored answer of each question: one value, or for `needs` a list of needs. */
export type AnswerValues = {
  readonly [Q in QuestionId]: Q extends MultiQuestionId ? readonly Need[] : OptionValue<Q>;
};

/** Any answer a question can hold. */
export type AnswerValue = AnswerValues[QuestionId];

/** Answers given so far: any subset, possibly stale until pruned. */
export type Answers = { readonly [Q in QuestionId]?: AnswerValues[Q] };

type Absent<K extends QuestionId> = { readonly [P in K]?: undefined };
type Given<K extends QuestionId> = { readonly [P in K]: AnswerValues[P] };

type Always = Given<"engine" | "federation" | "environment">;
type AdSynced = Given<"forests" | "largest-domain" | "total-objects" | "needs" | "existing-connect">;
type NotAdSynced = Absent<"forests" | "largest-domain" | "needs" | "only-sync" | "existing-connect">;
/** The Graph connector's questions: asked whenever it is in the running. */
type GraphAsked = Given<"licenses" | "mail-objects">;
type GraphNotAsked = Absent<"licenses" | "mail-objects">;

/**
 * A complete answer set: every question that applies is answered and no other is. This
 * restates the spec's "asked when" column as a type so code and tests can narrow on it; the
 * runtime source of truth is the question data (`isComplete` checks against it, and the
 * enumeration test checks both agree).
 */
export type CompleteAnswers =
  | (Always & AdSynced & Given<"only-sync"> & GraphNotAsked & { readonly directory: "ad"; readonly "in-ad": "already" })
  | (Always & AdSynced & GraphAsked & Absent<"only-sync"> & { readonly directory: "ad"; readonly "in-ad": "can-add" })
  | (Always &
      GraphAsked &
      NotAdSynced &
      Absent<"total-objects"> & {
        readonly directory: "ad";
        readonly "in-ad": "must-not";
      })
  | (Always &
      GraphAsked &
      NotAdSynced &
      Given<"total-objects"> &
      Absent<"in-ad"> & {
        readonly directory: "ldap";
      })
  | (Always &
      GraphAsked &
      NotAdSynced &
      Absent<"in-ad" | "total-objects"> & {
        readonly directory: "none";
      });
