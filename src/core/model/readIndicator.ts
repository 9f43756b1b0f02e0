import type { SheetData } from "../sheet";
import { cellText } from "../text";
import { memo } from "../values/memo";
import { readPolaritas } from "../values/polarity";
import { isPercentUnit, readSifat } from "../values/sifat";
import type { ColumnMap } from "./columns";
import type { Indicator } from "./indicator";
import { NumberStore, numberLayout } from "./numberStore";
import { SheetIndicator } from "./sheetIndicator";

const NO_NAMES: readonly string[] = Object.freeze([]);

/** A level sheet has a handful of distinct Polaritas and Sifat texts: each is read once. */
const polaritasOf = memo(readPolaritas);
const sifatOf = memo(readSifat);

/**
 * Reads one row of a level sheet as an indicator: its texts, Kode and Kode Induk with stray
 * characters noted, polaritas and sifat, and every number cell with its state and column.
 * Never throws on cell content. Parent and children are left for buildModel to link.
 * The number cells go into `store` at `base` (a one-row store of their own when not given):
 * reading a whole sheet shares one store, so no object is made per cell.
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
  store?: NumberStore,
  base = 0,
): Indicator | undefined {
  const row = sheet.values[r] ?? [];
  const f = columns.fields;
  const kodeRaw = f.kode === undefined ? undefined : row[f.kode];
  const kode = cellText(kodeRaw);
  if (kode === "") return undefined;
  const indukRaw = f.kodeInduk === undefined ? undefined : row[f.kodeInduk];
  const induk = cellText(indukRaw);
  const text = (col: number | undefined): string => (col === undefined ? "" : cellText(row[col]));
  const satuan = text(f.satuan);
  // A sheet's store carries its layout: no lookup per row.
  const layout = store?.layout ?? numberLayout(columns);
  const cells = store ?? new NumberStore(layout, 1);
  if (layout.cols.length > 0) cells.fill(base, row, sheet.numberFormats?.[r], isPercentUnit(satuan));
  const polaritasText = text(f.polaritas);
  const polaritas = polaritasOf(polaritasText);
  const crosscutting = text(f.crosscutting);
  // The texts object is short-lived: the indicator copies it into its own fields.
  return new SheetIndicator(
    level,
    sheet.name,
    r,
    {
      kode,
      kodeStray: typeof kodeRaw === "string" && kode !== kodeRaw,
      kodeInduk: induk,
      kodeIndukStray: typeof indukRaw === "string" && induk !== indukRaw,
      uraian: text(f.uraian),
      indikator: text(f.indikator),
      satuan,
      polaritasText,
      polaritas: polaritas.value,
      polaritasValid: polaritas.valid,
      sifat: sifatOf(text(f.sifat)),
      kodeNomenklatur: text(f.kodeNomenklatur),
      penanggungJawab: text(f.penanggungJawab),
      crosscutting:
        crosscutting === ""
          ? NO_NAMES
          : crosscutting
              .split(";")
              .map((s) => s.trim())
              .filter((s) => s !== ""),
      keterangan: text(f.keterangan),
      perangkatDaerah: text(f.perangkatDaerah),
    },
    cells,
    base,
    row,
  );
}
