import { ESLint } from "eslint";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { architecture } from "../eslint.architecture.js";

const root = path.resolve(import.meta.dirname, "..");
// Deliberately wrong imports, in a tree laid out like the site's (npm run lint skips this folder).
const fixture = path.resolve(import.meta.dirname, "../test-fixtures/architecture");

describe("the architecture rules", () => {
  const problems = new Map<string, string[]>();
  beforeAll(async () => {
    const eslint = new ESLint({ cwd: fixture, overrideConfigFile: true, overrideConfig: architecture(fixture) });
    for (const result of await eslint.lintFiles(["src", "scripts"])) {
      problems.set(
        path.relative(fixture, result.filePath),
        result.messages.map((message) => `${message.ruleId}: ${message.message}`),
      );
    }
  });
  const reported = (file: string) => problems.get(file) ?? [];

  it("let a feature use core and shared code", () => {
    expect(reported("src/features/plan/allowed.ts")).toEqual([]);
  });

  it("report a feature importing another feature", () => {
    expect(reported("src/features/plan/sideways.ts")).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*feature="plan".*feature="advisor"/),
    ]);
  });

  it("report a feature importing a route", () => {
    expect(reported("src/features/plan/backwards.ts")).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*"feature".*"app"/),
    ]);
  });

  it("report core code importing a feature", () => {
    expect(reported("src/core/decision/upwards.ts")).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*"core".*"feature"/),
    ]);
  });

  it("report site code importing a script", () => {
    expect(reported("src/shared/site.ts")).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*"shared".*"scripts"/),
    ]);
  });

  it("report two modules that import each other, on both sides", () => {
    expect(reported("src/core/decision/decide.ts")).toEqual(["import-x/no-cycle: Dependency cycle detected"]);
    expect(reported("src/core/decision/cycle-b.ts")).toEqual(["import-x/no-cycle: Dependency cycle detected"]);
  });
});

// tsconfig leaves checkJs off so that each script opts in with `// @ts-check`: every one does.
describe("the JavaScript files", () => {
  const javascript = [
    ...readdirSync(root).filter((name) => /\.(js|mjs)$/.test(name)),
    ...["scripts", "src"].flatMap((folder) =>
      readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
        .filter((name) => /\.(js|mjs)$/.test(name))
        .map((name) => path.join(folder, name)),
    ),
  ];

  it.each(javascript)("type-checks %s", (file) => {
    expect(readFileSync(path.join(root, file), "utf8")).toMatch(/^\/\/ @ts-check\n/);
  });
});
