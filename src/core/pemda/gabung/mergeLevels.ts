import { findSheet } from "../../model/buildModel";
import type { SheetData, WorkbookData } from "../../sheet";
import { cellText, nameKey } from "../../text";
import { opdPrefixes } from "./opdPrefixes";
import { pemdaSettings } from "./pemdaSettings";
import type { GabungInput, GabungSource, MergedLevel, MergedWorkbook } from "./types";

const OWNER = "Perangkat Daerah";

/**
 * Merges the OPD workbooks into the level sheets of one Pemda workbook (SPEC §11): every OPD's
 * rows with a `Perangkat Daerah` column, Kodes and Kode Induk made unique by the OPD's prefix
 * (`DSPPPA:1.1`); level-1 rows keep their Kode and appear once (the RPD's first, then any an
 * OPD adds), and rows pointing at a level-1 Kode keep pointing at it. Columns are the union of
 * the sources' (by header, first seen first). Nothing of the sources is changed.
 * @param input the OPD workbooks, the RPD and the batch's findings
 * @returns the Pemda settings, level sheets and each OPD's prefix
 * @example mergeLevels({ opds, findings: [] }).levels[1].rows.length // every OPD's Tujuan OPD rows
 */
export function mergeLevels(input: GabungInput): MergedWorkbook {
  const prefixes = opdPrefixes(input.opds.map((o) => o.summary));
  const { settings, levelNames } = pemdaSettings(input);
  const topKodes = new Set<string>();
  const levels: MergedLevel[] = levelNames.map((name, index) => {
    const sources: { source: GabungSource; sheet: SheetData; prefix?: string }[] = [];
    const add = (source: GabungSource, prefix?: string) => {
      const sheetName = source.summary.levels[index];
      const sheet = sheetName === undefined ? undefined : findSheet(asWorkbook(source), sheetName);
      if (sheet) sources.push({ source, sheet, ...(prefix !== undefined ? { prefix } : {}) });
    };
    if (input.rpd && index === 0) add(input.rpd);
    for (const opd of input.opds) add(opd, prefixes.get(opd.summary.file));
    return mergeLevel(name, index, sources, topKodes, input.rpd);
  });
  return { settings, levelNames, levels, prefixes };
}

function asWorkbook(source: GabungSource): WorkbookData {
  return { sheets: source.sheets };
}

function mergeLevel(
  name: string,
  index: number,
  sources: readonly { source: GabungSource; sheet: SheetData; prefix?: string }[],
  topKodes: Set<string>,
  rpd: GabungSource | undefined,
): MergedLevel {
  // The header: Kode, Kode Induk, then Perangkat Daerah, then every other column seen.
  const header: string[] = [];
  const at = new Map<string, number>();
  const column = (h: string) => {
    const key = nameKey(h);
    if (!at.has(key)) {
      at.set(key, header.length);
      header.push(h);
    }
    return at.get(key)!;
  };
  column("Kode");
  if (index > 0) column("Kode Induk");
  column(OWNER);
  for (const { sheet } of sources)
    for (const h of sheet.values[0] ?? []) if (cellText(h) !== "") column(cellText(h));
  const kodeCol = at.get("kode")!;
  const indukCol = at.get("kode induk");
  const ownerCol = at.get(nameKey(OWNER))!;

  const rows: unknown[][] = [];
  const sharedOwners = new Map<string, unknown[]>();
  for (const { source, sheet, prefix } of sources) {
    const map = (sheet.values[0] ?? []).map((h) =>
      cellText(h) === "" ? undefined : at.get(nameKey(cellText(h))),
    );
    const owner = source === rpd ? "RPD" : source.summary.perangkatDaerah || source.summary.file;
    for (let r = 1; r < sheet.values.length; r++) {
      const src = sheet.values[r] ?? [];
      if (src.every((v) => cellText(v) === "")) continue;
      const out: unknown[] = new Array<unknown>(header.length).fill(null);
      src.forEach((v, c) => {
        const to = map[c];
        if (to !== undefined && to !== ownerCol && out[to] === null) out[to] = v ?? null;
      });
      const kode = cellText(out[kodeCol]);
      if (index === 0) {
        // Level 1 is shared: each Kode once, the RPD's row first; the owners are listed.
        if (kode !== "" && topKodes.has(kode)) {
          const first = sharedOwners.get(kode);
          if (first && source !== rpd && first[ownerCol] !== "RPD")
            first[ownerCol] = `${cellText(first[ownerCol])}; ${owner}`;
          continue;
        }
        if (kode !== "") {
          topKodes.add(kode);
          sharedOwners.set(kode, out);
        }
      } else if (prefix !== undefined) {
        if (kode !== "") out[kodeCol] = `${prefix}:${kode}`;
        const induk = indukCol === undefined ? "" : cellText(out[indukCol]);
        if (indukCol !== undefined && induk !== "" && !(index === 1 && topKodes.has(induk))) {
          out[indukCol] = `${prefix}:${induk}`;
        }
      }
      out[ownerCol] = owner;
      rows.push(out);
    }
  }
  return { name, header, rows };
}
