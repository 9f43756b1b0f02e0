import { readReference, REFERENCE_SHEET } from "../../model/reference";
import type { PlanValue, SheetPlan } from "../../plans/types";
import type { WorkbookData } from "../../sheet";
import { cellText } from "../../text";
import { importNote, type ImportNote } from "../importNote";

/**
 * The plan that copies a Kepmendagri nomenclature list (as Bappeda hands it out) into the
 * workbook's `Referensi Nomenklatur` sheet (SPEC §7), replacing an older copy. The first sheet
 * of `source` whose header the reference reader recognises is copied, values only.
 * @returns the sheet plan, or why nothing could be copied
 * @example referencePlan(await readXlsx(bytes)).plan?.name // "Referensi Nomenklatur"
 */
export function referencePlan(source: WorkbookData): {
  plan?: SheetPlan;
  codes: number;
  problem?: ImportNote;
} {
  for (const sheet of source.sheets) {
    const read = readReference(sheet);
    if (!read || read.size === 0) continue;
    const values = sheet.values.map((row) => row.map(plain));
    return {
      plan: {
        name: REFERENCE_SHEET,
        mode: "replace",
        blocks: [{ row: 0, col: 0, values }],
        freeze: { rows: 1 },
      },
      codes: read.size,
    };
  }
  return {
    codes: 0,
    problem: importNote(
      "problem.no-reference",
      "Tidak ada lembar daftar nomenklatur (kolom kode atau Urusan…Sub Kegiatan, lalu Nomenklatur/Satuan) di berkas referensi.",
      "The reference file has no nomenclature list sheet (a code column or Urusan…Sub Kegiatan, then Nomenklatur/Satuan).",
    ),
  };
}

/** A cell as a plan value: text stays text (never a formula), dates become Excel serial numbers. */
function plain(v: unknown): PlanValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  return cellText(v) === "" ? null : typeof v === "string" ? v : cellText(v);
}
