import { a1 } from "../../a1";
import type { SheetData } from "../../sheet";
import { nameKey } from "../../text";
import type { GroupColumns } from "./groupColumns";
import type { ImportNode } from "./nodeSet";
import { readText, readValue } from "./readValue";
import { rowNotes } from "./rowNotes";
import { mismatchNote, stackedPick } from "./stackedPick";

/**
 * Fills a node's unit, numbers and notes from one source row: the Satuan and number columns
 * paired with the node's indicator column. What is already set stays (the first row of a
 * repeated statement wins). Numbers of a row without indicator are dropped with a note: they are
 * the SUM of the rows below in Renstra parent rows, and a target needs an indicator.
 * @param split how many indicators the indicator cell was split into
 * @param index this node's place among them: stacked units and values (`80%\n85%`) pair by it
 */
export function fillNode(
  node: ImportNode,
  sheet: SheetData,
  r: number,
  gc: GroupColumns,
  indicatorCol: number | undefined,
  split: number,
  own: boolean,
  index = 0,
): void {
  const row = sheet.values[r] ?? [];
  const at = (c: number) => a1(r, c);
  const pairs = <T extends { indicator?: number }>(items: readonly T[]) =>
    items.filter((x) => x.indicator === undefined || x.indicator === indicatorCol);
  for (const s of pairs(gc.satuan)) {
    const pick = stackedPick(row[s.col], split, index);
    const t = readText(pick.how === "paired" ? pick.value : row[s.col], at(s.col));
    if (t.note && node.satuan === "") node.notes.push(t.note);
    if (node.satuan === "" && t.text !== "") node.satuan = t.text;
  }
  const numbers = pairs(gc.numbers);
  let dropped = 0;
  let shared = false;
  for (const n of numbers) {
    const pick = stackedPick(row[n.col], split, index);
    if (pick.how === "mismatch") {
      node.notes.push(mismatchNote(at(n.col), pick.parts, split));
      continue;
    }
    const read = readValue(pick.value, sheet.numberFormats?.[r]?.[n.col], node.satuan, at(n.col));
    if (read.value !== undefined && pick.how === "one" && split > 1) shared = true;
    if (read.note) node.notes.push(read.note);
    if (read.value === undefined) continue;
    if (/^(%|persen)/i.test(node.satuan) && read.value > 0 && read.value < 1 && read.unit !== "%")
      node.notes.push(rowNotes.fraction(at(n.col), read.value));
    if (node.indikator === "") {
      dropped++;
      continue;
    }
    if (read.unit) {
      if (node.satuan === "") {
        node.satuan = read.unit;
        node.notes.push(rowNotes.unitFromValue(at(n.col), read.unit));
      } else if (nameKey(read.unit) !== nameKey(node.satuan) && read.unit !== "%") {
        node.notes.push(rowNotes.unitDiffers(at(n.col), read.unit, node.satuan));
      }
    }
    if (n.kind === "baseline") node.baseline ??= read.value;
    else if (n.kind === "target") {
      const had = node.targets[n.year!];
      if (had !== undefined && had !== read.value && node.row === r)
        node.notes.push(rowNotes.sameYear(at(n.col), n.year!, had));
      node.targets[n.year!] ??= read.value;
    } else if (n.quarter) {
      const qs = (node.quarters[n.year!] ??= [undefined, undefined, undefined, undefined]);
      qs[n.quarter - 1] ??= read.value;
    } else node.realisasi[n.year!] ??= read.value;
  }
  if (dropped > 0) {
    node.notes.push(rowNotes.withoutIndicator(r, dropped));
  }
  if (shared) {
    node.notes.push(rowNotes.shared(r, split));
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
