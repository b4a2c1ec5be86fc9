import Papa from "papaparse";
import { matchDirectoryObjects } from "./directory-objects";
import { matchUsers, type MatchOptions } from "./match";
import { objectReportCsv, objectReportRow, type ObjectReportRow } from "./objects-report";
import { readMatchFiles, type ReadableFile, type ReadFileSummary } from "./read-files";
import { reportCsv, reportRow, type ReportRow } from "./report";
import { stampScript } from "./stamp-script";
import { deriveFederation, type FederationFinding } from "./tenant";
import {
  directoryObjectKinds,
  quietVerdicts,
  type DirectoryObjectKind,
  type FileProblem,
  type MatchResult,
  type TenantSettings,
  type Verdict,
  type VerdictCounts,
} from "./types";

/**
 * One reading session: the files are read once and the users kept here (in the worker, when
 * there is one), so changing the target recomputes without reading again and the page holds
 * only the counts and one page of rows. Every method is async and takes and returns plain
 * data, so the same object serves Comlink in a worker and the main thread where workers fail.
 */
export interface MatchSession {
  read(files: readonly ReadableFile[], onProgress?: (done: number, total: number) => void): Promise<ReadSummary>;
  match(options: MatchOptions): Promise<MatchSummary>;
  rows(query: RowQuery): Promise<RowPage>;
  /** The groups and contacts needing action, a page at a time (empty when none were read). */
  objectRows(query: ObjectRowQuery): Promise<ObjectRowPage>;
  report(): Promise<string>;
  /** The groups and contacts report (CSV), when they were read. */
  objectsReport(): Promise<string>;
  stampScript(generatedAt: string): Promise<string>;
  /** For the benchmark: Papa Parse alone over the same files (the floor), in milliseconds. */
  bareParse(files: readonly ReadableFile[]): Promise<{ milliseconds: number; rows: number }>;
}

export interface ReadSummary {
  readonly files: readonly ReadFileSummary[];
  readonly problems: readonly FileProblem[];
  readonly adUsers: number;
  readonly entraUsers: number;
  /** AD groups and contacts, and the old connector's groups and contacts with an anchor (its csexport). */
  readonly adObjects: number;
  readonly oldConnectorObjects: number;
  readonly tenant?: TenantSettings;
  readonly federation?: FederationFinding;
}

export interface MatchSummary {
  readonly counts: VerdictCounts;
  readonly listed: number;
  readonly stampNeeded: number;
  /**
   * Groups and contacts, by the same verdicts, when the old connector's csexport was read (the only
   * record of their anchors); undefined otherwise.
   */
  readonly objects?: Readonly<Record<DirectoryObjectKind, VerdictCounts>>;
}

export interface RowQuery {
  /** Only these verdicts; by default the verdicts needing action. */
  readonly verdicts?: readonly Verdict[];
  /** Case-insensitive text in the UPN, ids, DN or anchors. */
  readonly text?: string;
  readonly offset: number;
  readonly limit: number;
}

export interface RowPage {
  readonly rows: readonly ReportRow[];
  /** How many rows the query matches in all. */
  readonly total: number;
}

export interface ObjectRowQuery extends Omit<RowQuery, "verdicts"> {
  readonly kinds?: readonly DirectoryObjectKind[];
  readonly verdicts?: readonly Verdict[];
}

export interface ObjectRowPage {
  readonly rows: readonly ObjectReportRow[];
  readonly total: number;
}

const actionVerdicts = (verdict: Verdict) => !(quietVerdicts as readonly Verdict[]).includes(verdict);

export function createMatchSession(options: { yieldToBrowser?: () => Promise<void> } = {}): MatchSession {
  let read: Awaited<ReturnType<typeof readMatchFiles>> | undefined;
  let result: MatchResult | undefined;
  let objects: Record<DirectoryObjectKind, MatchResult> | undefined;
  const needResult = () => {
    if (!result) throw new Error("Nothing has been matched yet.");
    return result;
  };
  return {
    async read(files, onProgress) {
      result = undefined;
      objects = undefined;
      read = undefined;
      read = await readMatchFiles(files, { onProgress, yieldToBrowser: options.yieldToBrowser });
      return {
        files: read.files,
        problems: read.problems,
        adUsers: read.adUsers.length,
        entraUsers: read.entraUsers.length,
        adObjects: read.adObjects.length,
        oldConnectorObjects: read.oldConnectorObjects.length,
        tenant: read.tenant,
        federation: read.tenant && deriveFederation(read.tenant),
      };
    },
    async match(matchOptions) {
      if (!read) throw new Error("Nothing has been read yet.");
      const options = { ...matchOptions, tenant: matchOptions.tenant ?? read.tenant };
      result = matchUsers(read.adUsers, read.entraUsers, options);
      // Without the old connector's anchors every AD group would read as new: say nothing rather than that.
      objects =
        read.oldConnectorObjects.length > 0
          ? matchDirectoryObjects(read.adObjects, read.oldConnectorObjects, options)
          : undefined;
      const found = objects;
      return {
        counts: result.counts,
        listed: result.rows.length,
        stampNeeded: result.counts["stamp-needed"],
        ...(found
          ? {
              objects: Object.fromEntries(directoryObjectKinds.map((kind) => [kind, found[kind].counts])) as Record<
                DirectoryObjectKind,
                VerdictCounts
              >,
            }
          : {}),
      };
    },
    async rows({ verdicts, text, offset, limit }) {
      const wanted = verdicts ? new Set(verdicts) : undefined;
      const needle = text?.trim().toLowerCase() ?? "";
      const page: ReportRow[] = [];
      let total = 0;
      for (const row of needResult().rows) {
        if (wanted ? !wanted.has(row.verdict) : !actionVerdicts(row.verdict)) continue;
        const cells = reportRow(row);
        if (needle !== "" && !Object.values(cells).some((cell) => cell.toLowerCase().includes(needle))) continue;
        if (total >= offset && page.length < limit) page.push(cells);
        total += 1;
      }
      return { rows: page, total };
    },
    async objectRows({ kinds, verdicts, text, offset, limit }) {
      needResult();
      const wantedKinds = kinds ?? directoryObjectKinds;
      const wanted = verdicts ? new Set(verdicts) : undefined;
      const needle = text?.trim().toLowerCase() ?? "";
      const page: ObjectReportRow[] = [];
      let total = 0;
      for (const kind of wantedKinds)
        for (const row of objects?.[kind].rows ?? []) {
          if (wanted ? !wanted.has(row.verdict) : !actionVerdicts(row.verdict)) continue;
          const cells = objectReportRow(kind, row);
          if (needle !== "" && !Object.values(cells).some((cell) => cell.toLowerCase().includes(needle))) continue;
          if (total >= offset && page.length < limit) page.push(cells);
          total += 1;
        }
      return { rows: page, total };
    },
    async report() {
      return reportCsv(needResult());
    },
    async objectsReport() {
      needResult();
      return objectReportCsv(objects ?? {});
    },
    async stampScript(generatedAt) {
      return stampScript(needResult(), generatedAt);
    },
    async bareParse(files) {
      const start = performance.now();
      let rows = 0;
      for (const file of files) {
        await new Promise<void>((resolve) => {
          Papa.parse(file as unknown as File, {
            chunkSize: 2 ** 20,
            chunk: (results) => {
              rows += results.data.length;
            },
            complete: () => resolve(),
            error: () => resolve(),
          });
        });
      }
      return { milliseconds: performance.now() - start, rows };
    },
  };
}
