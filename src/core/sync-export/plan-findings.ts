import { formatDate } from "../../shared/format-date";
import { analyze, type DeletionRisk } from "./analyze";
import { expressionText } from "./expression";
import { extensionAdvice } from "./extension-findings";
import { serverLabel } from "./servers";
import type { SavedImport } from "./restore";
import type { FlowKind } from "./types";

/**
 * What the migration plan carries from the export saved in this browser: the deletion rules to
 * change before the old connector goes, the flows whose logic must be rewritten, and every
 * attribute to map. Plain data, shared by the plan page and its Markdown export; it never goes
 * into a share link.
 */
export interface PlanFindings {
  /** Where the findings came from. */
  readonly source: {
    /** The files read (inside a zip: `archive.zip/MA-….XML`). */
    readonly files: readonly string[];
    /** When they were read in this browser (ISO 8601), if recorded. */
    readonly readAt?: string;
    readonly metaverse: boolean;
  };
  /** The old connector, or undefined when the export has none (or several and none was chosen). */
  readonly oldConnector?: {
    readonly name: string;
    readonly id: string;
    readonly file: string;
    readonly extension?: string;
  };
  /** Why the old connector is unknown, when it is. */
  readonly noOldConnector?: string;
  /** Deletion rules that would delete objects, with the exact change to make first. */
  readonly deletionRules: readonly {
    readonly mvObjectType: string;
    readonly risk: Exclude<DeletionRisk, "safe">;
    /** The rule's type as exported, or undefined when MV.XML has none for the type. */
    readonly ruleType?: string;
    readonly effect: string;
    readonly change: string;
  }[];
  /** Metaverse object types whose rule deletes nothing. */
  readonly safeTypes: readonly string[];
  /** Why the deletion rules could not be judged (no MV.XML), when they could not. */
  readonly removalUnknown?: string;
  /** Flows computed by the rules extension: the code to rewrite. */
  readonly scripted: readonly {
    readonly target: string;
    readonly objectType: string;
    readonly scriptContext?: string;
    readonly sources: readonly string[];
  }[];
  /** Flows computed by a FIM Service synchronization rule: its constant or expression, when exported. */
  readonly syncRule: readonly {
    readonly target: string;
    readonly objectType: string;
    readonly syncRuleId?: string;
    readonly mappingType?: string;
    /** The rule's constant, or its expression written out (`IIF(Eq(…),…)`). */
    readonly value?: string;
  }[];
  /** Metaverse values the old agent contributes that other agents export: recall would change them. */
  readonly recall?: readonly {
    readonly mvObjectType: string;
    readonly mvAttribute: string;
    readonly exportedTo: string;
    readonly effect: string;
    readonly change: string;
  }[];
  /** Rules extensions that may name the old agent, and what to do before deleting it. */
  readonly extensions?: { readonly assemblies: readonly string[]; readonly advice: string };
  /** Every export flow's target, and where it lands with each engine. */
  readonly attributes: readonly {
    readonly target: string;
    readonly objectType: string;
    readonly kind: FlowKind;
    readonly sources: readonly string[];
    readonly anchor: boolean;
    readonly cloudSync: string;
    readonly connectSync: string;
  }[];
}

export const riskLabel: Record<Exclude<DeletionRisk, "safe">, string> = {
  deletes: "Deletes objects",
  "last-connector": "Deletes objects with no other connector",
  scripted: "Decided by code: review",
  review: "Unknown rule type: review this rule",
};

export const flowKindLabel: Record<FlowKind, string> = {
  direct: "direct",
  constant: "constant",
  scripted: "rules extension (scripted)",
  "sync-rule": "FIM Service synchronization rule",
};

