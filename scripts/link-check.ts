import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { eachElement } from "./quality/html-audit.js";

/** A built page: its site path (no base, no trailing slash, "/" for home) and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

export interface LinkReport {
  broken: { from: string; href: string; reason: string }[];
  external: string[];
  checked: number;
}

function collect(html: string) {
  const ids = new Set<string>();
  const hrefs: string[] = [];
  eachElement(html, (node) => {
    for (const attr of node.attrs ?? []) {
      if (attr.name === "id") ids.add(attr.value);
      if (attr.name === "href" && node.nodeName === "a") hrefs.push(attr.value);
    }
  });
  return { ids, hrefs };
}

const normalise = (sitePath: string) => sitePath.replace(/\/+$/, "") || "/";

/**
 * Checks every link in the built pages: internal links must reach a built page, and an
 * `#anchor` must name an id on that page. External links are listed, never fetched.
 */
export function checkLinks(pages: BuiltPage[], base = "/"): LinkReport {
  const parsed = new Map(pages.map((page) => [normalise(page.path), collect(page.html)]));
  const report: LinkReport = { broken: [], external: [], checked: 0 };
  for (const [from, { hrefs }] of parsed) {
    for (const href of hrefs) {
      if (/^(https?:)?\/\//.test(href)) {
        if (!report.external.includes(href)) report.external.push(href);
        continue;
      }
      if (/^(mailto|tel):/.test(href)) continue;
      report.checked += 1;
      const resolved = new URL(href, `http://site${base}${from === "/" ? "" : from.slice(1)}`);
      if (!resolved.pathname.startsWith(base) && `${resolved.pathname}/` !== base) {
        report.broken.push({ from, href, reason: `outside the base path ${base}` });
        continue;
      }
      const target = normalise(`/${resolved.pathname.slice(base.length)}`);
      const targetPage = parsed.get(target);
      if (!targetPage) {
        report.broken.push({ from, href, reason: `no page at ${target}` });
        continue;
      }
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      if (anchor && !targetPage.ids.has(anchor)) {
        report.broken.push({ from, href, reason: `no id "${anchor}" on ${target}` });
      }
    }
  }
  report.external.sort();
  return report;
}

/** Reads every prerendered `index.html` under a build folder as a BuiltPage. */
export function readBuiltPages(clientDir: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== "assets") walk(full, `${prefix}${name}/`);
      } else if (name === "index.html") {
        pages.push({ path: normalise(`/${prefix}`), html: readFileSync(full, "utf8") });
      }
    }
  };
  walk(clientDir, "");
  return pages;
}

/** The ids on one built page (for the anchor-registry check). */
export function idsOf(html: string): Set<string> {
  return collect(html).ids;
}
