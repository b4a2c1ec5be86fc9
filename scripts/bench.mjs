// @ts-check
// npm run bench [-- --runs N] [-- --compare old.json] [-- --skip-build] [-- --only pages|import]
// Builds the site, serves it gzip-compressed as a static host would, and measures each kind of
// page: first-load bytes from the files on disk, Lighthouse (mobile preset) as the median of N
// runs. Prints a table per page kind with the budgets beside the figures, writes
// bench-results/latest.json (the run before is kept as previous.json) and, with --compare,
// the deltas against an earlier run. Lighthouse is CPU-bound: figures from a busy machine are low.
// The import measurement (scripts/bench/import.js) reads a generated export of over 50 MB on /import;
// `--only import` runs it alone, `--only pages` the page kinds alone. The applied-throttling loads
// (scripts/bench/applied-throttling.js) run last, `--applied-runs` per page (`--only applied`: alone),
// beside the anchor bench's Starlight build when /tmp/anchor-bench holds one. The pending-exports
// reader (scripts/bench/pending.js) reads a generated 300 MB csexport in Node (`--only pending`: alone,
// with no build, server or browser).
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { basePath, clientDir } from "./base-path.js";
import {
  appliedTable,
  findAnchorBuild,
  measureAppliedThrottling,
  median,
  serveStatic,
} from "./bench/applied-throttling.js";
import { importTable, measureImport } from "./bench/import.js";
import { matchTable, measureMatch } from "./bench/match.js";
import { measurePending, pendingTable } from "./bench/pending.js";
import { measurePendingPage, pendingPageTable } from "./bench/pending-page.js";
import { runLighthouse } from "./bench/lighthouse.js";
import { findBrowser } from "./find-browser.js";
import { pageKinds } from "./bench/pages.js";
import { deltaTable, missedBudgets, pageTable, summaryTable } from "./bench/report.js";
import { sizeBudgets } from "./quality/budgets.js";
import { measureFirstLoad } from "./quality/first-load.js";

const root = new URL("..", import.meta.url).pathname;
const resultsDir = path.join(root, "bench-results");

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    compare: { type: "string" },
    "skip-build": { type: "boolean", default: false },
    port: { type: "string", default: process.env.BENCH_PORT ?? "4190" },
    only: { type: "string" },
    "applied-runs": { type: "string", default: "5" },
    // Other builds of this site (build/client folders), loaded the same way, interleaved: before and
    // after a change. Repeatable; `name=folder` names one in the tables ("before" if unnamed).
    "applied-against": { type: "string", multiple: true },
  },
});
// One part, or several separated by commas (`--only pages,applied`).
const parts = ["pages", "import", "match", "applied", "pending", "pending-page"];
const only = options.only?.split(",");
if (only !== undefined && !only.every((part) => parts.includes(part)))
  throw new Error(`--only takes ${parts.join(", ")}, or several of them separated by commas`);
const measurePages = only === undefined || only.includes("pages");
const measureImportPage = only === undefined || only.includes("import");
const measureMatchPage = only === undefined || only.includes("match");
const measureApplied = only === undefined || only.includes("applied");
const measurePendingReader = only === undefined || only.includes("pending");
// The same generated csexport picked on /pending-exports: the page's and the worker's heap.
const measurePendingPageHeap = only === undefined || only.includes("pending-page");
const appliedRuns = Number(options["applied-runs"]);
if (!Number.isInteger(appliedRuns) || appliedRuns < 1)
  throw new Error("--applied-runs takes a whole number, 1 or more");
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of runs, 1 or more");
const before = options.compare ? JSON.parse(readFileSync(options.compare, "utf8")) : undefined;
const chrome = findBrowser() ?? chromium.executablePath();
const base = basePath();
const port = Number(options.port);

/** @param {string} command @param {string[]} args @returns {Promise<void>} */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed:\n${output}`)),
    );
  });
}

/** @param {string} url @returns {Promise<{ status: number, encoding: string | undefined }>} */
function probe(url) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, encoding: res.headers["content-encoding"] });
    });
    req.on("error", reject);
    req.end();
  });
}

/** Starts scripts/serve.mjs and waits until it answers; the caller stops it. */
async function startServer() {
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((_, reject) =>
    server.on("exit", (code) =>
      reject(new Error(`the static server stopped (exit ${code}): is port ${port} busy? Use --port.`)),
    ),
  );
  const origin = `http://127.0.0.1:${port}${base}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const answer = await Promise.race([probe(origin).catch(() => undefined), exited]);
    if (answer) {
      // Measured as a compressing static host serves it, or the figures mean little.
      if (answer.encoding !== "gzip") throw new Error(`the server did not send gzip (got ${answer.encoding}); rebuild`);
      return { server, origin };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`the static server did not answer on ${origin}`);
}

