import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ts from "typescript";
import { POKIN_SHEETS } from "../src/core/sheets";

const ROOT = path.resolve(__dirname, "..");

/** Where a sheet name may be spelled: the one list, and the texts shown to people. */
const ALLOWED = new Set(["src/core/sheets.ts", "src/taskpane/i18n.ts", "src/cli/usage.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/**
 * The string pieces of a file that spell one of Pokin's sheet names as a name: the whole
 * literal is the name ("Cascading"), or a family's prefix starts it (`Capaian ${year}`).
 * Comments and `{ id, en }` messages are not code that names a sheet.
 */
function sheetNamesSpelled(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  // "Perubahan" (changes) is also an everyday word, e.g. a column header of the changes sheet.
  const named = POKIN_SHEETS.filter((s) => s.key !== "changes");
  const whole = new Set(named.filter((s) => !s.family).map((s) => s.name));
  const prefixes = named.filter((s) => s.family).map((s) => `${s.name} `);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node);
    const parent = node.parent as ts.Node | undefined;
    const inMessage =
      parent !== undefined && ts.isPropertyAssignment(parent) && ["id", "en"].includes(parent.name.getText());
    if (literal && !inMessage) {
      const value = node.text;
      const exact = whole.has(value) || prefixes.includes(value);
      const family = ts.isTemplateHead(node) && prefixes.some((p) => value === p || value === p.trim());
      if (exact || family)
        found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${value}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("architecture", () => {
  test("no sheet name of Pokin's is spelled in src outside core/sheets.ts and the texts for people", () => {
    const files = sourceFiles("src").filter((f) => !ALLOWED.has(f));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(sheetNamesSpelled)).toEqual([]);
  });

  test("the check above finds a sheet name spelled as code", () => {
    const probe = "test/fixtures/architecture/spellsSheet.ts";
    expect(sheetNamesSpelled(probe)).toEqual([`${probe}:2: Hasil Pemeriksaan`, `${probe}:3: Capaian `]);
  });

  /** The lines the project's ESLint config flags with no-restricted-imports, per file (one child run). */
  const lint = (inputs: { file: string; code: string }[]): number[][] => {
    const script = `
      const { ESLint } = require("eslint");
      const inputs = JSON.parse(process.argv[1]);
      (async () => {
        const eslint = new ESLint({ cwd: process.cwd() });
        const out = [];
        for (const { file, code } of inputs) {
          const [result] = await eslint.lintText(code, { filePath: file });
          out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.line));
        }
        process.stdout.write(JSON.stringify(out));
      })();`;
    const inputsJson = JSON.stringify(inputs.map((i) => ({ ...i, file: path.join(ROOT, i.file) })));
    return JSON.parse(
      execFileSync(process.execPath, ["-e", script, inputsJson], { cwd: ROOT, encoding: "utf8" }),
    );
  };

  test("front ends and the Office adapter import no plan builder and no core/import internals", () => {
    const code = [
      'import { buildPlan } from "../core/plans/buildPlan";',
      'import { previewImport } from "../core/import/importTemplate";',
      'import { diagramSvg } from "../core/svg/diagramSvg";',
      'import type { WorkbookPlan } from "../core/plans/types";',
      'import type { BuildChoice } from "../core/plans/buildSelection";',
      'import { describeRows } from "../core/import";',
      'import { buildAction } from "../core/actions";',
      "export const used = [buildPlan, previewImport, diagramSvg, describeRows, buildAction];",
      "export type Used = WorkbookPlan | BuildChoice;",
    ].join("\n");
    const fronts = ["src/cli/x.ts", "src/taskpane/x.tsx", "src/commands/x.ts", "src/adapters/office/x.ts"];
    const inputs = [
      ...fronts.map((file) => ({
        file,
        code: code.replaceAll("../core", file.includes("/office/") ? "../../core" : "../core"),
      })),
      // The core itself is not a front end: its actions call the plan builders.
      { file: "src/core/actions/x.ts", code: code.replaceAll("../core/", "../") },
    ];
    expect(lint(inputs)).toEqual([[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3], []]);
  }, 60_000);
});