export function planFindings(saved: SavedImport): PlanFindings {
  const { imported } = saved;
  const analysis = analyze(imported, saved.chosenId, saved.chosenServer);
  const old = analysis.oldConnector;
  const source = {
    files: imported.files,
    ...(saved.readAt ? { readAt: saved.readAt } : {}),
    metaverse: imported.metaverse !== undefined,
  };
  if (!old) {
    return {
      source,
      noOldConnector: analysis.serverChoice
        ? `The files come from ${analysis.serverChoice.length} sync servers (${analysis.serverChoice.map((group) => serverLabel(group)).join(", ")}) and none was chosen on the import page; nothing from them is on this plan.`
        : analysis.connectSync
          ? "The export is of a Microsoft Entra Connect Sync server, not of the FIM/MIM server that runs the old connector: nothing from it belongs on this plan."
          : analysis.candidates.length > 1
            ? `The export holds ${analysis.candidates.length} agents of the old connector's type and none was chosen as the one you are replacing.`
            : 'No agent in the export is of the old connector\'s type (Extensible2, "Windows Azure Active Directory (Microsoft)"), and none was chosen as the old connector.',
      deletionRules: [],
      safeTypes: [],
      scripted: [],
      syncRule: [],
      attributes: [],
    };
  }
  return {
    source,
    oldConnector: {
      name: old.name,
      id: old.id,
      file: old.file,
      ...(old.extension ? { extension: old.extension } : {}),
    },
    deletionRules: analysis.removal.flatMap((finding) =>
      finding.risk === "safe"
        ? []
        : [
            {
              mvObjectType: finding.mvObjectType,
              risk: finding.risk,
              ...(finding.rule ? { ruleType: finding.rule.type } : {}),
              effect: finding.effect,
              change: finding.change,
            },
          ],
    ),
    safeTypes: analysis.removal.filter((finding) => finding.risk === "safe").map((finding) => finding.mvObjectType),
    ...(analysis.removalUnknown ? { removalUnknown: analysis.removalUnknown } : {}),
    scripted: analysis.flows
      .filter((flow) => flow.kind === "scripted")
      .map((flow) => ({
        target: flow.target,
        objectType: flow.objectType,
        ...(flow.scriptContext ? { scriptContext: flow.scriptContext } : {}),
        sources: flow.sources,
      })),
    syncRule: analysis.flows
      .filter((flow) => flow.kind === "sync-rule")
      .map((flow) => ({
        target: flow.target,
        objectType: flow.objectType,
        ...(flow.syncRuleId ? { syncRuleId: flow.syncRuleId } : {}),
        ...(flow.syncRuleMappingType ? { mappingType: flow.syncRuleMappingType } : {}),
        ...(flow.expression
          ? { value: expressionText(flow.expression) }
          : flow.constant !== undefined
            ? { value: flow.constant }
            : {}),
      })),
    ...(analysis.recall.length > 0
      ? {
          recall: analysis.recall.map((finding) => ({
            mvObjectType: finding.mvObjectType,
            mvAttribute: finding.mvAttribute,
            exportedTo: finding.exportedTo.map((to) => `${to.agent} ${to.objectType}.${to.attribute}`).join("; "),
            effect: finding.effect,
            change: finding.change,
          })),
        }
      : {}),
    ...(analysis.extensions.length > 0
      ? {
          extensions: {
            assemblies: analysis.extensions.map((extension) => `${extension.assembly} (${extension.where})`),
            advice: extensionAdvice(old.name),
          },
        }
      : {}),
    attributes: analysis.flows.map((flow) => ({
      target: flow.target,
      objectType: flow.objectType,
      kind: flow.kind,
      sources: flow.sources,
      anchor: flow.anchor,
      cloudSync: flow.landing.cloudSync.text,
      connectSync: flow.landing.connectSync.text,
    })),
  };
}

/** Where the findings came from, in one sentence: the agent, its file, and when they were read. */
export function findingsSourceText(findings: PlanFindings, formatReadAt: (iso: string) => string): string {
  const files = findings.source.files;
  const fileText = files.length === 1 ? `1 file (${files[0]})` : `${files.length} files`;
  const read = findings.source.readAt ? `, read in this browser on ${formatReadAt(findings.source.readAt)}` : "";
  const agent = findings.oldConnector
    ? `The old connector "${findings.oldConnector.name}" (${findings.oldConnector.id}, ${findings.oldConnector.file})`
    : "The export";
  return `${agent}, from your sync server's configuration export: ${fileText}${findings.source.metaverse ? " with the metaverse (MV.XML)" : " without the metaverse (MV.XML)"}${read}.`;
}

/** "2026-12-01T23:40:12.000Z" → "1 December 2026 at 23:40 UTC": the same wherever it is read. */
export function formatReadAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${formatDate(day)} at ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}