/** @type {import("./bench/pending.js").PendingFigures | undefined} */
let pendingFigures;
if (measurePendingReader) {
  // In Node, before the build and the browsers, so nothing else of the bench competes for the CPU.
  console.log("  pending: generating a 300 MB csexport and reading it in Node…");
  pendingFigures = await measurePending();
}
if (options.only === "pending" && pendingFigures) {
  console.log(`\n${pendingTable(pendingFigures)}`);
  console.log(
    `\nMachine: ${availableParallelism()} CPUs, load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(" / ")} at the end.`,
  );
  mkdirSync(resultsDir, { recursive: true });
  const latest = path.join(resultsDir, "latest-pending.json");
  if (existsSync(latest)) copyFileSync(latest, path.join(resultsDir, "previous-pending.json"));
  writeFileSync(latest, `${JSON.stringify({ date: new Date().toISOString(), pending: pendingFigures }, null, 2)}\n`);
  console.log("Figures written to bench-results/latest-pending.json.");
  process.exit(pendingFigures.countsMatch ? 0 : 1);
}

let buildSeconds = null;
if (!options["skip-build"]) {
  process.stdout.write("Building… ");
  const started = performance.now();
  await run("npm", ["run", "build"]);
  buildSeconds = (performance.now() - started) / 1000;
  console.log(`${buildSeconds.toFixed(1)} s`);
}
if (!existsSync(clientDir)) throw new Error("no build/client: run without --skip-build");

const kinds = measurePages ? pageKinds(clientDir) : [];
const sizes = new Map(kinds.map((page) => [page.kind, measureFirstLoad(clientDir, page.html, base).totals]));
/** @type {Map<string, import("./bench/lighthouse.js").LighthouseFigures[]>} */
const lighthouse = new Map(kinds.map((page) => [page.kind, []]));

