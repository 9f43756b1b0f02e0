import { templatePlan } from "../../../src/core/plans/templatePlan";
import type { TreeContent } from "../../../src/core/model/content";
import type { SheetPlan } from "../../../src/core/plans/types";
import { checkWorkbook } from "../../../src/core/rules/runChecks";
import type { SheetData } from "../../../src/core/sheet";
import { DEFAULT_LEVELS } from "../../../src/core/model/settings";
import { DEFAULT_ROW_HEIGHT, textHeight, wrappedLines } from "../../../src/core/plans/rowHeights";
import { BANJARNEGARA } from "../../../src/core/sample";
import { LEAD_COLUMNS } from "../../helpers/bigWorkbook";

const PERIOD: TreeContent["settings"] = [
  ["Pemerintah Daerah", "Kabupaten Contoh"],
  ["Tahun Awal", 2025],
  ["Tahun Akhir", 2027],
];

const EMPTY: TreeContent = { settings: PERIOD, levels: DEFAULT_LEVELS.map((name) => ({ name, rows: [] })) };

function sheetOf(plan: { sheets: readonly SheetPlan[] }, name: string): SheetPlan {
  const s = plan.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The values a sheet plan writes, as the core would read them back (what a plain adapter does). */
function asSheet(plan: SheetPlan): SheetData {
  const values: unknown[][] = [];
  for (const block of plan.blocks ?? []) {
    block.values.forEach((row, r) =>
      row.forEach((v, c) => {
        (values[block.row + r] ??= [])[block.col + c] = v;
      }),
    );
  }
  return { name: plan.name, values };
}

const YEAR_COLUMNS = [
  "Target 2025",
  "Target 2026",
  "Target 2027",
  "Realisasi 2025",
  "Realisasi 2026",
  "Realisasi 2027",
];

describe("templatePlan(content, lang)", () => {
  it("plans Pengaturan and one create-only sheet per level, with the SPEC §3.2 header (no Kode Induk on level 1)", () => {
    const plan = templatePlan(EMPTY, "id");
    expect(plan.sheets.map((s) => [s.name, s.mode])).toEqual([
      ["Pengaturan", "create"],
      ...DEFAULT_LEVELS.map((n) => [n, "create"]),
    ]);
    const header = (name: string) => sheetOf(plan, name).blocks![0]!.values[0];
    const tail = ["Penanggung Jawab", "Crosscutting", "Keterangan"];
    expect(header("Tujuan RPD")).toEqual([
      ...LEAD_COLUMNS.filter((h) => h !== "Kode Induk"),
      ...YEAR_COLUMNS,
      ...tail,
    ]);
    expect(header("Program")).toEqual([...LEAD_COLUMNS, ...YEAR_COLUMNS, ...tail]);
    expect(plan.activate).toEqual({ sheet: "Tujuan RPD", range: { row: 1, col: 0 } });
  });

  it("writes the settings as a Kunci | Nilai table with a note per key, without Level rows for the default levels", () => {
    const settings = sheetOf(templatePlan(EMPTY, "en"), "Pengaturan");
    const values = settings.blocks![0]!.values;
    expect(values.map((r) => r.slice(0, 2))).toEqual([
      ["Kunci", "Nilai"],
      ["Pemerintah Daerah", "Kabupaten Contoh"],
      ["Tahun Awal", 2025],
      ["Tahun Akhir", 2027],
    ]);
    expect(values[0]![2]).toBe("Notes");
    expect(values.slice(1).every((r) => typeof r[2] === "string" && r[2].length > 10)).toBe(true);
    expect(settings.table).toEqual({ name: "tbl_Pengaturan", range: { row: 0, col: 0, rows: 4, cols: 3 } });
    expect(sheetOf(templatePlan(EMPTY, "id"), "Pengaturan").blocks![0]!.values[0]).toEqual([
      "Kunci",
      "Nilai",
      "Keterangan",
    ]);
  });

  it("lists the levels in Pengaturan when their names differ from the defaults", () => {
    const content: TreeContent = {
      settings: [...PERIOD, ["Level 1", "lama"]],
      levels: [
        { name: "Sasaran", rows: [] },
        { name: "Program", rows: [] },
      ],
    };
    const values = sheetOf(templatePlan(content, "id"), "Pengaturan").blocks![0]!.values;
    expect(values.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ["Pemerintah Daerah", "Kabupaten Contoh"],
      ["Tahun Awal", 2025],
      ["Tahun Akhir", 2027],
      ["Level 1", "Sasaran"],
      ["Level 2", "Program"],
    ]);
  });

  it("writes each row's fields in header order, numbers as numbers and absent values as empty cells", () => {
    const content: TreeContent = {
      settings: PERIOD,
      levels: [
        { name: "Tujuan RPD", rows: [{ kode: "1", uraian: "U", indikator: "I", satuan: "%" }] },
        {
          name: "Tujuan OPD",
          rows: [
            {
              kode: "1.1",
              kodeInduk: "1",
              uraian: "=U",
              indikator: "@I",
              satuan: "orang",
              polaritas: "Negatif",
              sifat: "Kumulatif",
              kodeNomenklatur: "1.06.04",
              baseline: 5,
              targets: { 2025: 10, 2027: 30 },
              realisasi: { 2025: 9 },
              penanggungJawab: "Bidang A",
              crosscutting: "Dinkes; Bappeda",
              keterangan: "catatan",
            },
          ],
        },
      ],
    };
    const opd = sheetOf(templatePlan(content, "id"), "Tujuan OPD").blocks![0]!.values[1];
    expect(opd).toEqual([
      "1.1",
      "1",
      "=U",
      "@I",
      "orang",
      "Negatif",
      "Kumulatif",
      "1.06.04",
      5,
      10,
      null,
      30,
      9,
      null,
      null,
      "Bidang A",
      "Dinkes; Bappeda",
      "catatan",
    ]);
  });

  it("makes a table, a frozen header, text-formatted codes and drop-downs over the rows plus 500 spare rows", () => {
    const content: TreeContent = {
      settings: PERIOD,
      levels: [
        { name: "Tujuan RPD", rows: [{ kode: "1", uraian: "U", indikator: "I", satuan: "%" }] },
        { name: "Sub Kegiatan", rows: [] },
      ],
    };
    const plan = templatePlan(content, "id");
    const sub = sheetOf(plan, "Sub Kegiatan");
    expect(sub.table).toEqual({
      name: "tbl_SubKegiatan",
      range: { row: 0, col: 0, rows: 2, cols: 18 },
      style: "TableStyleMedium2",
    });
    expect(sheetOf(plan, "Tujuan RPD").table?.name).toBe("tbl_TujuanRPD");
    expect(sub.freeze).toEqual({ rows: 1 });
    expect(sub.validations).toEqual([
      {
        range: { row: 1, col: 1, rows: 500 },
        list: { formula: "='Tujuan RPD'!$A$2:$A$2000" },
        allowOther: true,
      },
      { range: { row: 1, col: 5, rows: 500 }, list: ["Positif", "Negatif"], allowOther: true },
      { range: { row: 1, col: 6, rows: 500 }, list: ["Kumulatif", "Akhir"], allowOther: true },
    ]);
    const textColumns = (sub.formats ?? []).filter((f) => f.numberFormat === "@").map((f) => f.range);
    expect(textColumns).toEqual([
      { row: 1, col: 0, rows: 500 },
      { row: 1, col: 1, rows: 500 },
      { row: 1, col: 7, rows: 500 },
    ]);
    const wrapped = (sub.formats ?? []).filter((f) => f.wrap && f.range.row === 1).map((f) => f.range.col);
    expect(wrapped).toEqual([2, 3]);
    expect(sub.columnWidths?.find((w) => w.col === 2)?.width).toBeGreaterThanOrEqual(30);
  });

  it("takes the period from Tahun Awal/Tahun Akhir and adds any other year a row has numbers for", () => {
    const content: TreeContent = {
      settings: [
        ["Tahun Awal", "2025"],
        ["Tahun Akhir", 2026],
      ],
      levels: [
        {
          name: "Tujuan RPD",
          rows: [{ kode: "1", uraian: "U", indikator: "I", satuan: "%", realisasi: { 2024: 1 } }],
        },
      ],
    };
    const header = sheetOf(templatePlan(content, "id"), "Tujuan RPD").blocks![0]!.values[0]!;
    expect(header.filter((h) => /^(Target|Realisasi) /.test(String(h)))).toEqual([
      "Target 2024",
      "Target 2025",
      "Target 2026",
      "Realisasi 2024",
      "Realisasi 2025",
      "Realisasi 2026",
    ]);
  });

  it("gives tables of levels whose names reduce to the same letters different names", () => {
    const content: TreeContent = {
      settings: PERIOD,
      levels: [
        { name: "Sub-Kegiatan", rows: [] },
        { name: "Sub Kegiatan", rows: [] },
      ],
    };
    expect(templatePlan(content, "id").sheets.map((s) => s.table?.name)).toEqual([
      "tbl_Pengaturan",
      "tbl_SubKegiatan",
      "tbl_SubKegiatan2",
    ]);
  });

  it("plans a workbook that the check reads back with no finding when the content is complete", () => {
    const targets = { 2025: 1, 2026: 2, 2027: 3 };
    const row = (kode: string, kodeInduk?: string) => ({
      kode,
      kodeInduk,
      uraian: `U ${kode}`,
      indikator: `I ${kode}`,
      satuan: "dokumen",
      targets,
    });
    const content: TreeContent = {
      settings: PERIOD,
      levels: [
        { name: "Sasaran", rows: [row("1")] },
        { name: "Program", rows: [row("1.1", "1"), row("1.2", "1")] },
        { name: "Kegiatan", rows: [row("1.1.1", "1.1"), row("1.2.1", "1.2")] },
      ],
    };
    const sheets = templatePlan(content, "id").sheets.map(asSheet);
    expect(checkWorkbook({ sheets }, { now: new Date(Date.UTC(2026, 5, 1)) })).toEqual([]);
  });

  test("level sheets of the sample plan each row as tall as its longest Uraian or Indikator, and the wrapped header", () => {
    const plan = templatePlan(BANJARNEGARA, "id");
    const sub = sheetOf(plan, "Sub Kegiatan");
    const header = sub.blocks![0]!.values[0]!;
    const width = (name: string) => sub.columnWidths!.find((w) => w.col === header.indexOf(name))!.width;
    const rows = BANJARNEGARA.levels[4]!.rows;
    const expected = rows.map((r) =>
      textHeight(
        Math.max(
          wrappedLines(r.uraian ?? "", width("Uraian")),
          wrappedLines(r.indikator ?? "", width("Indikator")),
        ),
      ),
    );
    const height = (row: number) => sub.rowHeights!.find((h) => h.row === row)?.height ?? DEFAULT_ROW_HEIGHT;
    expect(expected.some((h) => h > DEFAULT_ROW_HEIGHT)).toBe(true);
    expected.forEach((h, i) => expect(height(i + 1)).toBeGreaterThanOrEqual(h));
    expect(sub.rowHeights!.every((h) => h.row <= rows.length)).toBe(true);
  });

  test("level sheets print landscape fitted to paper, the header row on every page, level and agency on top", () => {
    const plan = templatePlan(
      { ...EMPTY, settings: [...PERIOD, ["Perangkat Daerah", "Dinas Sosial"]] },
      "id",
    );
    const print = sheetOf(plan, "Program").print!;
    expect({ ...print, paperSize: undefined, pagesWide: undefined, fitToWidth: undefined }).toEqual({
      landscape: true,
      repeatRows: [0, 0],
      header: "Program — Dinas Sosial — Kabupaten Contoh",
      paperSize: undefined,
      pagesWide: undefined,
      fitToWidth: undefined,
    });
    expect(print.fitToWidth === true || (print.pagesWide ?? 0) > 1).toBe(true);
    expect(sheetOf(plan, "Pengaturan").print).toEqual({
      landscape: true,
      fitToWidth: true,
      paperSize: "A4",
      repeatRows: [0, 0],
    });
  });
});
