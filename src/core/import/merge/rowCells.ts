import { levelColumns } from "../../plans/templateColumns";
import type { PlanValue } from "../../plans/types";
import { nameKey } from "../../text";
import type { ImportRow } from "./toContent";

/** One cell of a level-sheet row: its column header and value. */
export interface RowCell {
  readonly header: string;
  readonly value: PlanValue;
}

/**
 * The cells an imported row writes, by level-sheet header (SPEC §3.2), empty values left out,
 * Keterangan ending with the source cell (`Impor: 'Realisasi TW IV'!H13`).
 * @param existingKeterangan the row's Keterangan in the workbook, kept (a previous `Impor:` note is replaced)
 * @example rowCells({ kode: "1", uraian: "U", indikator: "I", satuan: "%", source: "'T'!A2" }, true)[0] // { header: "Kode", value: "1" }
 */
export function rowCells(row: ImportRow, withParent: boolean, existingKeterangan = ""): RowCell[] {
  const cells: RowCell[] = [];
  const put = (header: string, value: PlanValue | undefined) => {
    if (value !== undefined && value !== null && value !== "") cells.push({ header, value });
  };
  put("Kode", row.kode);
  if (withParent) put("Kode Induk", row.kodeInduk);
  put("Uraian", row.uraian);
  put("Indikator", row.indikator);
  put("Satuan", row.satuan);
  put("Polaritas", row.polaritas);
  put("Sifat", row.sifat);
  put("Kode Nomenklatur", row.kodeNomenklatur);
  put("Baseline", row.baseline);
  for (const [y, v] of entries(row.targets)) put(`Target ${y}`, v);
  for (const [y, v] of entries(row.realisasi)) put(`Realisasi ${y}`, v);
  for (const [y, qs] of entries(row.quarters)) qs.forEach((v, q) => put(`Realisasi ${y} TW${q + 1}`, v));
  put("Penanggung Jawab", row.penanggungJawab);
  put("Crosscutting", row.crosscutting);
  const kept = [existingKeterangan.replace(/(^|;\s*)Impor: [^;]*/g, "").trim(), row.keterangan ?? ""].filter(
    (t) => t !== "",
  );
  const unique = kept.filter((t, i) => kept.findIndex((u) => nameKey(u) === nameKey(t)) === i);
  put("Keterangan", [...unique, `Impor: ${row.source}`].join("; "));
  return cells;
}

function entries<T>(record: Readonly<Record<number, T>> | undefined): [number, T][] {
  return Object.entries(record ?? {})
    .map(([k, v]) => [Number(k), v] as [number, T])
    .sort((a, b) => a[0] - b[0]);
}

/**
 * The standard header order of a new level sheet (SPEC §3.2, levelColumns): the template's
 * columns with a Target and Realisasi column for every year of the period and of the rows (so a
 * missing target is a cell to fill), and the quarter columns the rows use after the Realisasi ones.
 */
export function newSheetHeader(
  rows: readonly RowCell[][],
  withParent: boolean,
  period: readonly number[],
): string[] {
  const used = new Set(rows.flat().map((c) => c.header));
  const years = new Set(period);
  for (const h of used) {
    const year = /^(?:Target|Realisasi) (\d{4})/.exec(h)?.[1];
    if (year !== undefined) years.add(Number(year));
  }
  const sorted = [...years].sort((a, b) => a - b);
  const quarters = sorted
    .flatMap((y) => [1, 2, 3, 4].map((q) => `Realisasi ${y} TW${q}`))
    .filter((h) => used.has(h));
  const headers = levelColumns(withParent, sorted).map((c) => c.header);
  const after = headers.indexOf("Penanggung Jawab");
  return [...headers.slice(0, after), ...quarters, ...headers.slice(after)];
}
