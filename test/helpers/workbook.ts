import { MemoryWorkbook } from "../../src/adapters/memory";
import { templatePlan } from "../../src/core/plans/templatePlan";
import { EMPTY_TEMPLATE } from "../../src/core/sample";
import type { SheetData, WorkbookData } from "../../src/core/sheet";
import { levelHeader } from "./bigWorkbook";

/** The years every test workbook plans for unless told otherwise. */
export const YEARS = [2025, 2026, 2027] as const;

export const LEVELS = ["Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"] as const;

/** One indicator row, by meaning; anything not given takes a clean default. */
export interface RowSpec {
  kode?: unknown;
  induk?: unknown;
  uraian?: unknown;
  indikator?: unknown;
  satuan?: unknown;
  polaritas?: unknown;
  sifat?: unknown;
  nomenklatur?: unknown;
  baseline?: unknown;
  /** year → target; defaults to 10, 20, 30 … over YEARS */
  targets?: Record<number, unknown>;
  /** year → realisasi (column `Realisasi YYYY`) */
  realisasi?: Record<number, unknown>;
  /** year → [TW1, TW2, TW3, TW4] */
  quarters?: Record<number, unknown[]>;
  keterangan?: unknown;
}

/** The level-sheet header of the test workbooks (the one bench/generate.js writes too). */
export const HEADER: readonly string[] = levelHeader(YEARS);

/** Column index of a header name in HEADER (0-based). */
export function col(name: string): number {
  const i = HEADER.indexOf(name);
  if (i < 0) throw new Error(`no column "${name}" in HEADER`);
  return i;
}

/** A row in HEADER's order. */
export function row(spec: RowSpec): unknown[] {
  const targets = spec.targets ?? Object.fromEntries(YEARS.map((y, i) => [y, 10 * (i + 1)]));
  return [
    spec.kode ?? "",
    spec.induk ?? "",
    spec.uraian ?? "Uraian",
    spec.indikator ?? `Indikator ${String(spec.kode ?? "")}`,
    spec.satuan ?? "orang",
    spec.polaritas ?? "Positif",
    spec.sifat ?? "",
    spec.nomenklatur ?? "",
    spec.baseline ?? "",
    ...YEARS.map((y) => targets[y] ?? ""),
    ...YEARS.map((y) => spec.realisasi?.[y] ?? ""),
    spec.keterangan ?? "",
  ];
}

/** A level sheet with the standard header and these rows. */
export function levelSheet(name: string, specs: RowSpec[], header: readonly unknown[] = HEADER): SheetData {
  return { name, values: [[...header], ...specs.map(row)] };
}

/** A Pengaturan sheet from key/value pairs. */
export function settingsSheet(pairs: [string, unknown][]): SheetData {
  return { name: "Pengaturan", values: [["Kunci", "Nilai"], ...pairs.map(([k, v]) => [k, v])] };
}

/**
 * A clean five-level workbook: a chain 1 → 1.1 → 1.1.1 → 1.1.1.1 → 1.1.1.1.1 plus a second
 * Sub Kegiatan, targets rising over 2025–2027, no realisasi. It has no error and no warning.
 * `edit` may change the row specs per level before the sheets are made.
 */
export function cleanWorkbook(edit?: (levels: RowSpec[][]) => void): WorkbookData {
  const levels: RowSpec[][] = [
    [
      {
        kode: "1",
        uraian: "Meningkatnya layanan dasar",
        indikator: "Persentase penanganan PPKS",
        satuan: "%",
      },
    ],
    [
      {
        kode: "1.1",
        induk: "1",
        uraian: "Menurunnya PMKS",
        indikator: "Persentase PMKS tertangani",
        satuan: "%",
      },
    ],
    [
      {
        kode: "1.1.1",
        induk: "1.1",
        uraian: "Program Rehabilitasi Sosial",
        indikator: "Persentase disabilitas terlantar terpenuhi kebutuhan dasarnya",
        satuan: "%",
        nomenklatur: "1.06.04",
      },
    ],
    [
      {
        kode: "1.1.1.1",
        induk: "1.1.1",
        uraian: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar",
        indikator: "Jumlah penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya",
        satuan: "orang",
        nomenklatur: "1.06.04.2.01",
      },
    ],
    [
      {
        kode: "1.1.1.1.1",
        induk: "1.1.1.1",
        uraian: "Penyediaan Permakanan",
        indikator: "Jumlah orang yang mendapatkan permakanan",
        satuan: "orang",
        nomenklatur: "1.06.04.2.01.0001",
      },
      {
        kode: "1.1.1.1.2",
        induk: "1.1.1.1",
        uraian: "Penyediaan Sandang",
        indikator: "Jumlah orang yang menerima pakaian",
        satuan: "orang",
        nomenklatur: "1.06.04.2.01.0002",
      },
    ],
  ];
  edit?.(levels);
  return {
    sheets: [
      settingsSheet([
        ["Tahun Awal", 2025],
        ["Tahun Akhir", 2027],
      ]),
      ...LEVELS.map((name, i) => levelSheet(name, levels[i]!)),
    ],
  };
}

/** Replaces one sheet of a workbook (by name), keeping the order. */
export function withSheet(workbook: WorkbookData, sheet: SheetData): WorkbookData {
  return { sheets: workbook.sheets.map((s) => (s.name === sheet.name ? sheet : s)) };
}

/** Sets one cell of a named sheet (0-based), returning a new workbook. */
export function setCell(
  workbook: WorkbookData,
  sheet: string,
  r: number,
  c: number,
  value: unknown,
): WorkbookData {
  return {
    sheets: workbook.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((row) => [...row]);
      while (values.length <= r) values.push([]);
      const target = values[r]!;
      while (target.length <= c) target.push("");
      target[c] = value;
      return { ...s, values };
    }),
  };
}

/** The structured workbook a planner starts from (Templat): Pengaturan 2025–2029 and five empty level sheets. */
export function emptyWorkbook(): WorkbookData {
  const wb = new MemoryWorkbook();
  wb.apply(templatePlan(EMPTY_TEMPLATE, "id"));
  return wb.toData();
}
