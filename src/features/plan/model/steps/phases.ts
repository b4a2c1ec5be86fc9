/** The plan's phases, in order, with their titles and summaries. */
import type { PhaseRule } from "../plan-types";

export const phaseRules: readonly PhaseRule[] = [
  {
    id: "resolve",
    title: "Resolve the collision",
    summary:
      "As answered, no replacement fits. Settle which requirement can change before you build anything; the preparation below applies whichever option you then choose.",
  },
  {
    id: "prepare",
    title: "Prepare",
    summary: "Inventory, backups, licences and prerequisites, before anything changes.",
  },
  {
    id: "pilot",
    title: "Pilot",
    summary: "A small set of objects moves first, in a scope that no other engine exports.",
  },
  {
    id: "cut-over",
    title: "Cut over",
    summary: "Widen the scope in batches until the new engine serves every object, then stop the old connector.",
  },
  {
    id: "remove-old-connector",
    title: "Remove the old connector",
    summary: "Deletion rules first: deleting a management agent is a metaverse event.",
  },
  {
    id: "sync-engine",
    title: (ctx) =>
      ctx.caveats.has("retire-sync-engine") ? "Retire the FIM/MIM sync engine" : "Keep the FIM/MIM sync engine",
    summary: (ctx) =>
      ctx.caveats.has("retire-sync-engine")
        ? `${ctx.option === "connect-sync" ? "Connect Sync" : "Cloud sync"} now does the engine's only job.`
        : "What FIM/MIM still does for you, and how to keep it supported.",
  },
  {
    id: "validate",
    title: "Validate and sign off",
    summary: "Check the result against the inventory and close the change.",
  },
];
