import { buildModel, type Model } from "../../../src/core/model/buildModel";
import type { Indicator } from "../../../src/core/model/indicator";
import type { SheetData } from "../../../src/core/sheet";
import { HEADER, row, settingsSheet, type RowSpec } from "../../helpers/workbook";

/** The quarter columns of 2025, appended after HEADER. */
export const QUARTER_HEADER = [1, 2, 3, 4].map((q) => `Realisasi 2025 TW${q}`);

/** A level sheet with HEADER (+ the 2025 quarter columns when `quarters`), rows from specs. */
export function sheetOf(name: string, specs: RowSpec[], quarters = false): SheetData {
  const header = quarters ? [...HEADER, ...QUARTER_HEADER] : [...HEADER];
  const rows = specs.map((s) =>
    quarters ? [...row(s), ...[0, 1, 2, 3].map((q) => s.quarters?.[2025]?.[q] ?? "")] : row(s),
  );
  return { name, values: [header, ...rows] };
}

/**
 * A two-level model ("Induk" above "Anak") from row specs.
 * @param settings extra Pengaturan pairs (e.g. Rumus Negatif)
 */
export function twoLevels(
  induk: RowSpec[],
  anak: RowSpec[],
  options: { quarters?: boolean; settings?: [string, unknown][] } = {},
): Model {
  return buildModel({
    sheets: [
      settingsSheet([
        ["Level 1", "Induk"],
        ["Level 2", "Anak"],
        ["Tahun Awal", 2025],
        ["Tahun Akhir", 2027],
        ...(options.settings ?? []),
      ]),
      sheetOf("Induk", induk, options.quarters),
      sheetOf("Anak", anak, options.quarters),
    ],
  });
}

/** One indicator from one row spec on a one-row level 1 (level 2 empty). */
export function oneIndicator(
  spec: RowSpec,
  options: { quarters?: boolean; settings?: [string, unknown][] } = {},
): {
  model: Model;
  ind: Indicator;
} {
  const model = twoLevels([{ kode: "1", ...spec }], [], options);
  return { model, ind: model.indicators[0]! };
}
