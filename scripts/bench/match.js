// @ts-check
// The match measurement: 200,000 AD users and 200,000 Entra users (about 120 MB of CSV in the
// scripts' format) generated in a temporary folder, picked on /match in headless Chromium.
// Time to verdicts is from the page's "reading" status to "done"; the floor is Papa Parse's bare
// parse of the same files (Papa.parse(File) with a chunk callback that does nothing) in a second
// instance of the same worker script; peak JS heap is sampled over CDP every 25 ms, page and
// worker apart.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

/**
 * @typedef {object} MatchFigures
 * @property {number} adUsers
 * @property {number} entraUsers
 * @property {number} bytes
 * @property {number} seconds from "reading" to "done" (verdicts rendered)
 * @property {number} bareParseSeconds Papa Parse alone over the same files, in the worker
 * @property {number} peakPageHeap bytes
 * @property {number} peakWorkerHeap bytes
 * @property {Record<string, number>} counts the page's counts
 * @property {number} firstLoadJs /match first-load JS, gzip bytes
 */

/** GUID text from a number, and its ImmutableId (.NET Guid.ToByteArray() order, base64). */
function guidOf(/** @type {number} */ n, /** @type {number} */ salt) {
  const hex = (n * 2654435761 + salt).toString(16).padStart(8, "0").slice(-8);
  return `${hex}-${(n & 0xffff).toString(16).padStart(4, "0")}-4${(salt & 0xfff).toString(16).padStart(3, "0")}-8a9b-${n.toString(16).padStart(12, "0")}`;
}
function immutableIdOf(/** @type {string} */ guid) {
  const [a, b, c, d, e] = guid.split("-");
  const pairs = (/** @type {string} */ s) => s.match(/../g) ?? [];
  const bytes = [
    ...pairs(a ?? "").reverse(),
    ...pairs(b ?? "").reverse(),
    ...pairs(c ?? "").reverse(),
    ...pairs(d ?? ""),
    ...pairs(e ?? ""),
  ];
  return Buffer.from(bytes.map((pair) => parseInt(pair, 16))).toString("base64");
}
const q = (/** @type {string} */ value) => `"${value}"`;

/**
 * The estate: of 200,000 AD users, 160,000 hard-match the old connector's users, 20,000 need a
 * stamp, the rest are new; the tenant adds 5,000 orphans, 5,000 of another engine and 10,000
 * cloud users.
 */
export function generateEstate(adCount = 200_000) {
  const ad = [
    '"Forest","DistinguishedName","ObjectGUID","mS-DS-ConsistencyGuid","UserPrincipalName","Mail","ProxyAddresses"',
  ];
  const entra = [
    '"Id","UserPrincipalName","OnPremisesImmutableId","OnPremisesSyncEnabled","OnPremisesLastSyncDateTime","Mail","ProxyAddresses","AdminRoles"',
  ];
  const hard = Math.round(adCount * 0.8);
  const stamp = Math.round(adCount * 0.1);
  let entraCount = 0;
  const entraRow = (
    /** @type {number} */ n,
    /** @type {string} */ upn,
    /** @type {string} */ immutableId,
    /** @type {string} */ synced,
    /** @type {string} */ last,
  ) => {
    entraCount += 1;
    entra.push(
      [guidOf(n, 7), upn, immutableId, synced, last, upn, `SMTP:${upn};smtp:${upn.replace("@", ".alias@")}`, ""]
        .map(q)
        .join(","),
    );
  };
  for (let n = 0; n < adCount; n += 1) {
    const guid = guidOf(n, 1);
    const upn = `user${n}@contoso.com`;
    ad.push(
      [
        "contoso.com",
        `CN=User ${n},OU=Staff${n % 50},DC=contoso,DC=com`,
        guid,
        "",
        upn,
        upn,
        `SMTP:${upn};smtp:user${n}@contoso.mail.onmicrosoft.com;X500:/o=Contoso/ou=Exchange/cn=Recipients/cn=user${n}`,
      ]
        .map(q)
        .join(","),
    );
    if (n < hard) entraRow(n, upn, immutableIdOf(guid), "True", "2024-03-28T06:12:44.0000000Z");
    else if (n < hard + stamp) entraRow(n, upn, immutableIdOf(guidOf(n, 99)), "True", "2024-03-28T06:12:44.0000000Z");
  }
  const extra = Math.max(0, adCount - entraCount);
  for (let i = 0; i < extra; i += 1) {
    const n = adCount + i;
    const kind = i % 4;
    if (kind === 0)
      entraRow(n, `orphan${n}@contoso.com`, immutableIdOf(guidOf(n, 3)), "True", "2024-02-01T00:00:00.0000000Z");
    else if (kind === 1)
      entraRow(n, `other${n}@contoso.com`, immutableIdOf(guidOf(n, 5)), "True", "2026-11-30T10:00:00.0000000Z");
    else entraRow(n, `cloud${n}@contoso.onmicrosoft.com`, "", "", "");
  }
  return { ad: `${ad.join("\r\n")}\r\n`, entra: `${entra.join("\r\n")}\r\n`, adUsers: adCount, entraUsers: entraCount };
}

