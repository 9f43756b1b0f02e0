import { a1 } from "../a1";
import type { SheetData } from "../sheet";
import { nameKey } from "../text";
import type { GroupColumns } from "./groupColumns";
import type { ImportNode } from "./nodes";
import { readText, readValue } from "./normalise";

/**
 * Fills a node's unit, numbers and notes from one source row: the Satuan and number columns
 * paired with the node's indicator column. What is already set stays (the first row of a
 * repeated statement wins). Numbers of a row without indicator are dropped with a note: they are
 * the SUM of the rows below in Renstra parent rows, and a target needs an indicator.
 * @param split how many indicators the indicator cell was split into
 */
export function fillNode(
  node: ImportNode,
  sheet: SheetData,
  r: number,
  gc: GroupColumns,
  indicatorCol: number | undefined,
  split: number,
  own: boolean,
): void {
  const row = sheet.values[r] ?? [];
  const at = (c: number) => a1(r, c);
  const pairs = <T extends { indicator?: number }>(items: readonly T[]) =>
    items.filter((x) => x.indicator === undefined || x.indicator === indicatorCol);
  for (const s of pairs(gc.satuan)) {
    const t = readText(row[s.col], at(s.col));
    if (t.note && node.satuan === "") node.notes.push(t.note);
    if (node.satuan === "" && t.text !== "") node.satuan = t.text;
  }
  const numbers = pairs(gc.numbers);
  let dropped = 0;
  for (const n of numbers) {
    const read = readValue(row[n.col], sheet.numberFormats?.[r]?.[n.col], node.satuan, at(n.col));
    if (read.note) node.notes.push(read.note);
    if (read.value === undefined) continue;
    if (node.indikator === "") {
      dropped++;
      continue;
    }
    if (read.unit) {
      if (node.satuan === "") {
        node.satuan = read.unit;
        node.notes.push({
          id: `${at(n.col)}: satuan '${read.unit}' diambil dari nilainya`,
          en: `${at(n.col)}: unit '${read.unit}' taken from the value`,
        });
      } else if (nameKey(read.unit) !== nameKey(node.satuan) && read.unit !== "%") {
        node.notes.push({
          id: `${at(n.col)}: satuan pada nilai '${read.unit}' berbeda dari '${node.satuan}'`,
          en: `${at(n.col)}: the value's unit '${read.unit}' differs from '${node.satuan}'`,
        });
      }
    }
    if (n.kind === "baseline") node.baseline ??= read.value;
    else if (n.kind === "target") node.targets[n.year!] ??= read.value;
    else if (n.quarter) {
      const qs = (node.quarters[n.year!] ??= [undefined, undefined, undefined, undefined]);
      qs[n.quarter - 1] ??= read.value;
    } else node.realisasi[n.year!] ??= read.value;
  }
  if (dropped > 0) {
    node.notes.push({
      id: `baris ${r + 1}: ${dropped} nilai tidak diimpor karena baris ini tanpa indikator (baris induk berisi jumlah/SUM?)`,
      en: `row ${r + 1}: ${dropped} values not imported because the row has no indicator (a parent row holding SUMs?)`,
    });
  }
  if (split > 1 && numbers.some((n) => readValue(row[n.col], undefined, "", "").value !== undefined)) {
    node.notes.push({
      id: `baris ${r + 1}: sel indikator berisi ${split} indikator; satuan dan nilai yang sama diberikan ke masing-masing — periksa`,
      en: `row ${r + 1}: the indicator cell holds ${split} indicators; each got the same unit and values — please check`,
    });
  }
  if (!own) return;
  const text = (key: keyof GroupColumns["text"]) => {
    const col = gc.text[key];
    return col === undefined ? "" : readText(row[col], at(col)).text;
  };
  node.polaritas ??= text("polaritas") || undefined;
  node.sifat ??= text("sifat") || undefined;
  node.penanggungJawab ??= text("penanggungJawab") || undefined;
  node.crosscutting ??= text("crosscutting") || undefined;
  node.keterangan ??= text("keterangan") || undefined;
}
