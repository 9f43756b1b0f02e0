/**
 * The real-file corpus (issue 10 item 6): every real template in ../shared/reference imported into
 * the structured workbook and checked, with the counts pinned in realFiles.expected.json — rows
 * landed per level, numbers landed and their agreement with the source cells, rows not taken by
 * reason code, findings per rule. A change on real data fails here. `POKIN_PIN=1` rewrites the
 * JSON (then read the diff: every number that moved needs a reason).
 */
import fs from "node:fs";
import path from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { readXlsx } from "../../src/adapters/xlsx/readWorkbook";
import {
  planImport,
  previewImport,
  readValue,
  referencePlan,
  type ImportPreview,
} from "../../src/core/import";
import { checkWorkbook } from "../../src/core/rules/runChecks";
import type { SheetData, WorkbookData } from "../../src/core/sheet";
import { emptyWorkbook } from "../helpers/workbook";

const REF = path.resolve(__dirname, "../../../shared/reference");
const has = fs.existsSync(REF);
if (!has) console.warn(`Skipping the real-file corpus: ${REF} is absent.`);
const PINS = path.join(__dirname, "realFiles.expected.json");
const NOW = new Date(2025, 5, 1);

interface Outcome {
  readonly sheet: string;
  readonly levels?: Record<string, number>;
  readonly newLevels?: readonly string[];
  readonly numbers?: { readonly landed: number; readonly differ: readonly string[] };
  readonly notTaken?: Record<string, number>;
  readonly findings?: Record<string, number>;
  readonly referenceCodes?: number;
}

const tally = (keys: readonly string[]) =>
  Object.fromEntries([...new Set(keys)].sort().map((k) => [k, keys.filter((x) => x === k).length] as const));

/**
 * Every yearly number landed, compared with the source row's cells mapped to that year (several
 * when a template pairs a target column with each indicator): one of them holds it exactly (or
 * as a percentage of a fraction, 0.96 → 96), else it is listed.
 */
function numbers(p: ImportPreview, source: SheetData): Outcome["numbers"] {
  const m = p.mapping!;
  const differ: string[] = [];
  let landed = 0;
  for (const level of p.content.levels) {
    for (const row of level.rows) {
      const r = Number(/(\d+)$/.exec(row.source)![1]) - 1;
      const check = (kind: "target" | "realisasi", values: Readonly<Record<number, number>> | undefined) => {
        for (const [year, v] of Object.entries(values ?? {})) {
          const cells = m.columns
            .filter(
              (c) =>
                c.role.kind === kind &&
                c.role.year === Number(year) &&
                !("quarter" in c.role && c.role.quarter),
            )
            .map((c) => source.values[r]?.[c.col])
            .filter(
              (x) => typeof x === "number" || (typeof x === "string" && /^\s*[\d.,]+\s*\S*\s*$/.test(x)),
            )
            .map((x) => (typeof x === "number" ? x : readValue(x, undefined, "", "").value))
            .filter((x): x is number => x !== undefined);
          if (cells.length === 0) continue;
          landed++;
          if (!cells.some((x) => x === v || Math.abs(x * 100 - v) < 1e-9))
            differ.push(`${level.name} ${row.source} ${kind} ${year}: ${cells.join("/")} → ${v}`);
        }
      };
      check("target", row.targets);
      check("realisasi", row.realisasi);
    }
  }
  return { landed, differ };
}

async function outcome(file: string, sheetName: string | undefined): Promise<Outcome> {
  const src = await readXlsx(fs.readFileSync(path.join(REF, file)));
  if (/kepmendagri/.test(file)) {
    // The nomenclature list is a reference (`pokin import --reference`), not a template.
    const copy = referencePlan(src);
    return { sheet: copy.plan!.name, referenceCodes: copy.codes };
  }
  const source = src.sheets.find((s) => s.name === sheetName) ?? src.sheets[0]!;
  const wb: WorkbookData = { sheets: [...emptyWorkbook().sheets, source] };
  const p = previewImport(wb, source.name, { now: NOW });
  const mem = MemoryWorkbook.from(wb);
  mem.apply(planImport(wb, p, NOW).plan);
  const findings = checkWorkbook(mem.toData(), { lang: "en" });
  return {
    sheet: source.name,
    levels: Object.fromEntries(p.content.levels.map((l) => [l.name, l.rows.length])),
    newLevels: p.mapping!.newLevels,
    numbers: numbers(p, source),
    notTaken: tally(p.reports.filter((r) => r.status === "skipped").map((r) => r.reason!.code)),
    findings: tally(findings.map((f) => f.rule)),
  };
}

const files = has
  ? fs
      .readdirSync(REF)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
  : [];
const pins: Record<string, Outcome> = fs.existsSync(PINS) ? JSON.parse(fs.readFileSync(PINS, "utf8")) : {};
const got: Record<string, Outcome> = {};

(has ? describe : describe.skip)("the real-file corpus in ../shared/reference", () => {
  afterAll(() => {
    if (process.env.POKIN_PIN === "1")
      fs.writeFileSync(PINS, `${JSON.stringify({ ...pins, ...got }, null, 2)}\n`);
  });

  test("every real template has pinned counts", () => {
    expect(files.filter((f) => !pins[f] && process.env.POKIN_PIN !== "1")).toEqual([]);
  });

  test.each(files)(
    "%s imports and checks as pinned",
    async (file) => {
      const o = await outcome(file, pins[file]?.sheet);
      got[file] = o;
      if (process.env.POKIN_PIN === "1") return;
      expect(o).toEqual(pins[file]);
    },
    120000,
  );
});
