import type { GuideAnchor } from "../../shared/guide-anchors";
import type { MatchFlag, Verdict } from "./types";

export interface VerdictAdvice {
  readonly label: string;
  /** One sentence: what the first sync will do, and what to do about it. */
  readonly sentence: string;
  readonly anchor: GuideAnchor;
}

/** What each verdict means, in one sentence, and the guide section that says what to do. */
export const verdictAdvice: Record<Verdict, VerdictAdvice> = {
  collision: {
    label: "Collision",
    sentence:
      "An AD user nothing claims has the UPN or primary SMTP address of an Entra user that already has an ImmutableId: Entra refuses the soft match (InvalidSoftMatch) and creates a duplicate with quarantined attributes, so take it out of scope or give it the right anchor first.",
    anchor: "migrate-safely#match-existing-objects",
  },
  ambiguous: {
    label: "Ambiguous",
    sentence:
      "Two or more AD users fit this Entra user (or one AD user fits two Entra users), so no match is safe: settle which AD user is this person, and fix the others' anchors or addresses, before the first sync.",
    anchor: "migrate-safely#matching-step",
  },
  "cannot-match": {
    label: "Cannot match",
    sentence:
      "A server that anchors on objectGUID cannot match this user, because objectGUID cannot be changed and the ImmutableId is another value: this server will create a duplicate, so choose a target that reads ms-DS-ConsistencyGuid, or plan to recreate the user.",
    anchor: "migrate-safely#anchor-per-engine",
  },
  "no-ad-object": {
    label: "No AD user",
    sentence:
      "No AD user has this Entra user's anchor, UPN or primary SMTP address, so nothing will take it over: match it, convert it to cloud-managed, or delete it.",
    anchor: "migrate-safely#orphaned-objects",
  },
  "anchor-conflict": {
    label: "Anchor conflict",
    sentence:
      "The one AD user that fits already has ms-DS-ConsistencyGuid set to other bytes: find out what wrote it before you overwrite it with the ImmutableId's bytes.",
    anchor: "migrate-safely#matching-step",
  },
  "not-guid": {
    label: "Not a GUID",
    sentence:
      "This ImmutableId is not the base64 of 16 bytes, so no engine computes it from a GUID: pilot one such user first, and plan a custom anchor on a new Connect Sync server or recreation.",
    anchor: "migrate-safely#matching-step",
  },
  "stamp-needed": {
    label: "Stamp needed",
    sentence:
      "The one AD user that fits has an empty ms-DS-ConsistencyGuid: write the ImmutableId's 16 bytes into it (through MIM's AD management agent, or the script below) and it hard-matches.",
    anchor: "migrate-safely#matching-step",
  },
  "cloud-takeover": {
    label: "Cloud takeover",
    sentence:
      "This AD user's UPN or primary SMTP address equals that of a cloud user with no ImmutableId: the engine will soft-match and take that user over (unless soft match is blocked), so confirm they are the same person.",
    anchor: "migrate-safely#match-existing-objects",
  },
  "hard-match": {
    label: "Hard match",
    sentence:
      "Exactly one AD user's anchor equals this Entra user's ImmutableId: the first sync takes it over, nothing to do.",
    anchor: "migrate-safely#match-existing-objects",
  },
  new: {
    label: "New",
    sentence:
      "No Entra user has this AD user's anchor, UPN or primary SMTP address: the first sync creates it in Entra.",
    anchor: "migrate-safely#match-existing-objects",
  },
  "other-engine": {
    label: "Another engine",
    sentence:
      "Synced after the cut-off, so another engine manages this Entra user: it is left alone here (counted, not listed).",
    anchor: "migrate-safely#match-existing-objects",
  },
};

export const flagAdvice: Record<MatchFlag, { label: string; sentence: string }> = {
  "admin-role": {
    label: "Admin role",
    sentence:
      "The Entra user holds a directory role: Microsoft blocks soft match for such users and the sources are not clear on hard match, so test one first.",
  },
  "hard-match-blocked": {
    label: "Hard match blocked",
    sentence:
      "The tenant blocks cloud object takeover through hard match (blockCloudObjectTakeoverThroughHardMatchEnabled): an engine cannot take over a cloud-managed user that carries an ImmutableId, even with the right anchor (Set-EntraDirSyncFeature's description of BlockCloudObjectTakeoverThroughHardMatch).",
  },
};
