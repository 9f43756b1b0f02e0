import { mergePlan, type ImportContent, type ImportRow } from "../../../src/core/import";
import { DEFAULT_LEVELS } from "../../../src/core/model/settings";
import type { SheetPlan } from "../../../src/core/plans/types";
import type { WorkbookData } from "../../../src/core/sheet";
import { LEAD_COLUMNS } from "../../helpers/bigWorkbook";
import { cleanWorkbook, col, HEADER } from "../../helpers/workbook";

const NOW = new Date(2025, 0, 2, 3, 4);

function content(rows: Partial<Record<(typeof DEFAULT_LEVELS)[number], ImportRow[]>>): ImportContent {
  return {
    settings: [],
    notes: [],
    levels: DEFAULT_LEVELS.map((name) => ({ name, rows: rows[name] ?? [] })),
  };
}

/** Applies the plan's copies and blocks to plain values, as an adapter would (update/create/replace). */
function apply(workbook: WorkbookData, sheets: readonly SheetPlan[]): WorkbookData {
  const out = workbook.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
  for (const plan of sheets) {
    let sheet = out.find((s) => s.name === plan.name);
    if (sheet && plan.mode === "create") continue;
    if (!sheet || plan.mode === "replace") {
      const source = plan.copyOf ? out.find((s) => s.name === plan.copyOf) : undefined;
      sheet = { name: plan.name, values: (source?.values ?? []).map((r) => [...r]) };
      out.push(sheet);
    }
    for (const b of plan.blocks ?? []) {
      b.values.forEach((row, r) => row.forEach((v, c) => ((sheet.values[b.row + r] ??= [])[b.col + c] = v)));
    }
  }
  return { sheets: out };
}

describe("mergePlan(workbook, content, now)", () => {
  const row = (kode: string, induk: string, extra: Partial<ImportRow> = {}): ImportRow => ({
    kode,
    kodeInduk: induk,
    uraian: `Uraian ${kode}`,
    indikator: `Indikator ${kode}`,
    satuan: "orang",
    source: "'Renja'!H9",
    ...extra,
  });

  test("backs up each changed sheet first, updates rows by Kode in place, appends new ones, deletes none", () => {
    const workbook = cleanWorkbook();
    const { plan, levels } = mergePlan(
      workbook,
      content({
        Program: [
          row("1.1.1", "1.1", { targets: { 2025: 99 } }),
          row("1.1.2", "1.1", { targets: { 2031: 5 } }),
        ],
      }),
      NOW,
    );
    expect(plan.sheets.map((s) => [s.name, s.mode])).toEqual([
      ["Cadangan Program 20250102-0304", "create"],
      ["Program", "update"],
    ]);
    expect(levels).toEqual([
      { level: "Program", updated: 1, appended: 1, backup: "Cadangan Program 20250102-0304" },
    ]);
    const after = apply(workbook, plan.sheets);
    const program = after.sheets.find((s) => s.name === "Program")!.values;
    const header = program[0]!;
    expect(header.slice(HEADER.length)).toEqual(["Target 2031"]);
    expect(program).toHaveLength(3);
    // Updated in place: only the cells the import has; Kode Nomenklatur (not in the import) kept.
    expect([
      program[1]![col("Uraian")],
      program[1]![col("Target 2025")],
      program[1]![col("Kode Nomenklatur")],
      program[1]![col("Keterangan")],
    ]).toEqual(["Uraian 1.1.1", 99, "1.06.04", "Impor: 'Renja'!H9"]);
    expect(program[2]!.slice(0, 5)).toEqual(["1.1.2", "1.1", "Uraian 1.1.2", "Indikator 1.1.2", "orang"]);
    expect(program[2]![header.indexOf("Target 2031")]).toBe(5);
    // The backup is a whole-sheet copy made by the adapter, not a values-only block.
    expect(plan.sheets[0]).toEqual({
      name: "Cadangan Program 20250102-0304",
      mode: "create",
      copyOf: "Program",
    });
    const backup = after.sheets.find((s) => s.name.startsWith("Cadangan"))!;
    expect(backup.values).toEqual(workbook.sheets.find((s) => s.name === "Program")!.values);
  });

  test("writes nothing, and backs nothing up, when the rows are already there", () => {
    const workbook = cleanWorkbook();
    const first = mergePlan(workbook, content({ Program: [row("9", "1.1")] }), NOW);
    const once = apply(workbook, first.plan.sheets);
    const again = mergePlan(once, content({ Program: [row("9", "1.1")] }), NOW);
    expect(again.plan.sheets).toEqual([]);
  });

  test("creates a missing level sheet with the standard header and Pengaturan with the period", () => {
    const workbook: WorkbookData = { sheets: [] };
    const { plan } = mergePlan(
      workbook,
      content({ Program: [row("1", "", { targets: { 2025: 1, 2027: 3 } })] }),
      NOW,
    );
    expect(plan.sheets.map((s) => [s.name, s.mode])).toEqual([
      ["Pengaturan", "create"],
      ["Program", "create"],
    ]);
    const program = apply(workbook, plan.sheets).sheets.find((s) => s.name === "Program")!.values;
    expect(program[0]).toEqual([
      ...LEAD_COLUMNS,
      ...["Target", "Realisasi"].flatMap((kind) => [2025, 2026, 2027].map((y) => `${kind} ${y}`)),
      "Penanggung Jawab",
      "Crosscutting",
      "Keterangan",
    ]);
    expect(program[1]).toEqual([
      "1",
      null,
      "Uraian 1",
      "Indikator 1",
      "orang",
      null,
      null,
      null,
      null,
      1,
      null,
      3,
      null,
      null,
      null,
      null,
      null,
      "Impor: 'Renja'!H9",
    ]);
  });

  test("a new sheet of the top level has no Kode Induk; quarters a row uses follow the Realisasi columns", () => {
    const workbook: WorkbookData = { sheets: [] };
    const top = row("1", "", { realisasi: { 2026: 8 }, quarters: { 2026: [1, 2, undefined, 4] } });
    const { plan } = mergePlan(workbook, content({ [DEFAULT_LEVELS[0]]: [top] }), NOW);
    const sheet = apply(workbook, plan.sheets).sheets.find((s) => s.name === DEFAULT_LEVELS[0])!;
    const header = sheet.values[0]!;
    expect(header).toEqual([
      ...LEAD_COLUMNS.filter((h) => h !== "Kode Induk"),
      "Target 2026",
      "Realisasi 2026",
      ...[1, 2, 4].map((q) => `Realisasi 2026 TW${q}`), // TW3 has no value: no column
      "Penanggung Jawab",
      "Crosscutting",
      "Keterangan",
    ]);
    expect(sheet.values[1]![header.indexOf("Realisasi 2026 TW4")]).toBe(4);
  });

  test("keeps text that looks like a formula as text and leaves unknown columns untouched", () => {
    const workbook = cleanWorkbook();
    const program = workbook.sheets.find((s) => s.name === "Program")!;
    (program.values[0] as unknown[]).push("Catatan Bidang");
    (program.values[1] as unknown[]).push("jangan diubah");
    const { plan } = mergePlan(
      workbook,
      content({ Program: [row("1.1.1", "1.1", { uraian: "=SUM(A1)" })] }),
      NOW,
    );
    const after = apply(workbook, plan.sheets).sheets.find((s) => s.name === "Program")!.values;
    expect(after[1]![col("Uraian")]).toBe("=SUM(A1)");
    expect(after[1]![HEADER.length]).toBe("jangan diubah");
  });
});