/** @type {import("./bench/import.js").ImportFigures | undefined} */
let importFigures;
/** @type {import("./bench/import.js").ImportFigures | undefined} */
let importZipFigures;
/** @type {import("./bench/match.js").MatchFigures | undefined} */
let matchFigures;
/** @type {import("./bench/pending-page.js").PendingPageFigures | undefined} */
let pendingPageFigures;
/** @type {Map<string, import("./bench/applied-throttling.js").AppliedLoad[]> | undefined} */
let applied;
/** @type {Map<string, import("./bench/applied-throttling.js").AppliedLoad[]> | undefined} */
let appliedAnchor;
/** The other builds' loads, by the name each was given. @type {Map<string, Map<string, import("./bench/applied-throttling.js").AppliedLoad[]>>} */
const appliedAgainst = new Map();
const { server, origin } = await startServer();
try {
  // Round-robin, so a burst of load elsewhere on the machine spreads over every page kind.
  for (let round = 1; round <= runs; round++) {
    for (const page of kinds) {
      const figures = await runLighthouse(`${origin}${page.path.slice(1)}`, { chrome, notFound: page.notFound });
      lighthouse.get(page.kind)?.push(figures);
      console.log(
        `  run ${round}/${runs} ${page.kind}: performance ${figures.performance}, LCP ${Math.round(figures.lcp)} ms, ` +
          `TBT ${Math.round(figures.tbt)} ms, CLS ${figures.cls.toFixed(3)}`,
      );
    }
  }
  if (measureImportPage) {
    console.log("  import: generating an export of over 50 MB and reading it on /import…");
    const firstLoadJs = measureFirstLoad(clientDir, "import/index.html", base).totals.js;
    importFigures = await measureImport({ origin, chrome, firstLoadJs });
    console.log("  import: the same export as one zip…");
    importZipFigures = await measureImport({ origin, chrome, firstLoadJs, form: "zip" });
  }
  if (measureMatchPage) {
    console.log("  match: generating 200,000 AD and 200,000 Entra users and checking them on /match…");
    const firstLoadJs = measureFirstLoad(clientDir, "match/index.html", base).totals.js;
    matchFigures = await measureMatch({ origin, chrome, firstLoadJs });
  }
  if (measurePendingPageHeap) {
    console.log("  pending-page: generating a 300 MB csexport and reading it on /pending-exports…");
    const firstLoadJs = measureFirstLoad(clientDir, "pending-exports/index.html", base).totals.js;
    pendingPageFigures = await measurePendingPage({ origin, chrome, firstLoadJs });
  }
  if (measureApplied) {
    const ours = [
      ...pageKinds(clientDir).filter((page) => !page.notFound),
      { kind: "guide page (cloud sync)", path: "/guide/cloud-sync" },
    ];
    // Every build compared is loaded in the same run, page by page and round by round, so a burst of
    // load elsewhere on the machine falls on all of them alike.
    const others = (options["applied-against"] ?? []).map((option) => {
      const [name, dir] = option.includes("=")
        ? [option.slice(0, option.indexOf("=")), option.slice(option.indexOf("=") + 1)]
        : ["before", option];
      return { name, dir };
    });
    if (new Set(others.map((other) => other.name)).size < others.length)
      throw new Error("--applied-against: give each build its own name (name=folder)");
    const served = [];
    try {
      for (const [index, other] of others.entries()) served.push(await serveStatic(other.dir, port + 2 + index));
      const pagesAt = (/** @type {string} */ at, /** @type {string} */ prefix) =>
        ours.map((page) => ({ name: `${prefix}${page.kind}`, url: `${at}${page.path.slice(1)}`, interactive: true }));
      const all = [
        pagesAt(origin, ""),
        ...served.map((server, index) => pagesAt(server.origin, `${others[index]?.name}:`)),
      ];
      // Interleaved: each page on every build before the next page.
      const interleaved = ours.flatMap((_, index) => all.map((list) => /** @type {any} */ (list[index])));
      console.log(
        `  applied throttling: ${appliedRuns} loads of ${ours.length} pages on ${all.length} build(s)` +
          (others.length ? ` (this one, ${others.map((other) => other.name).join(", ")}), interleaved…` : "…"),
      );
      const loads = await measureAppliedThrottling({ chrome, runs: appliedRuns, pages: interleaved });
      const of = (/** @type {string} */ prefix) =>
        new Map(
          [...loads]
            .filter(([name]) => (prefix ? name.startsWith(prefix) : !name.includes(":")))
            .map(([name, values]) => [name.slice(prefix.length), values]),
        );
      applied = of("");
      for (const { name } of others) appliedAgainst.set(name, of(`${name}:`));
    } finally {
      for (const server of served) await server.close();
    }
    const anchorBuild = findAnchorBuild();
    if (anchorBuild) {
      console.log(`  applied throttling: the same on Starlight (${anchorBuild})…`);
      const anchor = await serveStatic(anchorBuild, port + 1);
      try {
        appliedAnchor = await measureAppliedThrottling({
          chrome,
          runs: appliedRuns,
          pages: [
            { name: "home", url: anchor.origin, interactive: false },
            { name: "guide page", url: `${anchor.origin}guide/overview/`, interactive: false },
            { name: "guide page (cloud sync)", url: `${anchor.origin}guide/cloud-sync/`, interactive: false },
          ],
        });
      } finally {
        await anchor.close();
      }
    } else
      console.log("  applied throttling: no Starlight build in /tmp/anchor-bench (run ../shared/anchors/bench.mjs)");
  }
} finally {
  server.kill();
}

