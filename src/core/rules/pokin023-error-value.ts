import type { SheetData } from "../sheet";
import { isErrorValue } from "../values/errors";
import type { Report, Rule, Text } from "./types";

const ERROR_VALUE: Text<[string, string]> = {
  id: (label, v) => `${label}Sel berisi nilai galat Excel ${v}; periksa rumus atau rujukannya.`,
  en: (label, v) => `${label}The cell holds the Excel error value ${v}; check its formula or reference.`,
};

/**
 * POKIN023 (error): a cell of a level sheet or of Pengaturan holds an Excel error value
 * (#REF!, #N/A, …). Every cell is scanned, unknown columns and rows without Kode included, so
 * the loops are plain index loops: a level sheet may have 100,000 rows.
 */
export const pokin023: Rule = {
  id: "POKIN023",
  severity: "error",
  begin(model, out) {
    const seen = new Set<SheetData>();
    if (model.settingsSheet) {
      seen.add(model.settingsSheet);
      errorCells(model.settingsSheet, () => new Map(), out);
    }
    for (const level of model.levels) {
      if (!level.sheet || seen.has(level.sheet)) continue;
      seen.add(level.sheet);
      // Error values are rare: the row → Kode index is made only for a sheet that has one.
      const indicators = level.indicators;
      errorCells(
        level.sheet,
        () => {
          const kodeByRow = new Map<number, string>();
          for (const ind of indicators) if (!isErrorValue(ind.kode)) kodeByRow.set(ind.row, ind.kode);
          return kodeByRow;
        },
        out,
      );
    }
    return {};
  },
};

function errorCells(sheet: SheetData, index: () => ReadonlyMap<number, string>, out: Report): void {
  let kodeByRow: ReadonlyMap<number, string> | undefined;
  const rows = sheet.values;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // typeof first: most cells are numbers or empty, and stay cheap.
      if (typeof v !== "string" || !isErrorValue(v)) continue;
      kodeByRow ??= index();
      const kode = kodeByRow.get(r);
      const label = kode === undefined ? "" : `[${kode}] `;
      out.add(sheet.name, r, c, kode, ERROR_VALUE[out.lang](label, v.trim()));
    }
  }
}
