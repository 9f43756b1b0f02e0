import type { SheetData } from "../sheet";
import { cellText } from "../text";
import { readKode } from "../values/kode";
import { readNumber } from "../values/number";
import { readPolaritas } from "../values/polarity";
import { isPercentUnit, readSifat } from "../values/sifat";
import type { ColumnMap } from "./columns";
import type { Indicator, NumberCell } from "./indicator";

/** Shared by every indicator of a sheet without quarter/realisasi columns: nothing to allocate. */
const NO_CELLS: ReadonlyMap<number, never> = new Map<number, never>();

/**
 * Reads one row of a level sheet as an indicator: its texts, Kode and Kode Induk with stray
 * characters noted, polaritas and sifat, and every number cell with its state and column.
 * Never throws on cell content. Parent and children are left for buildModel to link.
 * @param sheet the level sheet
 * @param columns the sheet's header, mapped
 * @param level the level's index, top = 0
 * @param r the 0-based row
 * @returns the indicator, or undefined when the row has no Kode
 * @example readIndicator(sheet, mapColumns(sheet.values[0] ?? []), 0, 1)?.kode // "1"
 */
export function readIndicator(
  sheet: SheetData,
  columns: ColumnMap,
  level: number,
  r: number,
): Indicator | undefined {
  const row = sheet.values[r] ?? [];
  const f = columns.fields;
  const at = (col: number | undefined): unknown => (col === undefined ? undefined : row[col]);
  const text = (col: number | undefined): string => cellText(at(col));
  const kode = readKode(at(f.kode));
  if (kode.kode === "") return undefined;
  const induk = readKode(at(f.kodeInduk));
  const satuan = text(f.satuan);
  const percent = isPercentUnit(satuan);
  const formats = sheet.numberFormats?.[r];
  // Built field by field (no spread): this runs for every numeric cell of the workbook.
  const num = (col: number): NumberCell => {
    const raw = row[col];
    const read = readNumber(raw, formats?.[col], percent);
    return { state: read.state, value: read.value, col, raw };
  };
  const yearCells = (map: ReadonlyMap<number, number>): ReadonlyMap<number, NumberCell> => {
    if (map.size === 0) return NO_CELLS;
    const out = new Map<number, NumberCell>();
    for (const [year, col] of map) out.set(year, num(col));
    return out;
  };
  let quarters: ReadonlyMap<number, readonly (NumberCell | undefined)[]> = NO_CELLS;
  if (columns.quarters.size > 0) {
    const q = new Map<number, (NumberCell | undefined)[]>();
    for (const [year, cols] of columns.quarters)
      q.set(
        year,
        cols.map((c) => (c === undefined ? undefined : num(c))),
      );
    quarters = q;
  }
  const polaritasText = text(f.polaritas);
  const polaritas = readPolaritas(polaritasText);
  const crosscutting = text(f.crosscutting);
  return {
    level,
    sheet: sheet.name,
    row: r,
    kode: kode.kode,
    kodeStray: kode.stray,
    kodeInduk: induk.kode,
    kodeIndukStray: induk.stray,
    uraian: text(f.uraian),
    indikator: text(f.indikator),
    satuan,
    polaritasText,
    polaritas: polaritas.value,
    polaritasValid: polaritas.valid,
    sifat: readSifat(text(f.sifat)),
    kodeNomenklatur: text(f.kodeNomenklatur),
    penanggungJawab: text(f.penanggungJawab),
    crosscutting:
      crosscutting === ""
        ? []
        : crosscutting
            .split(";")
            .map((s) => s.trim())
            .filter((s) => s !== ""),
    keterangan: text(f.keterangan),
    perangkatDaerah: text(f.perangkatDaerah),
    baseline: f.baseline === undefined ? undefined : num(f.baseline),
    targets: yearCells(columns.targets),
    realisasi: yearCells(columns.realisasi),
    quarters,
    children: [],
  };
}
