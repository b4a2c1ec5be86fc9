/** The steps of the "sync-engine" phase, in plan order. */
import type { StepRule } from "../plan-types";
import { byOption, isLdap } from "./step-helpers";

export const syncEngineSteps: readonly StepRule[] = [
  {
    id: "engine-retire",
    phase: "sync-engine",
    when: { caveats: ["retire-sync-engine"] },
    title: "Retire the FIM/MIM sync engine",
    what: "Once the validation below passes, confirm that the engine runs no other management agents or schedules, keep a final database backup for your retention period, and decommission the server and its SQL Server database.",
    why: "FIM/MIM only copied these objects from AD to Entra ID, which cloud sync does on its own: it reads the forests directly.",
    anchor: "cloud-sync#after-migration",
  },
  {
    id: "engine-keep",
    phase: "sync-engine",
    when: { notCaveats: ["retire-sync-engine"] },
    title: "Keep the FIM/MIM sync engine supported",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "MIM keeps provisioning these users and groups into AD through the AD management agent: it is now the first hop of the flow. Keep it on MIM 2016 SP2 and plan what replaces it before its support ends.",
        "connect-sync": `MIM keeps provisioning into ${isLdap(ctx) ? "the LDAP directory" : "AD"} and Connect Sync carries the objects on, so you now run two sync engines, each with its own SQL Server instance. Keep MIM on MIM 2016 SP2 and plan what replaces it before its support ends.`,
        "graph-connector":
          "MIM now writes to Entra ID itself, through the Graph connector. Keep it on MIM 2016 SP2 and plan what replaces it before its support ends.",
        none: "What FIM/MIM does next depends on the option you choose: with cloud sync it may be retired if it does nothing else; with Connect Sync or the Graph connector it stays.",
      }),
    why: "MIM 2016 mainstream support ended on 12 January 2021; extended support runs to 9 January 2029.",
    anchor: "lifecycle#mim-2016-support",
  },
  {
    id: "engine-connect-sync-upgrades",
    phase: "sync-engine",
    when: { outcomes: ["connect-sync"] },
    title: "Schedule Connect Sync upgrades",
    what: "Add Connect Sync to the patch calendar with an owner, and upgrade before the build you run retires.",
    why: "Each Connect Sync 2.x build retires 12 months after its replacement ships, and servers older than 2.5.79.0 stopped syncing after 30 September 2026.",
    anchor: "connect-sync#version-deadline",
  },
  {
    id: "engine-revisit-cloud-sync",
    phase: "sync-engine",
    when: { caveats: ["strategic-direction"] },
    title: "Put a cloud sync review on the roadmap",
    what: "Record which requirement ruled cloud sync out and recheck it as cloud sync's limits change; when it no longer applies, plan the move to cloud sync.",
    why: "Microsoft names cloud sync as its strategic direction, so choosing Connect Sync today may mean a second migration later.",
    anchor: "connect-sync#strategic-direction",
  },
  {
    id: "engine-renew-client-secret",
    phase: "sync-engine",
    when: { outcomes: ["graph-connector"] },
    title: "Schedule the client secret's renewal",
    what: "Put the secret's expiry date in the operations calendar with an owner, and renew the secret and update the management agent before it expires.",
    why: "Client-secret authentication is the only method the Graph connector documents, so an expired secret stops every import and export (our inference).",
    anchor: "graph-connector#after-migration",
  },
];
