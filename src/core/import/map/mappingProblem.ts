import { columnLetters } from "../../a1";
import type { ImportMapping, RowReport } from "../types";
import { importNote, type ImportNote } from "../importNote";

/**
 * Why a detected mapping cannot import anything, said so a planner can fix it: no column was
 * placed on a level (the columns it could not place are named, with how to place them), or
 * there is no data row below the header. Undefined when something can be imported.
 * @param mapping the mapping after the planner's changes
 * @param reports what happened to every row
 * @example mappingProblem(mapping, reports)?.en // "No column could be placed on a level: …"
 */
export function mappingProblem(
  mapping: ImportMapping,
  reports: readonly RowReport[],
): ImportNote | undefined {
  if (!mapping.groups.some((g) => g.level !== undefined)) {
    const unknown = mapping.columns
      .filter((c) => c.role.kind === "skip" && c.role.why === "lain")
      .map((c) => `${columnLetters(c.col)} '${c.header}'`);
    const list = unknown.length > 0 ? unknown.join(", ") : "-";
    return importNote(
      "problem.no-level",
      `Tidak ada kolom yang dapat ditempatkan pada level (Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan atau Uraian). Kolom yang tidak dikenali: ${list}. Tetapkan perannya, mis. A=Uraian Tujuan RPD, B=Indikator Tujuan RPD.`,
      `No column could be placed on a level (Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan or Uraian). Columns not recognised: ${list}. Set their roles, e.g. A=Uraian Tujuan RPD, B=Indikator Tujuan RPD.`,
      { args: { columns: list } },
    );
  }
  const unknownYear = mapping.columns.filter((c) => c.role.kind === "skip" && c.role.why === "tahun");
  if (unknownYear.length > 0) {
    const list = unknownYear.map((c) => `${columnLetters(c.col)} '${c.header}'`).join(", ");
    return importNote(
      "problem.first-year-unknown",
      `Templat dan Pengaturan tidak menyebut tahun berapa 'Tahun 1' (${list}); pilih tahun awal: di panel, tetapkan kolom ${columnLetters(unknownYear[0]!.col)} ke 'Target YYYY'; di baris perintah, --tahun-awal YYYY.`,
      `Neither the template nor Pengaturan says which year 'Tahun 1' is (${list}); choose the first year: in the pane, set column ${columnLetters(unknownYear[0]!.col)} to 'Target YYYY'; on the command line, --tahun-awal YYYY.`,
      { args: { columns: list } },
    );
  }
  if (!reports.some((r) => r.status === "imported" || r.status === "skipped")) {
    const row = mapping.headerBottom + 1;
    return importNote(
      "problem.no-data",
      `Tidak ada baris data di bawah judul tabel (baris ${row}).`,
      `There are no data rows below the table header (row ${row}).`,
      { args: { row } },
    );
  }
  return undefined;
}
