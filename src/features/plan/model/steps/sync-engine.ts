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
    why: (ctx) =>
      ctx.option === "connect-sync"
        ? "FIM/MIM only copied these objects from AD to Entra ID, which Connect Sync does on its own: it reads the forests directly. Microsoft says this of cloud sync; for Connect Sync it is our inference from the same reasoning."
        : "FIM/MIM only copied these objects from AD to Entra ID, which cloud sync does on its own: it reads the forests directly.",
    anchor: (ctx) => (ctx.option === "connect-sync" ? "connect-sync#after-migration" : "cloud-sync#after-migration"),
  },
  {
    id: "engine-keep",
    phase: "sync-engine",
    when: { notCaveats: ["retire-sync-engine"] },
    title: "Keep the FIM/MIM sync engine supported",
    what: (ctx) =>
      byOption(ctx, {
        "cloud-sync":
          "MIM keeps provisioning these users and groups into AD through the AD management agent: it is now the first hop of the flow. Keep it on the latest MIM 2016 SP3 and plan what replaces it before its support ends.",
        "connect-sync": `MIM keeps provisioning into ${isLdap(ctx) ? "the LDAP directory" : "AD"} and Connect Sync carries the objects on, so you now run two sync engines, each with its own SQL Server instance. Keep MIM on the latest MIM 2016 SP3 and plan what replaces it before its support ends.`,
        "graph-connector":
          "MIM now writes to Entra ID itself, through the Graph connector. Keep it on the latest MIM 2016 SP3 and plan what replaces it before its support ends.",
        none: "What FIM/MIM does next depends on the option you choose: with cloud sync it may be retired if it does nothing else; with Connect Sync or the Graph connector it stays.",
      }),
    why: "MIM 2016 mainstream support ended on 12 January 2021; extended support runs to 9 January 2029.",
    anchor: "lifecycle#mim-2016-support",
  },
  {
    id: "engine-plan-beyond-mim",
    phase: "sync-engine",
    when: { caveats: ["mim-support-ends"] },
    title: "Plan what replaces MIM before its support ends",
    what: (ctx) =>
      `List what MIM still does once the migration is done (${ctx.option === "graph-connector" ? "the Graph connector's flows and every other management agent" : "provisioning into " + (ctx.answers.directory === "ldap" ? "the LDAP directory" : "AD") + " and every other management agent"}) and choose a replacement for each, for example API-driven inbound provisioning for users who come from an HR system. Put the decision on the roadmap with an owner and a date well before January 2029.`,
    why: "MIM 2016 is supported until 9 January 2029, about 25 months from December 2026, and this route keeps it running.",
    anchor: "lifecycle#plan-beyond-mim",
  },
  {
    id: "engine-connect-sync-upgrades",
    phase: "sync-engine",
    when: { outcomes: ["connect-sync"] },
    title: "Schedule Connect Sync upgrades",
    what: "Add Connect Sync to the patch calendar with an owner, and move to each new build well before the one you run retires.",
    why: "Each Connect Sync 2.x build retires 12 months after its successor ships, and servers older than 2.5.79.0 stopped syncing on 30 September 2026: stay on the latest build, whose installer comes from the Microsoft Entra admin center.",
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