/** @type {import("./bench/report.js").BenchResult} */
const result = {
  date: new Date().toISOString(),
  runs,
  basePath: base,
  buildSeconds,
  loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  cpus: availableParallelism(),
  pages: kinds.map((page) => {
    const all = lighthouse.get(page.kind) ?? [];
    const mid = (/** @type {keyof Omit<import("./bench/lighthouse.js").LighthouseFigures, "misses">} */ key) =>
      median(all.map((figures) => figures[key]));
    const bytes = sizes.get(page.kind) ?? { html: 0, js: 0, css: 0, all: 0, inlineJs: 0 };
    return {
      kind: page.kind,
      path: page.path,
      html: page.html,
      ...(page.exempt ? { exempt: page.exempt } : {}),
      bytes: { html: bytes.html, js: bytes.js, css: bytes.css, total: bytes.all, inlineJs: bytes.inlineJs },
      lighthouse: {
        runs: all.length,
        performance: mid("performance"),
        accessibility: mid("accessibility"),
        bestPractices: mid("bestPractices"),
        seo: mid("seo"),
        lcp: mid("lcp"),
        tbt: mid("tbt"),
        cls: mid("cls"),
        misses: [...new Set(all.flatMap((figures) => figures.misses))].sort(),
      },
    };
  }),
  ...(importFigures ? { import: importFigures } : {}),
  ...(importZipFigures ? { importZip: importZipFigures } : {}),
  ...(matchFigures ? { match: matchFigures } : {}),
  ...(pendingPageFigures ? { pendingPage: pendingPageFigures } : {}),
  ...(pendingFigures ? { pending: pendingFigures } : {}),
  ...(applied ? { applied: Object.fromEntries(applied) } : {}),
  ...(appliedAnchor ? { appliedStarlight: Object.fromEntries(appliedAnchor) } : {}),
  ...(appliedAgainst.size > 0
    ? {
        appliedAgainst: Object.fromEntries(
          [...appliedAgainst].map(([name, loads]) => [name, Object.fromEntries(loads)]),
        ),
      }
    : {}),
};

// Each page kind's LCP against the guide page's, from the same run.
const guideLcp = result.pages.find((page) => page.kind === "guide page")?.lighthouse.lcp;
if (guideLcp) for (const page of result.pages) page.lcpToGuide = page.lighthouse.lcp / guideLcp;

console.log("");
for (const page of result.pages) console.log(`${pageTable(page)}\n`);
if (result.pages.length > 0) console.log(summaryTable(result));
if (importFigures) console.log(`\n${importTable(importFigures, sizeBudgets.js)}`);
if (importZipFigures) console.log(`\n${importTable(importZipFigures, sizeBudgets.js)}`);
if (matchFigures) console.log(`\n${matchTable(matchFigures, sizeBudgets.js)}`);
if (pendingPageFigures) console.log(`\n${pendingPageTable(pendingPageFigures)}`);
if (pendingFigures) console.log(`\n${pendingTable(pendingFigures)}`);
if (applied) console.log(`\n${appliedTable(applied, appliedAnchor)}`);
for (const [name, loads] of appliedAgainst)
  if (applied) console.log(`\n${appliedTable(applied, loads, `${name} (--applied-against)`)}`);
console.log(
  `\nBuild: ${buildSeconds === null ? "not measured (--skip-build)" : `${buildSeconds.toFixed(1)} s`}. ` +
    `Machine: ${result.cpus} CPUs, load average ${result.loadAverage.join(" / ")} at the end.`,
);
const missed = missedBudgets(result);
if (importFigures && importFigures.firstLoadJs > sizeBudgets.js)
  missed.push(`import: /import first-load JS ${(importFigures.firstLoadJs / 1024).toFixed(1)} KiB (budget 125 KiB)`);
if (matchFigures && matchFigures.firstLoadJs > sizeBudgets.js)
  missed.push(`match: /match first-load JS ${(matchFigures.firstLoadJs / 1024).toFixed(1)} KiB (budget 125 KiB)`);
if (pendingPageFigures && pendingPageFigures.firstLoadJs > sizeBudgets.js)
  missed.push(
    `pending-page: /pending-exports first-load JS ${(pendingPageFigures.firstLoadJs / 1024).toFixed(1)} KiB (budget 125 KiB)`,
  );
if (pendingPageFigures && !pendingPageFigures.countsMatch)
  missed.push("pending-page: the page's counts differ from those the generator wrote");
console.log(missed.length === 0 ? "Every budget met." : `Budgets missed:\n  ${missed.join("\n  ")}`);

mkdirSync(resultsDir, { recursive: true });
// A partial run (--only) keeps its own file, so it never replaces a full run's figures.
const latestName = options.only ? `latest-${options.only.replace(/,/g, "-")}.json` : "latest.json";
const latest = path.join(resultsDir, latestName);
const kept = existsSync(latest);
const previousName = latestName.replace("latest", "previous");
if (kept) copyFileSync(latest, path.join(resultsDir, previousName));
writeFileSync(latest, `${JSON.stringify(result, null, 2)}\n`);
console.log(`Figures written to bench-results/${latestName}${kept ? ` (the run before it: ${previousName})` : ""}.`);

if (before) console.log(`\n${deltaTable(before, result)}`);
