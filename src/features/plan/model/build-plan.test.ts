import { beforeAll, describe, expect, it } from "vitest";
import type { CompleteAnswers } from "../../../core/decision";
import { buildPlan, phaseIds, planContext, planPhases, type Plan, type PlanDecision } from "./build-plan";
import { stepRules } from "./steps";
import { currentVersion } from "../../../core/share";
import { answersWith, ldapWithoutLicences, oneForestFromHr } from "../../../core/decision/example-answers";
import { decidedOnly, planSample } from "./testing/plan-sample";

const ids = (plan: Plan) => plan.steps.map((s) => s.id);
const has = (plan: Plan, id: string) => plan.steps.some((s) => s.id === id);

const sentenceCache = new WeakMap<Plan, readonly string[]>();
/** Every sentence of a step's title, what and why (split after . ; or :), for the wording checks. */
function sentences(plan: Plan): readonly string[] {
  let found = sentenceCache.get(plan);
  if (!found) {
    found = plan.steps.flatMap((s) => [s.title, s.what, s.why].flatMap((text) => text.split(/(?<=[.;:]) /)));
    sentenceCache.set(plan, found);
  }
  return found;
}

// The plans of a representative sample (see testing/plan-sample.ts): every distinct
// outcome, caveat set and answer other than needs and forests, and every set of blockers.
describe("the plan for every distinct plan input", () => {
  let plans: { answers: CompleteAnswers; result: PlanDecision; plan: Plan }[];
  beforeAll(() => {
    plans = planSample().sets.map(({ answers, result }) => ({ answers, result, plan: buildPlan(answers) }));
  }, 120_000);

  /** Runs a check on every plan; returns the first few failures, described, so one expect covers them all. */
  function each(check: (plan: Plan, answers: CompleteAnswers) => string | undefined | false): string[] {
    const failures: string[] = [];
    for (const { answers, plan } of plans) {
      const failure = check(plan, answers);
      if (failure) failures.push(`${plan.query}: ${failure}`);
      if (failures.length >= 5) break;
    }
    return failures;
  }
  /** A failure message when the step's presence differs from what the rule restated here expects. */
  const presence = (plan: Plan, id: string, expected: boolean) =>
    has(plan, id) !== expected && `${id} ${expected ? "missing" : "unexpected"}`;

  it("is picked from every answer set the question graph can produce", () => {
    expect(planSample().walked).toBeGreaterThan(300_000);
    expect(plans.length).toBeGreaterThan(4_000);
  });

  it("misses nothing: the steps read neither needs nor forests, and read the blockers only when no option fits", () => {
    expect(
      each((plan, answers) => {
        const read = new Set<string>();
        const tracked = new Proxy(answers, {
          get: (target, key) => (read.add(String(key)), Reflect.get(target, key)),
        });
        const result = plan.result;
        const blockers = new Proxy(result.blockers, {
          get: (target, key) => (read.add("blockers"), Reflect.get(target, key)),
        });
        planPhases(planContext(tracked, { ...result, blockers }));
        const leaked = [...decidedOnly, ...(plan.outcome === "no-clean-fit" ? [] : ["blockers"])].find((id) =>
          read.has(id),
        );
        return leaked && `steps read ${leaked}`;
      }),
    ).toEqual([]);
  });

  it("gives every step a unique id and numbers the steps 1 to n in order", () => {
    expect(
      each((plan) =>
        new Set(ids(plan)).size !== plan.steps.length
          ? "repeated step id"
          : plan.steps.some((s, i) => s.number !== i + 1) && "numbering",
      ),
    ).toEqual([]);
  });

  it("writes every title, what and why as finished text, with no gaps left by a missing value", () => {
    const gap = /undefined|null|\s\s|\.\./;
    expect(
      each(
        (plan) =>
          plan.steps.find(
            (s) =>
              !/^[A-Z].*[^.]$/.test(s.title) ||
              [s.what, s.why].some((text) => !/^[A-Z“].*[.)]$/.test(text) || gap.test(text)),
          )?.id,
      ),
    ).toEqual([]);
  });

  it("lists the phases in a fixed order, with every phase but resolve in every plan", () => {
    expect(
      each((plan) => {
        const expected = phaseIds.filter((id) => id !== "resolve" || plan.outcome === "no-clean-fit");
        if (plan.phases.map((p) => p.id).join() !== expected.join()) return "phases";
        return plan.phases.some((p) => p.steps.some((s) => s.phase !== p.id)) && "step in the wrong phase";
      }),
    ).toEqual([]);
  });

  it("starts a plan with no clean fit by resolving the collision and engaging a partner", () => {
    expect(
      each((plan) => {
        if (plan.outcome !== "no-clean-fit") return undefined;
        if (ids(plan).slice(0, 3).join() !== "resolve-collision,resolve-engage-partner,resolve-choose-option")
          return "resolve steps";
        const blockers = Object.values(plan.result.blockers).flat();
        return blockers.some((b) => !plan.steps[0]!.what.includes(b.title)) && "a blocker is not named";
      }),
    ).toEqual([]);
  });

  it("always prepares with an inventory, a database backup, an exported configuration and the licences", () => {
    const always = [
      "prepare-inventory",
      "prepare-back-up-sync-database",
      "prepare-export-old-connector",
      "prepare-licences",
      "prepare-source-anchor",
      "pilot-disjoint-scopes",
      "pilot-verify-matching",
    ];
    expect(each((plan) => always.find((id) => !has(plan, id)))).toEqual([]);
  });

  it("removes the old connector deletion rules first, and backs up the database again before deleting", () => {
    expect(
      each((plan) => {
        const removal = plan.phases.find((p) => p.id === "remove-old-connector")!.steps.map((s) => s.id);
        if (removal[0] !== "remove-deletion-rules") return "deletion rules not first";
        return (
          removal.indexOf("remove-fresh-backup") > removal.indexOf("remove-delete-connector-space") &&
          "backup after the deletion"
        );
      }),
    ).toEqual([]);
  });

  // The conditions below are restated from the spec and the issue, independently of the step data.
  it("upgrades the sync engine exactly when it is older than MIM 2016 SP3 (v3: SP2 too)", () => {
    expect(each((plan, a) => presence(plan, "prepare-upgrade-engine", a.engine !== "mim-2016-sp3"))).toEqual([]);
  });

  it("reads an existing Connect Sync server's anchor first, before any other step, exactly when it is extended", () => {
    expect(
      each((plan, a) => {
        const expected = plan.outcome === "connect-sync" && a["existing-connect"] === "yes";
        const wrong = presence(plan, "prepare-read-existing-anchor", expected);
        if (wrong) return wrong;
        return expected && ids(plan)[0] !== "prepare-read-existing-anchor" && "not the first step";
      }),
    ).toEqual([]);
  });

  it("checks the ImmutableID claim before the pilot exactly for federated users on cloud sync or Connect Sync", () => {
    expect(
      each((plan, a) => {
        const syncs = plan.outcome === "cloud-sync" || plan.outcome === "connect-sync";
        const wrong = presence(
          plan,
          "prepare-federation-claim",
          syncs && (a.federation === "adfs" || a.federation === "other-idp"),
        );
        if (wrong) return wrong;
        const step = plan.steps.find((s) => s.id === "prepare-federation-claim");
        if (!step) return undefined;
        if (step.phase !== "prepare" || step.anchor !== "migrate-safely#federated-sign-in")
          return "claim step misplaced";
        if (a.federation === "adfs" && !/Get-AdfsRelyingPartyTrust/.test(step.what)) return "no AD FS rule to read";
        if (a.federation === "adfs" && plan.outcome === "connect-sync" && !/Connect Sync wizard/.test(step.what))
          return "no word on the wizard";
        return undefined;
      }),
    ).toEqual([]);
  });

  it("asks to find out how users sign in exactly when nobody knows and an option fits", () => {
    expect(
      each((plan, a) =>
        presence(plan, "prepare-federation-find-out", a.federation === "unsure" && plan.outcome !== "no-clean-fit"),
      ),
    ).toEqual([]);
  });

  it("states the source-of-authority precondition exactly on the Graph route with AD FS", () => {
    expect(
      each((plan, a) =>
        presence(plan, "prepare-graph-federated-users", plan.outcome === "graph-connector" && a.federation === "adfs"),
      ),
    ).toEqual([]);
  });

  it("targets SP3 in the engine upgrade, from SP2's latest build 4.6.673.0", () => {
    expect(
      each((plan, a) => {
        const upgrade = plan.steps.find((s) => s.id === "prepare-upgrade-engine");
        if (!upgrade) return undefined;
        if (upgrade.anchor !== "lifecycle#upgrade-to-sp3") return "anchor";
        if (!upgrade.what.includes("4.6.673.0") || !upgrade.what.includes("SharePoint Server Subscription Edition"))
          return "SP3 facts missing";
        return a.engine === "mim-2016-sp2" || upgrade.why.includes("out of support") ? undefined : "support";
      }),
    ).toEqual([]);
  });

  it("adds AD provisioning exactly when the users may be added to AD and cloud sync or Connect Sync is recommended", () => {
    expect(
      each((plan, a) =>
        presence(
          plan,
          "prepare-add-ad-provisioning",
          a["in-ad"] === "can-add" && (plan.outcome === "cloud-sync" || plan.outcome === "connect-sync"),
        ),
      ),
    ).toEqual([]);
  });

  it("retires the sync engine exactly for cloud sync or Connect Sync when FIM/MIM only copies AD to Entra ID, and keeps it otherwise", () => {
    expect(
      each((plan, a) => {
        const retire = (plan.outcome === "cloud-sync" || plan.outcome === "connect-sync") && a["only-sync"] === "yes";
        return presence(plan, "engine-retire", retire) || presence(plan, "engine-keep", !retire);
      }),
    ).toEqual([]);
  });

  it("asks for a full SQL Server exactly for Connect Sync with a domain of 100,000 objects or more, or 100,000 objects or more in all", () => {
    expect(
      each((plan, a) =>
        presence(
          plan,
          "prepare-full-sql-server",
          plan.outcome === "connect-sync" &&
            (a["largest-domain"] === "100k-150k" ||
              a["largest-domain"] === "over-150k" ||
              a["total-objects"] === "100k-or-more"),
        ),
      ),
    ).toEqual([]);
  });

  it("asks to count every object exactly for Connect Sync when the total is unsure and no domain is that big already", () => {
    expect(
      each((plan, a) =>
        presence(
          plan,
          "prepare-count-objects",
          plan.outcome === "connect-sync" &&
            a["total-objects"] === "unsure" &&
            a["largest-domain"] !== "100k-150k" &&
            a["largest-domain"] !== "over-150k",
        ),
      ),
    ).toEqual([]);
  });

  it("has the Generic LDAP connector steps exactly for an LDAP directory", () => {
    const ldapSteps = ["prepare-ldap-provisioning", "prepare-ldap-connector", "pilot-ldap-import"];
    expect(each((plan, a) => ldapSteps.map((id) => presence(plan, id, a.directory === "ldap")).find(Boolean))).toEqual(
      [],
    );
  });

  it("registers an app for Microsoft Graph exactly when the Graph connector is recommended", () => {
    expect(
      each(
        (plan) =>
          presence(plan, "prepare-graph-app-registration", plan.outcome === "graph-connector") ||
          presence(plan, "engine-renew-client-secret", plan.outcome === "graph-connector"),
      ),
    ).toEqual([]);
  });

  it("extends an existing Connect Sync server instead of building one, and splits scopes beside cloud sync", () => {
    expect(
      each((plan, a) => {
        const existing = a["existing-connect"] === "yes";
        const connect = plan.outcome === "connect-sync";
        return (
          presence(plan, "prepare-extend-existing-connect", connect && existing) ||
          presence(plan, "prepare-connect-sync-server", connect && !existing) ||
          presence(plan, "prepare-exclusive-scopes", plan.outcome === "cloud-sync" && existing)
        );
      }),
    ).toEqual([]);
  });

  it("books a partner for production, and for every plan with no clean fit, but not for an LDAP source outside production", () => {
    expect(
      each((plan, a) =>
        plan.outcome === "no-clean-fit"
          ? presence(plan, "resolve-engage-partner", true) || presence(plan, "prepare-partner", false)
          : presence(plan, "prepare-partner", a.environment === "production"),
      ),
    ).toEqual([]);
  });

  it("says which answers a conditional step comes from", () => {
    expect(
      each((plan) => {
        const upgrade = plan.steps.find((s) => s.id === "prepare-upgrade-engine");
        if (upgrade && !/^Sync engine: (FIM 2010 R2|MIM 2016 (before|with) Service Pack 2)/.test(upgrade.because ?? ""))
          return "upgrade step without its answer";
        return plan.steps.find((s) => s.id === "prepare-inventory")?.because !== undefined && "inventory has a because";
      }),
    ).toEqual([]);
  });

  // Corrections from the December 2026 content review, read as sentences.
  it("no plan offers soft match for objects the old connector created", () => {
    expect(
      each(
        (plan) =>
          sentences(plan).find(
            (s) =>
              /rely on (a )?soft[- ]match/i.test(s) ||
              (/soft[- ]match/i.test(s) && !/refuse|InvalidSoftMatch|cannot|never|no fallback/i.test(s)),
          ) ?? false,
      ),
    ).toEqual([]);
  });

  it("no plan labels the documented soft-match rules as our inference", () => {
    expect(
      each((plan) => sentences(plan).find((s) => /soft[- ]match/i.test(s) && /inference/i.test(s)) ?? false),
    ).toEqual([]);
  });

  it("no plan says one connector per domain", () => {
    expect(
      each((plan) => sentences(plan).find((s) => /connector (per|for each|for every) (AD )?domain/i.test(s)) ?? false),
    ).toEqual([]);
  });

  it("no plan words 30 September 2026 as future", () => {
    expect(
      each(
        (plan) =>
          sentences(plan).find(
            (s) => s.includes("30 September 2026") && (!/stopped|passed/.test(s) || /\bby 30 September/.test(s)),
          ) ?? false,
      ),
    ).toEqual([]);
  });

  it("no plan sets 2.5.79.0 as the build to install", () => {
    expect(
      each((plan) => sentences(plan).find((s) => /2\.5\.79\.0 or later|install[^.]*2\.5\.79\.0/i.test(s)) ?? false),
    ).toEqual([]);
  });

  it("no plan calls Windows Server 2025 unsupported without saying that sources differ", () => {
    expect(
      each(
        (plan) => sentences(plan).find((s) => s.includes("Windows Server 2025") && !/sources differ/i.test(s)) ?? false,
      ),
    ).toEqual([]);
  });

  it("no plan says that removing the old connector cannot reach Entra ID", () => {
    expect(
      each((plan) => sentences(plan).find((s) => /cannot (send deletions|reach|delete)[^.]*Entra/i.test(s)) ?? false),
    ).toEqual([]);
  });

  it("every plan for cloud sync or Connect Sync has the ImmutableId comparison step, before the pilot", () => {
    expect(
      each((plan, a) => {
        const expected = plan.outcome === "cloud-sync" || plan.outcome === "connect-sync";
        const step = plan.steps.find((s) => s.id === "prepare-compare-immutableids");
        if (!step) return expected && "prepare-compare-immutableids missing";
        if (!expected) return "prepare-compare-immutableids unexpected";
        const method = [
          /base64/,
          /before the first sync/,
          /few pilot objects/,
          a.directory === "ad" ? /ms-DS-ConsistencyGuid/ : /LDAP/,
        ];
        return (
          (step.phase !== "prepare" || method.some((m) => !m.test(step.what))) && "comparison step without its method"
        );
      }),
    ).toEqual([]);
  });

  it("every plan has a rollback step in the pilot and cut-over phases, linked to the rollback section", () => {
    expect(
      each((plan) => {
        for (const [phase, id] of [
          ["pilot", "pilot-rollback"],
          ["cut-over", "cutover-rollback"],
        ] as const) {
          const step = plan.phases.find((p) => p.id === phase)?.steps.find((s) => s.id === id);
          if (!step) return `${id} missing from ${phase}`;
          if (step.anchor !== "migrate-safely#rollback") return `${id} links elsewhere`;
          if (!/April 2024/.test(step.why)) return `${id} does not say the old connector cannot come back`;
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it("every plan decides about orphaned objects and maps the old connector's flows", () => {
    expect(
      each((plan) => ["prepare-orphaned-objects", "prepare-carry-flows-over"].find((id) => !has(plan, id))),
    ).toEqual([]);
  });

  it("sets deletion protection and decides on password hash sync exactly for cloud sync and Connect Sync, before the pilot", () => {
    expect(
      each((plan) => {
        const sync = plan.outcome === "cloud-sync" || plan.outcome === "connect-sync";
        const missing =
          presence(plan, "prepare-deletion-thresholds", sync) || presence(plan, "prepare-password-hash-sync", sync);
        if (missing || !sync) return missing;
        return (
          !plan.steps
            .find((s) => s.id === "prepare-deletion-thresholds")!
            .what.includes(plan.outcome === "connect-sync" ? "500" : "accidental deletion prevention") &&
          "threshold not named"
        );
      }),
    ).toEqual([]);
  });

  it("checks the existing Connect Sync server's build whenever there is one", () => {
    expect(each((plan, a) => presence(plan, "prepare-connect-version", a["existing-connect"] === "yes"))).toEqual([]);
  });

  it("plans beyond MIM exactly when the route keeps MIM running", () => {
    expect(
      each((plan, a) => {
        const keepsMim =
          plan.outcome === "graph-connector" ||
          ((plan.outcome === "cloud-sync" || plan.outcome === "connect-sync") && a["only-sync"] !== "yes");
        return presence(plan, "engine-plan-beyond-mim", keepsMim);
      }),
    ).toEqual([]);
  });

  it("prepares the Graph connector's takeover of existing objects, and checks for mail objects when unsure", () => {
    expect(
      each(
        (plan, a) =>
          presence(plan, "prepare-graph-existing-objects", plan.outcome === "graph-connector") ||
          presence(
            plan,
            "prepare-graph-mail-objects",
            plan.outcome === "graph-connector" && a["mail-objects"] === "unsure",
          ),
      ),
    ).toEqual([]);
  });

  // Corrections from the December 2026 procedure review, read as the engineer who runs them.
  const step = (plan: Plan, id: string) => plan.steps.find((s) => s.id === id);
  const before = (plan: Plan, first: string, second: string) => {
    const [a, b] = [ids(plan).indexOf(first), ids(plan).indexOf(second)];
    return a !== -1 && b !== -1 && a > b && `${first} after ${second}`;
  };

  it("no plan says that groups are soft-deleted or restorable, and every mention of restoring says groups are not", () => {
    expect(
      each(
        (plan) =>
          plan.steps
            .flatMap((s) => [s.what, s.why])
            .find(
              (text) =>
                /restorable for 30 days|soft-deleted/i.test(text) &&
                !/(security or distribution group|synced group)[^.]*(for good|cannot be restored)/i.test(text),
            ) ?? false,
      ),
    ).toEqual([]);
  });

  it("no rollback step backs out by shrinking the scope without saying that groups leaving it are deleted for good", () => {
    expect(
      each((plan) => {
        for (const id of ["pilot-rollback", "cutover-rollback"]) {
          const s = step(plan, id)!;
          if (plan.outcome === "graph-connector") continue;
          if (!/deleted for good|cannot be restored/.test(`${s.what} ${s.why}`))
            return `${id} does not warn about groups`;
          if (plan.outcome !== "no-clean-fit" && !/InvalidHardMatch/.test(`${s.what} ${s.why}`))
            return `${id} does not name InvalidHardMatch`;
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it("never treats an empty deleted-items list as proof for groups", () => {
    expect(
      each((plan) => {
        const s = step(plan, "validate-other-systems")!;
        return (
          (!/proves nothing for groups/.test(s.what) || !/same object id/.test(s.what)) && "groups not checked by id"
        );
      }),
    ).toEqual([]);
  });

  it("installs Connect Sync by custom installation in staging mode with synchronization not started, before any sync, and leaves staging only after the pending-export check", () => {
    expect(
      each((plan, a) => {
        const connect = plan.outcome === "connect-sync";
        const missing =
          presence(plan, "pilot-connect-sync-install", connect) || presence(plan, "pilot-leave-staging", connect);
        if (missing || !connect) return missing;
        const install = step(plan, "pilot-connect-sync-install")!;
        if (!/Customize, never express settings/.test(install.what)) return "not a custom installation";
        if (!/tick Enable staging mode and untick Start the synchronization process/.test(install.what))
          return "staging mode or synchronization not set";
        if (
          a.directory === "ad" &&
          a["existing-connect"] !== "yes" &&
          !/select ms-DS-ConsistencyGuid yourself/.test(install.what)
        )
          return "source anchor not chosen explicitly";
        if (a.directory === "ad" && !/(pilot OU only|plus the pilot OU)/.test(install.what)) return "no OU filtering";
        const staging = step(plan, "pilot-staging-mode")!;
        if (!/csexport/.test(staging.what) || !/CSExportAnalyzer/.test(staging.what)) return "no csexport check";
        if (
          !/Single Object Sync|Invoke-ADSyncSingleObjectSync/.test(staging.what) ||
          !/SyncCycleEnabled \$false/.test(staging.what)
        )
          return "single object sync without the scheduler disabled";
        if (
          !/starts exports, password hash sync and password writeback at once/.test(
            step(plan, "pilot-leave-staging")!.why,
          )
        )
          return "leaving staging mode not explained";
        const order = [
          "prepare-writeback-and-mim",
          "prepare-compare-immutableids",
          "prepare-deletion-thresholds",
          "pilot-connect-sync-install",
          "pilot-rollback",
          "pilot-staging-mode",
          "pilot-leave-staging",
          "pilot-verify-matching",
        ].filter((id) => has(plan, id));
        return order.map((id, i) => i > 0 && before(plan, order[i - 1]!, id)).find(Boolean);
      }),
    ).toEqual([]);
  });

  it("sets cloud sync's deletion threshold in the step that creates the configuration, before on-demand provisioning and enabling", () => {
    expect(
      each((plan) => {
        if (plan.outcome !== "cloud-sync") return undefined;
        const create = step(plan, "pilot-disjoint-scopes")!;
        if (!/New configuration/.test(create.what) || !/Prevent accidental deletions/.test(create.what))
          return "configuration created without the threshold";
        if (!/Leave the configuration disabled/.test(create.what)) return "configuration enabled too early";
        if (!/set them in the pilot step that creates it/.test(step(plan, "prepare-deletion-thresholds")!.what))
          return "prepare step still sets it in a configuration that does not exist";
        return (
          before(plan, "pilot-disjoint-scopes", "pilot-provision-on-demand") ||
          before(plan, "pilot-provision-on-demand", "pilot-verify-matching")
        );
      }),
    ).toEqual([]);
  });

  it("prepares cloud sync's agents with their prerequisites and the lockout safeguards before the configuration exists", () => {
    expect(
      each((plan) => {
        const cloud = plan.outcome === "cloud-sync";
        const missing = ["prepare-cloud-sync-agents", "prepare-cloud-sync-network", "prepare-cloud-sync-safeguards"]
          .map((id) => presence(plan, id, cloud))
          .find(Boolean);
        if (missing || !cloud) return missing;
        const text = ["prepare-cloud-sync-agents", "prepare-cloud-sync-network", "prepare-cloud-sync-safeguards"]
          .map((id) => step(plan, id)!.what)
          .join(" ");
        const needed = [
          /cloud-only Hybrid Identity Administrator/,
          /schema is at Windows Server 2012 or later/,
          /domain controller in the domain runs Windows Server 2012 or later/,
          /execution policy to Undefined or RemoteSigned/,
          /HTTP 1\.1 with chunked encoding/,
          /ADToAADSyncServiceAccount@<tenant>/,
          /login\.windows\.net/,
        ];
        return (
          needed.find((re) => !re.test(text))?.source ??
          before(plan, "prepare-cloud-sync-safeguards", "pilot-disjoint-scopes")
        );
      }),
    ).toEqual([]);
  });

  it("removes the old agent from the rules extensions, with a full synchronization, before its connector space is deleted", () => {
    expect(
      each((plan) => {
        const s = step(plan, "remove-rules-extensions");
        if (!s) return "remove-rules-extensions missing";
        if (!/NoSuchManagementAgentException/.test(s.why) || !/full synchronization/.test(s.what)) return "method";
        return (
          before(plan, "remove-rules-extensions", "remove-fresh-backup") ||
          before(plan, "remove-rules-extensions", "remove-delete-connector-space")
        );
      }),
    ).toEqual([]);
  });

  it("enables the AD Recycle Bin and keeps MIM's exports off written-back values exactly for cloud sync or Connect Sync from AD, before the pilot", () => {
    expect(
      each((plan, a) => {
        const expected = (plan.outcome === "cloud-sync" || plan.outcome === "connect-sync") && a.directory === "ad";
        const missing =
          presence(plan, "prepare-ad-recycle-bin", expected) || presence(plan, "prepare-writeback-and-mim", expected);
        if (missing || !expected) return missing;
        if (!/our inference/.test(step(plan, "prepare-writeback-and-mim")!.why)) return "inference not marked";
        return step(plan, "prepare-ad-recycle-bin")!.phase !== "prepare" && "recycle bin after the pilot";
      }),
    ).toEqual([]);
  });

  it("backs up the sync database with the server configuration and the encryption key, and agrees change windows, in every plan", () => {
    expect(
      each((plan) => {
        const backup = step(plan, "prepare-back-up-sync-database")!;
        if (!/Export Server Configuration/.test(backup.what) || !/miiskmu\.exe \/e/.test(backup.what))
          return "backup incomplete";
        return presence(plan, "prepare-change-windows", true);
      }),
    ).toEqual([]);
  });

  it("uses every step in the data in at least one plan, and no step outside it", () => {
    const used = new Set(plans.flatMap(({ plan }) => ids(plan)));
    expect([...used].sort()).toEqual(stepRules.map((r) => r.id).sort());
    expect(new Set(stepRules.map((r) => r.id)).size).toBe(stepRules.length);
  });
});

describe("named plans", () => {
  it("one forest, MIM feeds AD from HR, production → a cloud sync plan that keeps MIM", () => {
    const plan = buildPlan(oneForestFromHr);
    expect(plan.outcome).toBe("cloud-sync");
    expect(ids(plan)).toEqual([
      "prepare-inventory",
      "prepare-back-up-sync-database",
      "prepare-change-windows",
      "prepare-export-old-connector",
      "prepare-carry-flows-over",
      "prepare-licences",
      "prepare-partner",
      "prepare-check-ad-coverage",
      "prepare-mail-attributes-in-ad",
      "prepare-writeback-and-mim",
      "prepare-ad-recycle-bin",
      "prepare-cloud-sync-agents",
      "prepare-cloud-sync-network",
      "prepare-cloud-sync-safeguards",
      "prepare-source-anchor",
      "prepare-compare-immutableids",
      "prepare-orphaned-objects",
      "prepare-deletion-thresholds",
      "prepare-password-hash-sync",
      "pilot-disjoint-scopes",
      "pilot-rollback",
      "pilot-provision-on-demand",
      "pilot-verify-matching",
      "cutover-rollback",
      "cutover-widen-scope",
      "cutover-disable-old-exports",
      "cutover-confirm-complete",
      "remove-deletion-rules",
      "remove-rules-extensions",
      "remove-schedules-and-portal",
      "remove-fresh-backup",
      "remove-delete-connector-space",
      "remove-inspect-pending-exports",
      "remove-restore-settings",
      "remove-global-admin-account",
      "engine-keep",
      "engine-plan-beyond-mim",
      "validate-counts",
      "validate-no-duplicates",
      "validate-other-systems",
      "validate-sign-off",
    ]);
    expect(plan.phases.find((p) => p.id === "sync-engine")?.title).toBe("Keep the FIM/MIM sync engine");
    expect(plan.query).toBe(
      `v=${currentVersion}&engine=mim-2016-sp3&directory=ad&in-ad=already&forests=one&largest-domain=under-100k&total-objects=under-100k&needs=none&only-sync=no&existing-connect=no&federation=managed&environment=production`,
    );
  });

  it("FIM 2010 R2 that only copies AD to Entra ID beside Connect Sync → upgrade, split scopes, then retire the engine", () => {
    const plan = buildPlan(
      answersWith({
        engine: "fim-2010-r2",
        "only-sync": "yes",
        "existing-connect": "yes",
        federation: "managed",
        environment: "non-production",
      }),
    );
    expect(plan.outcome).toBe("cloud-sync");
    expect(ids(plan)).toEqual(
      expect.arrayContaining(["prepare-upgrade-engine", "prepare-exclusive-scopes", "engine-retire"]),
    );
    expect(has(plan, "prepare-partner")).toBe(false);
    const upgrade = plan.steps.find((s) => s.id === "prepare-upgrade-engine")!;
    expect(upgrade.what).toContain("from FIM 2010 R2 to the latest MIM 2016 Service Pack 3");
    expect(upgrade.what).toContain("FIM 2010 R2 SP1 (build 4.1.3419.0");
    expect(upgrade.what).toContain("4.6.673.0");
    expect(upgrade.anchor).toBe("lifecycle#upgrade-to-sp3");
    expect(upgrade.what).toContain("retire the engine");
    expect(upgrade.why).toContain("9 January 2029");
    expect(plan.phases.find((p) => p.id === "sync-engine")?.title).toBe("Retire the FIM/MIM sync engine");
  });

  it("a 120,000-object domain with device sync → Connect Sync on a full SQL Server, revisited later", () => {
    const plan = buildPlan({
      engine: "mim-2016-sp2",
      directory: "ad",
      "in-ad": "can-add",
      forests: "one",
      "largest-domain": "100k-150k",
      "total-objects": "unsure",
      needs: ["device-sync"],
      "existing-connect": "no",
      licenses: "p1-p2",
      "mail-objects": "no",
      federation: "managed",
      environment: "production",
    });
    expect(plan.outcome).toBe("connect-sync");
    expect(ids(plan)).toEqual(
      expect.arrayContaining([
        "prepare-add-ad-provisioning",
        "prepare-connect-sync-server",
        "prepare-full-sql-server",
        "pilot-staging-mode",
        "engine-connect-sync-upgrades",
        "engine-revisit-cloud-sync",
      ]),
    );
    const sql = plan.steps.find((s) => s.id === "prepare-full-sql-server")!;
    expect(sql.why).toContain("limited to 10 GB, about 100,000 objects");
    expect(sql.anchor).toBe("connect-sync#sql-database-size");
    expect(sql.because).toBe("Largest domain: 100,000 to 150,000 objects");
  });

  it("an LDAP-only directory → Connect Sync with the Generic LDAP connector and a partner", () => {
    const plan = buildPlan(ldapWithoutLicences);
    expect(plan.outcome).toBe("connect-sync");
    expect(ids(plan)).toEqual(
      expect.arrayContaining([
        "prepare-partner",
        "prepare-ldap-provisioning",
        "prepare-ldap-connector",
        "pilot-ldap-import",
      ]),
    );
    expect(has(plan, "prepare-check-ad-coverage")).toBe(false);
    expect(plan.steps.find((s) => s.id === "prepare-connect-sync-server")?.what).toContain("reach the LDAP directory");
    expect(plan.steps.find((s) => s.id === "prepare-partner")?.because).toBe(
      "On-premises directory: Only a non-AD LDAP directory; Environment: Yes, production",
    );
  });

  it("users who must stay out of AD, licences unsure → the Graph connector, after confirming P1 or P2", () => {
    const plan = buildPlan({
      engine: "mim-2016-pre-sp2",
      directory: "ad",
      "in-ad": "must-not",
      licenses: "unsure",
      "mail-objects": "no",
      federation: "managed",
      environment: "production",
    });
    expect(plan.outcome).toBe("graph-connector");
    expect(ids(plan)).toEqual(
      expect.arrayContaining([
        "prepare-upgrade-engine",
        "prepare-graph-no-overlap",
        "prepare-graph-app-registration",
        "prepare-graph-install",
        "pilot-graph-import-join",
        "engine-renew-client-secret",
      ]),
    );
    expect(ids(plan).indexOf("prepare-upgrade-engine")).toBeLessThan(ids(plan).indexOf("prepare-graph-install"));
    expect(plan.steps.find((s) => s.id === "prepare-upgrade-engine")?.why).toContain("requires at least MIM 2016 SP2");
    const licences = plan.steps.find((s) => s.id === "prepare-licences")!;
    expect(licences.title).toBe("Confirm Entra ID P1 or P2 for the users in scope");
    expect(licences.what).toContain("Not sure");
  });

  it("two disconnected forests with the same person in both → no clean fit: resolve, then a generic plan", () => {
    const plan = buildPlan({
      engine: "mim-2016-sp2",
      directory: "ad",
      "in-ad": "already",
      forests: "several-disconnected",
      "largest-domain": "under-100k",
      "total-objects": "under-100k",
      needs: ["same-person-several-forests"],
      "only-sync": "no",
      "existing-connect": "no",
      federation: "managed",
      environment: "production",
    });
    expect(plan.outcome).toBe("no-clean-fit");
    expect(plan.phases[0]?.id).toBe("resolve");
    const [collision, partner, choose] = plan.steps;
    expect(collision?.what).toContain("Cloud sync: One person in several forests.");
    expect(collision?.what).toContain("Connect Sync: Forests that no single server reaches.");
    expect(collision?.what).toContain("Graph connector: The users are already in AD.");
    expect(partner?.anchor).toBe("overview#work-with-a-partner");
    expect(choose?.what).toContain("One domain-joined server would need network access to every forest in scope");
    expect(has(plan, "prepare-partner")).toBe(false);
    expect(has(plan, "prepare-cloud-sync-agents")).toBe(false);
    expect(has(plan, "engine-keep")).toBe(true);
  });
});
