import type { SheetData } from "../sheet";
import { cellText, nameKey } from "../text";
import { nomenklaturKey, nomenklaturSegments } from "../values/nomenklatur";

/** The optional sheet holding the Kepmendagri nomenclature list (SPEC §7). */
export { REFERENCE_SHEET } from "../sheets";

/** One row of the reference: what the official list says about a code. */
export interface ReferenceEntry {
  readonly nomenklatur: string;
  readonly satuan: string;
  /** 0-based row in the reference sheet. */
  readonly row: number;
}

/** nomenklaturKey (`1.6.4.2.1.1`) → the first reference row with that code. */
export type Reference = ReadonlyMap<string, ReferenceEntry>;

/** Where the code, name and unit sit. `code` is one column or the five split ones. */
interface Layout {
  readonly row: number;
  readonly code: readonly number[];
  readonly nomenklatur?: number;
  readonly satuan?: number;
}

/** Header words of the five cells a split code spreads over, in order (e.g. `URUSAN/UNSUR`). */
const SPLIT = [/^urusan/, /^bidang/, /^program/, /^kegiatan/, /^sub[ -]?kegiatan/];
/** How many header rows may sit above the table (title rows), as for pasted templates (SPEC §6). */
const HEADER_ROWS = 15;

/**
 * Reads a `Referensi Nomenklatur` sheet as Bappeda hands it out: a header row within the first
 * 15 rows; the code in one column (a header containing "kode") or split over five (urusan,
 * bidang, program, kegiatan, sub kegiatan; numbers possibly stored as numbers, placeholders
 * `X`/`XX`); then Nomenklatur, Kinerja, Indikator, Satuan. The first row of a code wins.
 * @param sheet the reference sheet
 * @returns the codes found, or `undefined` when no header row is recognised
 * @example readReference({ name: "R", values: [["Kode", "Nomenklatur", "Satuan"], ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Orang"]] })?.get("1.6.4.2.1.1")?.satuan // "Orang"
 */
export function readReference(sheet: SheetData): Map<string, ReferenceEntry> | undefined {
  const layout = findLayout(sheet);
  if (!layout) return undefined;
  const out = new Map<string, ReferenceEntry>();
  for (let r = layout.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const key = nomenklaturKey(codeText(row, layout.code));
    if (key === "" || out.has(key)) continue;
    out.set(key, {
      nomenklatur: layout.nomenklatur === undefined ? "" : cellText(row[layout.nomenklatur]),
      satuan: layout.satuan === undefined ? "" : cellText(row[layout.satuan]),
      row: r,
    });
  }
  return out;
}

const READ = new WeakMap<SheetData, Map<string, ReferenceEntry> | undefined>();

/**
 * {@link readReference}, read once per sheet: POKIN024 and POKIN030 both look codes up in it.
 * @example cachedReference(sheet) === cachedReference(sheet) // true
 */
export function cachedReference(sheet: SheetData): Reference | undefined {
  if (!READ.has(sheet)) READ.set(sheet, readReference(sheet));
  return READ.get(sheet);
}

/**
 * Looks a code up in the reference. The list writes the support programs every agency shares
 * with placeholders (`X.XX.01`), while a workbook writes them with its own urusan and bidang
 * (`1.06.01`): when the exact code is absent, those two segments are tried as placeholders.
 * @example findReference(ref, "1.06.01.2.01.0001") // the entry of X.XX.01.2.01.0001
 */
export function findReference(reference: Reference, code: unknown): ReferenceEntry | undefined {
  const segments = nomenklaturSegments(code);
  if (segments.length === 0) return undefined;
  const exact = reference.get(segments.join("."));
  if (exact || segments.length < 3) return exact;
  const rest = segments.slice(2);
  return reference.get(["X", segments[1], ...rest].join(".")) ?? reference.get(["X", "X", ...rest].join("."));
}

/** The code of a row as dotted text, from one cell or from the split cells up to the first empty. */
function codeText(row: readonly unknown[], cols: readonly number[]): string {
  if (cols.length === 1) return cellText(row[cols[0]!]);
  const parts: string[] = [];
  for (let i = 0; i < cols.length; i++) {
    const value = row[cols[i]!];
    const text = cellText(value);
    if (text === "") break;
    // The kegiatan cell holds two segments (`2.01`); stored as a number, 2.10 would print as 2.1.
    const kegiatan = i === 3 && typeof value === "number" && !Number.isInteger(value);
    parts.push(kegiatan ? value.toFixed(2) : text);
  }
  return parts.join(".");
}

function findLayout(sheet: SheetData): Layout | undefined {
  const rows = Math.min(sheet.values.length, HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    const keys = (sheet.values[r] ?? []).map((v) => (typeof v === "string" ? nameKey(v) : ""));
    const split = SPLIT.map((re) => keys.findIndex((k) => re.test(k)));
    const kode = keys.findIndex((k) => k.includes("kode"));
    const code = split.every((c) => c >= 0) ? split : kode >= 0 ? [kode] : undefined;
    if (!code) continue;
    const nomenklatur = keys.findIndex((k, c) => k.includes("nomenklatur") && !code.includes(c));
    const satuan = keys.findIndex((k, c) => k.includes("satuan") && !code.includes(c));
    if (nomenklatur < 0 && satuan < 0) continue;
    return {
      row: r,
      code,
      ...(nomenklatur >= 0 ? { nomenklatur } : {}),
      ...(satuan >= 0 ? { satuan } : {}),
    };
  }
  return undefined;
}
