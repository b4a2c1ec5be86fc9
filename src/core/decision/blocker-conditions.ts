import type { Answers, Need } from "./answers";
import type { OptionId } from "./outcomes";

// When each blocker holds, apart from its wording (blockers.ts): the recommendation needs only
// these, so a page can show it without loading every blocker's prose.

export type CloudSyncBlockerId = "no-ad" | "must-stay-out-of-ad" | "domain-over-150k" | Exclude<Need, "none">;
export type ConnectSyncBlockerId = "no-directory" | "must-stay-out-of-ad" | "disconnected-forests";
export type GraphConnectorBlockerId = "provisions-into-ad" | "no-p1-p2" | "mail-objects";

export type BlockerIdFor<O extends OptionId> = {
  "cloud-sync": CloudSyncBlockerId;
  "connect-sync": ConnectSyncBlockerId;
  "graph-connector": GraphConnectorBlockerId;
}[O];
export type BlockerId = BlockerIdFor<OptionId>;

const hasNeed = (answers: Answers, need: Need) => answers.needs?.includes(need) === true;

/** Each option's blockers, in the order they are shown, with the test that raises each. */
export const blockerConditions: {
  readonly [O in OptionId]: { readonly [B in BlockerIdFor<O>]: (answers: Answers) => boolean };
} = {
  "cloud-sync": {
    "no-ad": (a) => a.directory !== "ad",
    "must-stay-out-of-ad": (a) => a["in-ad"] === "must-not",
    "domain-over-150k": (a) => a["largest-domain"] === "over-150k",
    "same-person-several-forests": (a) => hasNeed(a, "same-person-several-forests"),
    "groups-over-50k": (a) => hasNeed(a, "groups-over-50k"),
    "device-sync": (a) => hasNeed(a, "device-sync"),
    "device-writeback": (a) => hasNeed(a, "device-writeback"),
    "attribute-filtering": (a) => hasNeed(a, "attribute-filtering"),
    "pta-or-adfs-setup": (a) => hasNeed(a, "pta-or-adfs-setup"),
    "cross-forest-references": (a) => hasNeed(a, "cross-forest-references"),
  },
  "connect-sync": {
    "no-directory": (a) => a.directory === "none",
    "must-stay-out-of-ad": (a) => a.directory === "ad" && a["in-ad"] === "must-not",
    "disconnected-forests": (a) => a.forests === "several-disconnected",
  },
  "graph-connector": {
    "provisions-into-ad": (a) => a["in-ad"] === "already",
    "no-p1-p2": (a) => a.licenses === "none",
    "mail-objects": (a) => a["mail-objects"] === "yes",
  },
};

/** The ids of the blockers that rule the option out for these answers, in order (empty: it fits). */
export function blockingIds<O extends OptionId>(option: O, answers: Answers): BlockerIdFor<O>[] {
  const conditions: { readonly [B in BlockerIdFor<O>]: (answers: Answers) => boolean } = blockerConditions[option];
  return (Object.keys(conditions) as BlockerIdFor<O>[]).filter((id) => conditions[id](answers));
}

// Each option's tests as a plain list, for `optionFits`: the walk over every answer set asks
// millions of times, and building id lists for each question kept the garbage collector busy.
const conditionLists: { readonly [O in OptionId]: readonly ((answers: Answers) => boolean)[] } = {
  "cloud-sync": Object.values(blockerConditions["cloud-sync"]),
  "connect-sync": Object.values(blockerConditions["connect-sync"]),
  "graph-connector": Object.values(blockerConditions["graph-connector"]),
};

/** Whether no blocker rules the option out for these answers (`blockingIds` is empty). */
export function optionFits(option: OptionId, answers: Answers): boolean {
  for (const holds of conditionLists[option]) if (holds(answers)) return false;
  return true;
}
