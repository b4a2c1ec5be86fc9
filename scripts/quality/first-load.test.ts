import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deferHydration } from "../build/defer-hydration.js";
import { firstLoadUrls, gzipSize, measureFirstLoad, moduleSpecifiers } from "./first-load.js";

describe("first-load measuring", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "first-load-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  };

  write("assets/entry.js", `import{a}from"./shared.js";import"./side.js";const lazy=()=>import("./lazy.js");`);
  write("assets/shared.js", `export const a=1;console.error("imported from \`RouterProvider\`")`);
  write("assets/side.js", `export{}`);
  write("assets/lazy.js", `export const never=1;`);
  write("assets/preloaded.js", `export{}`);
  write("assets/root.css", `@import "./more.css";body{}`);
  write("assets/more.css", `p{}`);
  // Served under /base/, as a sub-path build is: URLs carry the base, files sit at the root.
  const html =
    `<head><link rel="modulepreload" href="/base/assets/preloaded.js"/><link rel="stylesheet" href="/base/assets/root.css"/></head>` +
    `<script type="module">import "/base/assets/entry.js"; import("/base/assets/side.js");</script><script>not("a module")</script>`;
  write("page/index.html", html);

  it("finds scripts, preloads, inline module imports and stylesheets in the HTML, not a disabled stylesheet", () => {
    const html = `<link rel="modulepreload" href="/m.js"><link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/inlined.css" disabled=""><script src="/x.js"></script><script type="module">import * as r from "/r.js"; import("/e.js");</script>`;
    expect(firstLoadUrls(html)).toEqual({ scripts: ["/m.js", "/x.js", "/r.js", "/e.js"], styles: ["/s.css"] });
  });

  it("counts a module deferred until the first paint, and its preloads: later is not lighter", () => {
    const html = deferHydration(
      `<head><link rel="modulepreload" href="/m.js"/></head><body><script type="module" async="">import * as r from "/r.js"; import("/e.js");</script></body>`,
    );
    expect(firstLoadUrls(html).scripts.sort()).toEqual(["/e.js", "/m.js", "/r.js"]);
  });

  it("follows static imports but not lazy import() inside bundles, nor prose that mentions `from`", () => {
    expect(
      moduleSpecifiers(
        `import{a}from"./a.js";export*from"./b.js";import"./c.js";import("./lazy.js");x(\`from \\\`Y\\\`\`)`,
        false,
      ),
    ).toEqual(["./a.js", "./b.js", "./c.js"]);
  });

  it("adds up the gzip size of the page, its module graph without lazy chunks, and its CSS with @imports", () => {
    const load = measureFirstLoad(dir, "page/index.html", "/base/");
    expect(load.js.map((asset) => asset.file).sort()).toEqual(
      ["assets/entry.js", "assets/preloaded.js", "assets/shared.js", "assets/side.js"].sort(),
    );
    expect(load.css.map((asset) => asset.file).sort()).toEqual(["assets/more.css", "assets/root.css"]);
    expect(load.totals.js).toBe(load.js.reduce((sum, asset) => sum + asset.gzip, 0));
    expect(load.totals.all).toBe(load.totals.html + load.totals.js + load.totals.css);
    expect(load.html).toEqual({ file: "page/index.html", bytes: html.length, gzip: gzipSize(html) });
  });

  it("refuses a first load that reaches another origin or leaves the base path", () => {
    write("bad/index.html", `<script src="https://cdn.example/x.js"></script>`);
    expect(() => measureFirstLoad(dir, "bad/index.html", "/base/")).toThrow(/another origin/);
    write("outside/index.html", `<link rel="stylesheet" href="/elsewhere/x.css">`);
    expect(() => measureFirstLoad(dir, "outside/index.html", "/base/")).toThrow(/outside the base path/);
  });
});
