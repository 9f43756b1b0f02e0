import type { ColumnMap } from "../model/columns";
import type { Indicator, NumberCell } from "../model/indicator";
import { cellText, nameKey } from "../text";
import { readSifat, isPercentUnit } from "../values/sifat";
import type { ChangeValue } from "./types";

/** One comparable field of a row: its name, the key it is compared by, what is shown, its column. */
export interface FieldValue {
  readonly field: string;
  /** Equal keys mean "no change" as the engine reads the row. */
  readonly key: string;
  readonly value: ChangeValue;
  readonly col?: number;
}

/** The years of `Target`/`Realisasi` columns in either version, so a new column is compared too. */
export interface DiffYears {
  readonly targets: readonly number[];
  readonly realisasi: readonly number[];
  readonly quarters: readonly number[];
}

/** What fieldValues needs besides the row: where its columns are and how to compare. */
export interface FieldContext {
  readonly columns: ColumnMap | undefined;
  readonly years: DiffYears;
  /** The Satuan Sifat is read against (NEW's), so both versions default alike. */
  readonly satuan: string;
  readonly all: boolean;
  /** The raw cell of the row at a column (Sifat's default depends on Satuan: it is re-read). */
  readonly rawAt: (col: number) => unknown;
}

/**
 * The fields of one row compared by the diff (SPEC §12), in the order changes are listed:
 * Uraian, Indikator, Satuan, Polaritas, Sifat, Kode Nomenklatur, Baseline, Target YYYY,
 * Penanggung Jawab, Crosscutting, then with `all` Realisasi YYYY (and its quarters) and
 * Keterangan. Values are read as the engine reads them: `80` and `"80,0"` have the same key,
 * `Naik` and `Positif` too; an empty Sifat reads as Kumulatif, its default for every unit.
 * @example fieldValues(ind, ctx)[0]?.field // "Uraian"
 */
export function fieldValues(ind: Indicator, ctx: FieldContext): FieldValue[] {
  const { columns, years, all } = ctx;
  const f = columns?.fields ?? {};
  const out: FieldValue[] = [
    text("Uraian", ind.uraian, f.uraian),
    text("Indikator", ind.indikator, f.indikator),
    {
      field: "Satuan",
      key: isPercentUnit(ind.satuan) ? "%" : nameKey(ind.satuan),
      value: ind.satuan || null,
      col: f.satuan,
    },
    {
      field: "Polaritas",
      key: ind.polaritasValid ? ind.polaritas : `?${nameKey(ind.polaritasText)}`,
      value: ind.polaritasValid ? ind.polaritas : ind.polaritasText,
      col: f.polaritas,
    },
    sifat(ctx),
    text("Kode Nomenklatur", ind.kodeNomenklatur, f.kodeNomenklatur),
    num("Baseline", ind.baseline, f.baseline),
    ...years.targets.map((y) => num(`Target ${y}`, ind.targets.get(y), columns?.targets.get(y))),
    text("Penanggung Jawab", ind.penanggungJawab, f.penanggungJawab),
    {
      field: "Crosscutting",
      key: ind.crosscutting.map(nameKey).join(";"),
      value: ind.crosscutting.length > 0 ? ind.crosscutting.join("; ") : null,
      col: f.crosscutting,
    },
  ];
  if (all) {
    for (const y of years.realisasi)
      out.push(num(`Realisasi ${y}`, ind.realisasi.get(y), columns?.realisasi.get(y)));
    for (const y of years.quarters)
      for (let q = 0; q < 4; q++)
        out.push(num(`Realisasi ${y} TW${q + 1}`, ind.quarters.get(y)?.[q], columns?.quarters.get(y)?.[q]));
    out.push(text("Keterangan", ind.keterangan, f.keterangan));
  }
  return out;
}

function text(field: string, value: string, col: number | undefined): FieldValue {
  return { field, key: value, value: value === "" ? null : value, col };
}

function sifat(ctx: FieldContext): FieldValue {
  const col = ctx.columns?.fields.sifat;
  const read = readSifat(col === undefined ? "" : cellText(ctx.rawAt(col)));
  return { field: "Sifat", key: read, value: read, col };
}

/** A number cell: its value when it reads as one, null for no value, else the text it holds. */
function num(field: string, cell: NumberCell | undefined, col: number | undefined): FieldValue {
  if (!cell || cell.state === "empty") return { field, key: "", value: null, col };
  if (cell.value !== undefined && (cell.state === "number" || cell.state === "text")) {
    return { field, key: `#${cell.value}`, value: cell.value, col };
  }
  const raw = cellText(cell.raw);
  return { field, key: `?${raw}`, value: raw, col };
}
