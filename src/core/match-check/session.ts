import Papa from "papaparse";
import { matchUsers, type MatchOptions } from "./match";
import { readMatchFiles, type ReadableFile, type ReadFileSummary } from "./read-files";
import { reportCsv, reportRow, type ReportRow } from "./report";
import { stampScript } from "./stamp-script";
import { deriveFederation, type FederationFinding } from "./tenant";
import {
  quietVerdicts,
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
  report(): Promise<string>;
  stampScript(generatedAt: string): Promise<string>;
  /** For the benchmark: Papa Parse alone over the same files (the floor), in milliseconds. */
  bareParse(files: readonly ReadableFile[]): Promise<{ milliseconds: number; rows: number }>;
}

export interface ReadSummary {
  readonly files: readonly ReadFileSummary[];
  readonly problems: readonly FileProblem[];
  readonly adUsers: number;
  readonly entraUsers: number;
  readonly tenant?: TenantSettings;
  readonly federation?: FederationFinding;
}

export interface MatchSummary {
  readonly counts: VerdictCounts;
  readonly listed: number;
  readonly stampNeeded: number;
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

const actionVerdicts = (verdict: Verdict) => !(quietVerdicts as readonly Verdict[]).includes(verdict);

export function createMatchSession(options: { yieldToBrowser?: () => Promise<void> } = {}): MatchSession {
  let read: Awaited<ReturnType<typeof readMatchFiles>> | undefined;
  let result: MatchResult | undefined;
  const needResult = () => {
    if (!result) throw new Error("Nothing has been matched yet.");
    return result;
  };
  return {
    async read(files, onProgress) {
      result = undefined;
      read = undefined;
      read = await readMatchFiles(files, { onProgress, yieldToBrowser: options.yieldToBrowser });
      return {
        files: read.files,
        problems: read.problems,
        adUsers: read.adUsers.length,
        entraUsers: read.entraUsers.length,
        tenant: read.tenant,
        federation: read.tenant && deriveFederation(read.tenant),
      };
    },
    async match(matchOptions) {
      if (!read) throw new Error("Nothing has been read yet.");
      result = matchUsers(read.adUsers, read.entraUsers, {
        ...matchOptions,
        tenant: matchOptions.tenant ?? read.tenant,
      });
      return {
        counts: result.counts,
        listed: result.rows.length,
        stampNeeded: result.counts["stamp-needed"],
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
    async report() {
      return reportCsv(needResult());
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
