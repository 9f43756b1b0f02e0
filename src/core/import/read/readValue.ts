import { cellText } from "../../text";
import { isErrorValue } from "../../values/errors";
import { isPercentFormat, readNumber } from "../../values/number";
import { importNote, type ImportNote } from "../importNote";
import { rowNotes } from "./rowNotes";

const PERCENT_UNIT = /^\s*(%|persen|persentase|prosentase)/i;

/** A text cell as imported: cleaned, and why it was read as empty when it was not. */
export interface TextRead {
  readonly text: string;
  readonly note?: ImportNote;
}

/**
 * Reads a text cell of a statement, indicator or unit: white space of PDF extraction folded,
 * a lone `0` (templates use it for "nothing") and error values read as empty, with a note.
 * @example readText(0, "E5").text // ""
 */
export function readText(value: unknown, cell: string): TextRead {
  if (value === 0 || value === "0") {
    return {
      text: "",
      note: importNote("note.zero-as-empty", `${cell}: 0 dibaca sebagai kosong`, `${cell}: 0 read as empty`, {
        cell,
      }),
    };
  }
  if (typeof value === "string" && isErrorValue(value.trim())) {
    return {
      text: "",
      note: importNote(
        "note.error-as-empty",
        `${cell}: nilai galat ${value.trim()} dibaca sebagai kosong`,
        `${cell}: error value ${value.trim()} read as empty`,
        { cell, args: { value: value.trim() } },
      ),
    };
  }
  return { text: cellText(value) };
}

/** A number cell as imported. */
export interface NumberRead {
  readonly value?: number;
  /** A unit found in the cell (`12 Bulan` → `Bulan`, a %-formatted cell → `%`). */
  readonly unit?: string;
  readonly note?: ImportNote;
}

/**
 * Reads a target/realisasi/baseline cell: numbers as they are; text in id-ID (`1.234,5`) or
 * en-US (`1,234.5`) notation; a value with its unit (`12 Bulan`, `1 Laporan`); a cell formatted
 * as a percentage (0.96 shown as 96%) as 96 with unit `%` — only when the unit is % or not yet
 * known: under another unit (`Dokumen`) the value stays as stored, with a note. Anything else is dropped with a note.
 * @param satuan the indicator's unit, when known
 * @example readValue("12 Bulan", undefined, "", "F8") // { value: 12, unit: "Bulan" }
 */
export function readValue(
  value: unknown,
  format: string | undefined,
  satuan: string,
  cell: string,
): NumberRead {
  if (typeof value === "number" && isPercentFormat(format) && satuan !== "" && !PERCENT_UNIT.test(satuan)) {
    // A % format under a unit that is not % (`Dokumen`): the cell holds the count (1), not 100.
    return { value, note: rowNotes.percentFormat(cell, value, satuan) };
  }
  if (typeof value === "number" && isPercentFormat(format)) {
    const read = readNumber(value, format, true);
    return { ...(read.value !== undefined ? { value: read.value } : {}), unit: "%" };
  }
  const read = readNumber(value, format, /%/.test(satuan));
  if (read.state === "number" || read.state === "text")
    return read.value !== undefined ? { value: read.value } : {};
  if (read.state === "empty") return {};
  if (read.state === "error") {
    return {
      note: importNote(
        "note.error-value",
        `${cell}: nilai galat ${cellText(value)} tidak diimpor`,
        `${cell}: error value ${cellText(value)} not imported`,
        { cell, args: { value: cellText(value) } },
      ),
    };
  }
  const text = cellText(value);
  const m = /^([+-]?[\d.,]+)\s*(%|[A-Za-z][A-Za-z ./²³-]{0,30})$/.exec(text);
  if (m) {
    const n = readNumber(m[1]!);
    if (n.value !== undefined) return { value: n.value, unit: unitWord(m[2]!) };
  }
  return {
    note: importNote(
      "note.not-a-number",
      `${cell}: '${text}' bukan angka; tidak diimpor`,
      `${cell}: '${text}' is not a number; not imported`,
      { cell, args: { value: text } },
    ),
  };
}

const UNIT_WORDS: Record<string, string> = {
  org: "Orang",
  bln: "Bulan",
  dok: "Dokumen",
  lap: "Laporan",
  keg: "Kegiatan",
};

function unitWord(unit: string): string {
  const u = unit.trim().replace(/\.$/, "");
  return UNIT_WORDS[u.toLowerCase()] ?? u;
}
