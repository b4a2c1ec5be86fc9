import type { GuideAnchor } from "../../shared/guide-anchors";
import type { DirectoryObjectKind, Verdict } from "./types";
import { verdictAdvice } from "./verdict-advice";

/**
 * The verdicts as they read for groups and contacts (the same verdicts, by the same rules: see
 * match.ts). The cloud side is the old connector's connector space, not the tenant, so two
 * verdicts cannot occur: cloud-takeover (no export of the tenant's cloud-only groups is read) and
 * other-engine (every object in that connector space is the old connector's).
 */
export const objectVerdictAdvice: Record<Verdict, { label: string; sentence: string; anchor: GuideAnchor }> = {
  collision: {
    label: "Collision",
    sentence:
      "An AD group or contact nothing claims has the primary SMTP address of one of the old connector's objects, which carries an anchor: Entra refuses the soft match and creates a duplicate, so take it out of scope or settle which object it is first.",
    anchor: verdictAdvice.collision.anchor,
  },
  ambiguous: {
    label: "Ambiguous",
    sentence:
      "Two or more AD objects fit this one (or one AD object fits two of the old connector's), so no match is safe: settle which is which before the first sync.",
    anchor: verdictAdvice.ambiguous.anchor,
  },
  "cannot-match": {
    label: "Cannot match",
    sentence:
      "The target computes this object's anchor from objectGUID only (Connect Sync anchors groups and contacts on objectGUID even where it anchors users on ms-DS-ConsistencyGuid), which cannot be changed and is not the old anchor: the first sync creates a duplicate. Sync it with cloud sync, or plan to recreate it.",
    anchor: verdictAdvice["cannot-match"].anchor,
  },
  "no-ad-object": {
    label: "No AD object",
    sentence:
      "No AD group or contact has this object's anchor or primary SMTP address (a group that is not mail-enabled has no address to be found by): if it is still in AD under another anchor, the first sync creates it a second time; if not, it is an orphan to match, convert to cloud-managed or delete.",
    anchor: verdictAdvice["no-ad-object"].anchor,
  },
  "anchor-conflict": {
    label: "Anchor conflict",
    sentence:
      "The one AD object that fits already has ms-DS-ConsistencyGuid set to other bytes: find out what wrote it before you overwrite it with the old anchor's bytes.",
    anchor: verdictAdvice["anchor-conflict"].anchor,
  },
  "not-guid": {
    label: "Not a GUID",
    sentence:
      "The old connector flowed an anchor that is not the base64 of 16 bytes (its form is shown), so no engine computes it from a GUID: pilot one such object first, and plan a custom anchor on a new Connect Sync server or recreation.",
    anchor: verdictAdvice["not-guid"].anchor,
  },
  "stamp-needed": {
    label: "Stamp needed",
    sentence:
      "The one AD object that fits has an empty ms-DS-ConsistencyGuid: write the old anchor's 16 bytes into it (through MIM's AD management agent) and cloud sync computes the same anchor. Sources differ on hard-matching groups: pilot one first.",
    anchor: verdictAdvice["stamp-needed"].anchor,
  },
  "cloud-takeover": {
    label: "Cloud takeover",
    sentence:
      "Not seen here: no export of the tenant's cloud-only groups and contacts is read, so a mail-enabled AD group that would soft-match one of them shows as new.",
    anchor: verdictAdvice["cloud-takeover"].anchor,
  },
  "hard-match": {
    label: "Hard match",
    sentence:
      "Exactly one AD object's computed anchor equals the anchor the old connector flowed. Sources differ on whether groups hard-match: pilot one group first.",
    anchor: verdictAdvice["hard-match"].anchor,
  },
  new: {
    label: "New",
    sentence:
      "None of the old connector's groups or contacts has this AD object's anchor or primary SMTP address: the first sync creates it (or soft-matches a cloud-only group with its address, which these files do not show).",
    anchor: verdictAdvice.new.anchor,
  },
  "other-engine": {
    label: "Another engine",
    sentence: "Does not occur here: every object in the old connector's connector space is the old connector's.",
    anchor: verdictAdvice["other-engine"].anchor,
  },
};

export const objectKindNames: Record<DirectoryObjectKind, { one: string; many: string }> = {
  group: { one: "group", many: "groups" },
  contact: { one: "contact", many: "contacts" },
};
