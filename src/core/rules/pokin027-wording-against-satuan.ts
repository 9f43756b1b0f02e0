import type { Indicator } from "../model/indicator";
import { nameKey } from "../text";
import { isPercentUnit } from "../values/sifat";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

/** The wordings whose unit is implied, and whether a % Satuan fits them. */
const WORDINGS: readonly { readonly re: RegExp; readonly percent: boolean }[] = [
  { re: /^(persentase|persen|prosentase)(?![a-z])/, percent: true },
  { re: /^rasio(?![a-z])/, percent: false },
  { re: /^(jumlah|banyaknya)(?![a-z])/, percent: false },
];

const PERCENT: Text<[Indicator, string]> = {
  id: (ind, word) =>
    `${kodeLabel(ind)} Indikator '${word} …' diukur dalam persen, tetapi Satuan-nya '${ind.satuan}'.`,
  en: (ind, word) =>
    `${kodeLabel(ind)} Indicator '${word} …' is measured in percent, but its Satuan is '${ind.satuan}'.`,
};
const NOT_PERCENT: Text<[Indicator, string]> = {
  id: (ind, word) =>
    `${kodeLabel(ind)} Indikator '${word} …' bukan persentase, tetapi Satuan-nya '${ind.satuan}'.`,
  en: (ind, word) =>
    `${kodeLabel(ind)} Indicator '${word} …' is not a percentage, but its Satuan is '${ind.satuan}'.`,
};

/**
 * POKIN027 (warning): the Indikator's wording and its Satuan disagree — "Persentase …" or
 * "Persen …" with a Satuan other than %, "Rasio …", "Jumlah …" or "Banyaknya …" with %.
 * Reported at the Satuan cell; an empty Satuan is POKIN010's.
 */
export const pokin027: Rule = {
  id: "POKIN027",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        if (!level.sheet || level.columns?.fields.satuan === undefined) return undefined;
        const col = fieldCol(level, "satuan");
        return (ind) => {
          if (ind.satuan === "" || !mayBeWording(ind.indikator)) return;
          const key = nameKey(ind.indikator);
          const wording = WORDINGS.find((w) => w.re.test(key));
          if (!wording || wording.percent === isPercentUnit(ind.satuan)) return;
          const word = ind.indikator.trim().split(/\s+/)[0] ?? "";
          const text = wording.percent ? PERCENT : NOT_PERCENT;
          out.add(ind.sheet, ind.row, col, ind.kode, text[out.lang](ind, word));
        };
      },
    };
  },
};

/**
 * False when the Indikator cannot start with any of WORDINGS (p…, r…, j…, b…), read from its
 * first character without lower-casing the whole text (no other character lower-cases to these).
 */
function mayBeWording(indikator: string): boolean {
  const c = indikator.charCodeAt(0) | 0x20;
  return c === 0x70 || c === 0x72 || c === 0x6a || c === 0x62;
}
