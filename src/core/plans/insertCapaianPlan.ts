import { a1 } from "../a1";
import type { CodedMsg, Lang } from "../messages";
import type { RumusNegatif } from "../model/settings";
import { isGeneratedSheet, isReservedSheet } from "../sheets";
import { nameKey } from "../text";
import { NEGATIF_WORDS, type Polaritas } from "../values/polarity";
import { capaianFormula, predikatFormula } from "./capaianFormulas";
import { PREDIKAT_BANDS } from "../capaian/predikat";
import { PREDIKAT_COLORS } from "./capaianStyle";
import type { CellBlock, PlanValue, SheetPlan } from "./types";

/** What the user chose for "Sisipkan rumus capaian" (SPEC §4 formulas in a table of their own). */
export interface InsertCapaianChoice {
  readonly sheet: string;
  /** The selected table, 0-based; its first row is a header when `header` is true. */
  readonly range: {
    readonly row: number;
    readonly col: number;
    readonly rows: number;
    readonly cols: number;
  };
  readonly header: boolean;
  /** 0-based columns (of the sheet) holding the target and the realisasi. */
  readonly targetCol: number;
  readonly realisasiCol: number;
  /** One polarity for every row, or the column whose text says it per row (Positif/Negatif, +/−, Naik/Turun …). */
  readonly polaritas: Polaritas | { readonly col: number };
  readonly rumusNegatif: RumusNegatif;
  readonly lang: Lang;
}

/** The plan, or why there is none (a coded message). */
export type InsertCapaianResult =
  | { readonly plan: SheetPlan; readonly capaianCol: number; readonly predikatCol: number }
  | { readonly problem: CodedMsg };

/**
 * Plans the capaian and predikat formulas for a table of the user's own (issue 14, SPEC §4): two
 * columns right after the selection get, per data row, the same native formulas as the
 * `Capaian YYYY` sheet (so Excel 2016+, the web and LibreOffice compute them; no custom
 * function), with the predikat coloured by conditional formatting. Nothing is written over a
 * cell that holds something, nor into a level sheet or a sheet Pokin generates.
 * @param choice the selection and the columns the user picked
 * @param levelSheets the workbook's level sheet names (never written here)
 * @param existing what the two output columns hold now, row by row (to refuse overwriting)
 * @returns the plan and the two columns, or a problem
 * @example insertCapaianPlan({ sheet: "LKjIP", range: { row: 3, col: 0, rows: 10, cols: 6 }, header: true, targetCol: 3, realisasiCol: 4, polaritas: "Positif", rumusNegatif: "Standar", lang: "id" }, [], [])
 */
export function insertCapaianPlan(
  choice: InsertCapaianChoice,
  levelSheets: readonly string[],
  existing: readonly (readonly unknown[])[],
): InsertCapaianResult {
  const { range } = choice;
  const capaianCol = range.col + range.cols;
  const predikatCol = capaianCol + 1;
  const first = range.row + (choice.header ? 1 : 0);
  const last = range.row + range.rows - 1;
  if (
    isReservedSheet(choice.sheet) ||
    isGeneratedSheet(choice.sheet) ||
    levelSheets.some((l) => nameKey(l) === nameKey(choice.sheet))
  )
    return problem(
      "insert.sheet",
      `Lembar '${choice.sheet}' milik Pokin; pilih tabel di lembar Anda sendiri.`,
      `The sheet '${choice.sheet}' is Pokin's own; select a table on a sheet of your own.`,
    );
  if (last < first)
    return problem("insert.noRows", "Pilihan tidak berisi baris data.", "The selection holds no data rows.");
  const inside = (c: number) => c >= range.col && c < range.col + range.cols;
  const polaritasCol = typeof choice.polaritas === "object" ? choice.polaritas.col : undefined;
  if (
    !inside(choice.targetCol) ||
    !inside(choice.realisasiCol) ||
    (polaritasCol !== undefined && !inside(polaritasCol))
  )
    return problem(
      "insert.column",
      "Kolom target, realisasi dan polaritas harus di dalam pilihan.",
      "The target, realisasi and polarity columns must be inside the selection.",
    );
  if (choice.targetCol === choice.realisasiCol)
    return problem(
      "insert.sameColumn",
      "Kolom target dan realisasi harus berbeda.",
      "The target and realisasi columns must differ.",
    );
  const occupied = existing.findIndex((row) => row.some((v) => v !== null && v !== undefined && v !== ""));
  if (occupied >= 0)
    return problem(
      "insert.occupied",
      `Sel ${a1(range.row + occupied, capaianCol)}:${a1(range.row + occupied, predikatCol)} sudah berisi; kosongkan dua kolom di kanan pilihan dulu.`,
      `Cells ${a1(range.row + occupied, capaianCol)}:${a1(range.row + occupied, predikatCol)} are not empty; clear the two columns right of the selection first.`,
    );
  const values: PlanValue[][] = [];
  if (choice.header)
    values.push(choice.lang === "en" ? ["Achievement (%)", "Rating"] : ["Capaian (%)", "Predikat"]);
  for (let r = first; r <= last; r++) {
    const t = a1(r, choice.targetCol);
    const re = a1(r, choice.realisasiCol);
    const c = a1(r, capaianCol);
    values.push([
      { formula: rowCapaian(t, re, choice, polaritasCol, r) },
      { formula: predikatFormula(c, choice.lang) },
    ]);
  }
  const blocks: CellBlock[] = [{ row: range.row, col: capaianCol, values }];
  const body = { row: first, col: capaianCol, rows: last - first + 1 };
  return {
    capaianCol,
    predikatCol,
    plan: {
      name: choice.sheet,
      mode: "update",
      blocks,
      formats: [
        { range: { ...body, cols: 1 }, numberFormat: "0.00" },
        ...(choice.header ? [{ range: { row: range.row, col: capaianCol, cols: 2 }, bold: true }] : []),
      ],
      conditionalFormats: [
        { range: { ...body, col: predikatCol, cols: 1 }, rules: predikatRules(choice.lang) },
      ],
    },
  };
}

/** One row's capaian: by the fixed polarity, or by the row's polarity cell. */
function rowCapaian(
  t: string,
  r: string,
  choice: InsertCapaianChoice,
  polaritasCol: number | undefined,
  row: number,
): string {
  if (polaritasCol === undefined)
    return capaianFormula(t, r, choice.polaritas as Polaritas, choice.rumusNegatif);
  const p = `LOWER(TRIM(${a1(row, polaritasCol)}))`;
  const negatif = `OR(${NEGATIF_WORDS.map((w) => `${p}="${w}"`).join(",")})`;
  const bare = (f: string) => f.slice(1);
  return `=IF(${negatif},${bare(capaianFormula(t, r, "Negatif", choice.rumusNegatif))},${bare(capaianFormula(t, r, "Positif", choice.rumusNegatif))})`;
}

function predikatRules(lang: Lang) {
  return PREDIKAT_BANDS.map((b) => ({ equals: b.label[lang], ...PREDIKAT_COLORS[b.predikat] }));
}

function problem(code: string, id: string, en: string): { problem: CodedMsg } {
  return { problem: { code, id, en } };
}
