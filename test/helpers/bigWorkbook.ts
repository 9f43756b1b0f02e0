// Typed access to bench/generate.js, the generator of large five-level workbooks that the
// benches and the large-tree tests share.
import type { SheetData, WorkbookData } from "../../src/core/sheet";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, required by bench/run.js too
const shared = require("../../bench/generate.js") as {
  generate: (file: string, indicators: number) => Promise<void>;
  LEAD_COLUMNS: readonly string[];
  levelHeader: (years: readonly number[]) => string[];
};

/** A level sheet's columns before its years (SPEC §3.2): Kode, Kode Induk, … Baseline. */
export const LEAD_COLUMNS = shared.LEAD_COLUMNS;

/** The header of the generated level sheets and the tests' workbooks: lead, years, Keterangan. */
export const levelHeader = shared.levelHeader;

/** Writes a five-level workbook of about `indicators` indicators (with a few defects) to `file`. */
export const generateWorkbook = shared.generate;

const LEVEL_NAMES = ["Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"];
const SHARE = [0.01, 0.04, 0.15, 0.3, 0.5];

/**
 * The same shape of tree as bench/generate.js, in memory (no defects, one year): about
 * `indicators` indicators over five levels, each level's rows spread over the level above.
 */
export function bigWorkbookData(indicators: number): WorkbookData {
  let previous: string[] = [];
  const sheets: SheetData[] = [
    {
      name: "Pengaturan",
      values: [
        ["Kunci", "Nilai"],
        ["Tahun Awal", 2025],
        ["Tahun Akhir", 2025],
      ],
    },
  ];
  LEVEL_NAMES.forEach((name, level) => {
    const count = Math.max(1, Math.round(indicators * SHARE[level]!));
    const values: unknown[][] = [["Kode", "Kode Induk", "Uraian", "Indikator", "Satuan", "Target 2025"]];
    const kodes: string[] = [];
    for (let i = 0; i < count; i++) {
      const parent = level === 0 ? "" : previous[i % previous.length]!;
      const kode = level === 0 ? String(i + 1) : `${parent}.${Math.floor(i / previous.length) + 1}`;
      kodes.push(kode);
      values.push([kode, parent, `Uraian ${name} ${Math.floor(i / 2) + 1}`, `Indikator ${kode}`, "%", 50]);
    }
    sheets.push({ name, values });
    previous = kodes;
  });
  return { sheets };
}