/**
 * @param {{ origin: string, chrome: string, firstLoadJs: number, adUsers?: number }} options
 * @returns {Promise<MatchFigures>}
 */
export async function measureMatch({ origin, chrome, firstLoadJs, adUsers = 200_000 }) {
  const dir = mkdtempSync(path.join(tmpdir(), "ema-match-bench-"));
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    chromiumSandbox: false,
  });
  try {
    const estate = generateEstate(adUsers);
    const files = [
      { file: path.join(dir, "ad-users-contoso.csv"), text: estate.ad },
      { file: path.join(dir, "entra-users.csv"), text: estate.entra },
    ];
    for (const { file, text } of files) writeFileSync(file, text);
    const bytes = files.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
    const page = await browser.newPage();
    const errors = /** @type {string[]} */ ([]);
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${origin}match`);
    await page.locator("[data-hydrated]").waitFor({ state: "attached" });
    await page.locator("#match-files").focus();
    await page.locator("[data-reader-ready]").waitFor({ state: "attached" });

    const pageSession = await page.context().newCDPSession(page);
    const browserSession = await browser.newBrowserCDPSession();
    const worker = await workerHeapReader(browserSession);
    let peakPageHeap = 0;
    let peakWorkerHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const [main, off] = await Promise.all([
          pageSession.send("Runtime.getHeapUsage").then((usage) => usage.usedSize),
          worker ? worker().catch(() => 0) : 0,
        ]);
        peakPageHeap = Math.max(peakPageHeap, main);
        peakWorkerHeap = Math.max(peakWorkerHeap, off);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    await page.evaluate(() => {
      const status = document.querySelector("[data-match-status]");
      const times = /** @type {Record<string, number>} */ ({});
      /** @type {Window & { __matchTimes?: Record<string, number> }} */ (window).__matchTimes = times;
      new MutationObserver(() => {
        const value = status?.getAttribute("data-match-status") ?? "";
        times[value] ??= performance.now();
      }).observe(/** @type {Element} */ (status), { attributes: true });
    });
    await page.locator("#match-files").setInputFiles(files.map(({ file }) => file));
    await page.locator('[data-match-status="done"]').waitFor({ timeout: 600_000 });
    sampling = false;
    await sampler;
    const times = await page.evaluate(
      () => /** @type {Window & { __matchTimes?: Record<string, number> }} */ (window).__matchTimes ?? {},
    );
    const seconds = ((times.done ?? 0) - (times.reading ?? 0)) / 1000;
    const counts = Object.fromEntries(
      await page
        .locator("[data-match-count]")
        .evaluateAll((items) =>
          items.map((item) => [item.getAttribute("data-match-count") ?? "", Number(item.getAttribute("data-value"))]),
        ),
    );

    // The floor: the same files, Papa Parse alone, in another instance of the same worker script
    // (Comlink's wire format by hand: APPLY bareParse with the files as a raw value).
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.type = "file";
      input.multiple = true;
      input.id = "bench-files";
      input.hidden = true;
      document.body.append(input);
    });
    await page.locator("#bench-files").setInputFiles(files.map(({ file }) => file));
    const bareParseMs = await page.evaluate(async () => {
      const script = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .find((name) => /match-worker/.test(name));
      if (!script) throw new Error("the match worker's script was not loaded");
      const bench = new Worker(script, { type: "module" });
      await new Promise((resolve) =>
        bench.addEventListener("message", (event) => event.data === "match-worker-ready" && resolve(undefined)),
      );
      const picked = Array.from(/** @type {HTMLInputElement} */ (document.querySelector("#bench-files")).files ?? []);
      const result = await new Promise((resolve) => {
        bench.addEventListener("message", (event) => {
          if (event.data?.id === "bench") resolve(event.data.value);
        });
        bench.postMessage({
          id: "bench",
          type: "APPLY",
          path: ["bareParse"],
          argumentList: [{ type: "RAW", value: picked }],
        });
      });
      bench.terminate();
      return /** @type {{ milliseconds: number }} */ (result).milliseconds;
    });
    if (errors.length > 0) throw new Error(`the match page logged errors:\n  ${errors.join("\n  ")}`);
    return {
      adUsers: estate.adUsers,
      entraUsers: estate.entraUsers,
      bytes,
      seconds,
      bareParseSeconds: bareParseMs / 1000,
      peakPageHeap,
      peakWorkerHeap,
      counts,
      firstLoadJs,
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The match worker's used JS heap through the browser's CDP session; undefined when there is none.
 * @param {import("@playwright/test").CDPSession} session
 */
async function workerHeapReader(session) {
  const { targetInfos } = await session.send("Target.getTargets");
  const target = targetInfos.find((info) => info.type === "worker" && /match-worker/.test(info.url));
  if (!target) return undefined;
  const { sessionId } = await session.send("Target.attachToTarget", { targetId: target.targetId, flatten: false });
  let id = 0;
  /** @type {Map<number, (value: number) => void>} */
  const pending = new Map();
  session.on("Target.receivedMessageFromTarget", (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    resolve?.(message.result?.usedSize ?? 0);
  });
  return () =>
    new Promise((resolve) => {
      id += 1;
      pending.set(id, resolve);
      void session.send("Target.sendMessageToTarget", {
        sessionId,
        message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }),
      });
    });
}

const mib = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** @param {MatchFigures} figures @param {number} budget first-load JS budget, gzip bytes */
export function matchTable(figures, budget) {
  const ratio = figures.seconds / figures.bareParseSeconds;
  const rows = [
    [
      "users read",
      `${figures.adUsers.toLocaleString("en")} AD + ${figures.entraUsers.toLocaleString("en")} Entra, ${mib(figures.bytes)} of CSV`,
    ],
    ["time to verdicts, reading to done", `${figures.seconds.toFixed(2)} s`],
    ["Papa Parse alone, same files and worker", `${figures.bareParseSeconds.toFixed(2)} s`],
    ["verdicts ÷ bare parse (aim ≤ 2×)", `${ratio.toFixed(2)}× ${ratio <= 2 ? "✓" : "✗"}`],
    ["peak JS heap, page", mib(figures.peakPageHeap)],
    ["peak JS heap, match worker", figures.peakWorkerHeap ? mib(figures.peakWorkerHeap) : "no worker (main thread)"],
    [
      `/match first-load JS (gzip) (≤ ${(budget / 1024).toFixed(1)} KiB)`,
      `${(figures.firstLoadJs / 1024).toFixed(1)} KiB ${figures.firstLoadJs <= budget ? "✓" : "✗"}`,
    ],
    [
      "counts",
      Object.entries(figures.counts)
        .map(([verdict, count]) => `${verdict} ${count.toLocaleString("en")}`)
        .join(", "),
    ],
  ];
  const width = Math.max(...rows.map(([name]) => (name ?? "").length));
  return ["match check", ...rows.map(([name, value]) => `  ${(name ?? "").padEnd(width)}  ${value}`)].join("\n");
}
