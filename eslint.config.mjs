import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "test/artifacts/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: {
      // Plain Node scripts (bin/, scripts/, bench/) are CommonJS.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // Office.js rules the plugin does not turn on by default (STYLE.md §10).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    // The core is pure: no Office, no DOM, no Node, no adapters or front ends.
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/**", "**/taskpane/**", "**/commands/**", "**/cli/**"],
              message: "The core imports no adapter or front end.",
            },
            {
              group: [
                "node:*",
                "fs",
                "path",
                "os",
                "child_process",
                "exceljs",
                "react",
                "react-dom",
                "@fluentui/*",
              ],
              message: "The core is pure: no Node, Office, DOM or UI imports.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process", "require"],
    },
  },
  {
    // Front ends and the Office adapter read, call one action (core/actions), apply: they build
    // no plan themselves and see core/import only through its index (README, Architecture).
    files: [
      "src/cli/**/*.ts",
      "src/taskpane/**/*.{ts,tsx}",
      "src/commands/**/*.ts",
      "src/adapters/office/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/core/plans/*",
                "!**/core/plans/types",
                "!**/core/plans/coalesceBlocks",
                "!**/core/plans/tableGrowth",
              ],
              allowTypeImports: true,
              message: "Plans are made by core/actions: call the action, apply what it returns.",
            },
            {
              group: ["**/core/import/*", "!**/core/import/index"],
              message: "Use core/import's index (or core/actions), not its internals.",
            },
            {
              group: ["**/core/layout/diagramSelection", "**/core/svg/*"],
              message: "The diagram's selection and SVG come from core/actions (diagramPreviewAction).",
            },
          ],
        },
      ],
    },
  },
);
