import { FIELDS, requiredFields } from "../model/columns";
import type { Rule, Text } from "./types";

const MISSING: Text<[string, string]> = {
  id: (name, sheet) => `Kolom wajib '${name}' tidak ada di lembar '${sheet}'.`,
  en: (name, sheet) => `The required column '${name}' is missing from sheet '${sheet}'.`,
};

/**
 * POKIN002 (error): a required column is missing from a level sheet — Kode, Kode Induk (below
 * level 1), Uraian, Indikator, Satuan, and `Target YYYY` for each year of the period.
 * Reported at the header cell where the column would go: the first free cell of row 1.
 */
export const pokin002: Rule = {
  id: "POKIN002",
  severity: "error",
  begin(model, out) {
    for (const level of model.levels) {
      const { sheet, columns } = level;
      if (!sheet || !columns) continue;
      const header = sheet.values[0] ?? [];
      let free = firstFreeHeaderCol(header);
      const missing: string[] = requiredFields(level.index)
        .filter((f) => columns.fields[f] === undefined)
        .map((f) => FIELDS[f]);
      for (const year of model.settings.years) if (!columns.targets.has(year)) missing.push(`Target ${year}`);
      if (model.settings.years.length === 0 && columns.targets.size === 0) missing.push("Target YYYY");
      for (const name of missing)
        out.add(sheet.name, 0, free++, undefined, MISSING[out.lang](name, sheet.name));
    }
    return {};
  },
};

function firstFreeHeaderCol(header: readonly unknown[]): number {
  let last = -1;
  header.forEach((v, i) => {
    if (v !== null && v !== undefined && String(v).trim() !== "") last = i;
  });
  return last + 1;
}
