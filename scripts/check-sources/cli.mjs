// @ts-check
// npm run check-sources [-- --json | --markdown] [-- --strict] [-- --concurrency N] [-- --timeout MS]
// Fetches every Microsoft Learn page the guide cites and compares its last-updated date with the
// citing page's lastReviewed. Exit status: 0 when nothing changed, moved or went (unreachable and
// undated pages are reported but pass unless --strict), 1 when something did, 2 on a usage error.
// CHECK_SOURCES_REWRITE_ORIGIN=http://127.0.0.1:PORT sends the requests to that origin instead of
// https://learn.microsoft.com (the tests' fixture server).
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_TIMEOUT_MS } from "./fetch-source.js";

const root = new URL("../..", import.meta.url).pathname;

/**
 * @param {string} message
 * @returns {never}
 */
function usage(message) {
  process.stderr.write(`check-sources: ${message}\n`);
  process.exit(2);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        json: { type: "boolean", default: false },
        markdown: { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        concurrency: { type: "string", default: "4" },
        timeout: { type: "string", default: String(DEFAULT_TIMEOUT_MS) },
        content: { type: "string", default: path.join(root, "content/guide") },
      },
    }).values;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
}

const options = readOptions();
if (options.json && options.markdown) usage("choose one of --json and --markdown");
const concurrency = Number(options.concurrency);
const timeoutMs = Number(options.timeout);
if (!Number.isInteger(concurrency) || concurrency < 1) usage("--concurrency takes a whole number, 1 or more");
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) usage("--timeout takes milliseconds, more than 0");
const rewriteOrigin = process.env.CHECK_SOURCES_REWRITE_ORIGIN || undefined;
if (rewriteOrigin && !/^https?:\/\/[^/]+\/?$/.test(rewriteOrigin))
  usage("CHECK_SOURCES_REWRITE_ORIGIN must be an origin, e.g. http://127.0.0.1:8080");
const retryDelayMs = process.env.CHECK_SOURCES_RETRY_DELAY_MS
  ? Number(process.env.CHECK_SOURCES_RETRY_DELAY_MS)
  : undefined;

// The MDX parser (check.js) loads once the options are known good, so a usage error answers at once.
const [{ checkSources }, { jsonReport, markdownReport, textReport }, { exitCodeFor }] = await Promise.all([
  import("./check.js"),
  import("./report.js"),
  import("./verdict.js"),
]);
const { strict } = options;
const result = await checkSources({
  contentDir: path.resolve(options.content),
  concurrency,
  timeoutMs,
  rewriteOrigin,
  retryDelayMs,
});
const exitCode = exitCodeFor(result.rows, { strict });
const { GITHUB_SERVER_URL, GITHUB_REPOSITORY } = process.env;
if (options.json) process.stdout.write(jsonReport(result, { strict, exitCode }));
else if (options.markdown) {
  const readmeUrl = GITHUB_REPOSITORY
    ? `${GITHUB_SERVER_URL ?? "https://github.com"}/${GITHUB_REPOSITORY}/blob/HEAD/README.md`
    : undefined;
  process.stdout.write(markdownReport(result, { readmeUrl }));
} else process.stdout.write(`${textReport(result)}\n`);
process.exitCode = exitCode;
