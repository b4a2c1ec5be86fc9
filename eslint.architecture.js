// @ts-check
// The architecture as lint rules (README, Architecture): which part of the tree may import which.
// Kept apart from eslint.config.js so that src/architecture.test.ts can run the same rules on
// deliberately wrong fixtures.
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import boundaries from "eslint-plugin-boundaries";
import { importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/** The modules of src/core/ each core module may use besides itself (the order they stand in, lowest first). */
export const coreModuleUses = {
  decision: [],
  share: ["decision"],
  answers: ["decision"],
  "linked-page": ["decision", "share", "answers"],
  "file-kind": [],
  "sync-export": ["decision", "file-kind"],
  "import-findings": ["decision", "sync-export"],
  "pending-exports": ["file-kind", "sync-export"],
  "match-check": ["decision", "file-kind", "pending-exports"],
  "match-findings": ["match-check"],
  "pending-findings": ["file-kind", "match-check", "pending-exports"],
};

/** @param {string} type @param {Record<string, string>} [captured] */
const element = (type, captured) => ({ element: captured ? { type, captured } : { type } });
/** @param {object} from @param {object[]} to */
const allow = (from, ...to) => ({ from, allow: { to } });

/**
 * @param {string} rootPath the folder the element patterns are relative to (the repository, or a test fixture)
 * @returns {import("eslint").Linter.Config[]}
 */
export function architecture(rootPath) {
  return [
    {
      // The tool configuration at the top of the repository may import anything.
      files: ["{src,scripts,e2e}/**/*.{js,mjs,ts,tsx}"],
      languageOptions: { parser: tseslint.parser, sourceType: "module" },
      plugins: { boundaries, "import-x": importX },
      settings: {
        "boundaries/root-path": rootPath,
        "boundaries/elements": [
          { type: "core", pattern: "src/core/*", capture: ["module"], partialMatch: false },
          { type: "feature", pattern: "src/features/*", capture: ["feature"], partialMatch: false },
          { type: "shared", pattern: "src/shared", partialMatch: false },
          // The route modules and the files beside them: the route table, the document, the prerendered URLs.
          { type: "app", pattern: "src", partialMatch: false },
          { type: "scripts", pattern: "scripts", partialMatch: false },
          { type: "e2e", pattern: "e2e", partialMatch: false },
          // React Router's generated route types (the +types imports).
          { type: "generated", pattern: "+types" },
        ],
        // boundaries resolves through eslint-module-utils, import-x through its own interface: one resolver for both.
        "import/resolver": { typescript: { alwaysTryTypes: true } },
        "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true })],
        "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
        "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      },
      rules: {
        "boundaries/dependencies": [
          "error",
          {
            default: "disallow",
            policies: [
              // Packages are not the architecture's business, nor React Router's generated types.
              { allow: { to: [{ module: { origin: ["external", "core"] } }, element("generated")] } },
              allow(element("app"), element("app"), element("feature"), element("core"), element("shared")),
              // A feature never imports another feature: what two features need lives in core or shared.
              allow(
                element("feature"),
                element("feature", { feature: "{{ from.element.captured.feature }}" }),
                element("core"),
                element("shared"),
              ),
              ...Object.entries(coreModuleUses).map(([module, uses]) =>
                allow(
                  element("core", { module }),
                  ...[module, ...uses].map((used) => element("core", { module: used })),
                  element("shared"),
                ),
              ),
              allow(element("shared"), element("shared")),
              // Build scripts read the site's own code (the search index, the guide's content format);
              // nothing in src/ imports a script.
              allow(element("scripts"), element("scripts"), element("feature"), element("core"), element("shared")),
              allow(
                element("e2e"),
                element("e2e"),
                element("app"),
                element("feature"),
                element("core"),
                element("shared"),
                element("scripts"),
              ),
            ],
          },
        ],
        "boundaries/no-unknown-files": "error",
        "import-x/no-cycle": ["error", { ignoreExternal: true }],
      },
    },
  ];
}
