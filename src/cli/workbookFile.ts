import type ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { DEFAULT_XLSX_LIMITS, XlsxRefused, type XlsxLimits } from "../adapters/xlsx/loadSanitized";
import { loadXlsx } from "../adapters/xlsx/readWorkbook";
import { maxInflatedBytes } from "../adapters/xlsx/sizeLimit";
import { writeXlsxFile } from "../adapters/xlsx/writeFile";
import type { Lang, Msg } from "../core/messages";
import { fail, oneLine, type CliIo } from "./io";

/**
 * Why an output path is refused (it must be an .xlsx), or undefined when it is fine.
 * @example outputProblem("hasil.csv")?.en // "The output file must end in .xlsx: 'hasil.csv'."
 */
export function outputProblem(out: string): Msg | undefined {
  if (/\.xlsx$/i.test(out)) return undefined;
  return {
    id: `Berkas keluaran harus berakhiran .xlsx: '${out}'.`,
    en: `The output file must end in .xlsx: '${out}'.`,
  };
}

/**
 * Loads a workbook whole (styles, tables, validations) for a command that writes it back,
 * with the file's bytes (read once), or writes one line on stderr and gives the exit code.
 */
export async function loadForWriting(
  file: string,
  io: CliIo,
  lang: Lang,
): Promise<{ readonly wb: ExcelJS.Workbook; readonly bytes: Uint8Array } | number> {
  try {
    const bytes = await fs.readFile(file);
    const onDropped = (parts: readonly string[]) =>
      warn(io, lang, {
        id: `Bagian berkas yang tidak dapat dibaca pustaka .xlsx (gambar, komentar, grafik) dilewati dan tidak akan ditulis kembali: ${parts.join(", ")}.`,
        en: `Parts the .xlsx library cannot read (pictures, comments, charts) were skipped and will not be written back: ${parts.join(", ")}.`,
      });
    return { wb: await loadXlsx(bytes, { limits: xlsxLimits(), onDropped }), bytes };
  } catch (err) {
    if (err instanceof XlsxRefused) {
      return fail(io, { id: `'${file}': ${err.reason.id}`, en: `'${file}': ${err.reason.en}` }, lang);
    }
    return fail(
      io,
      {
        id: `Berkas '${file}' tidak dapat dibaca (${oneLine(err)}).`,
        en: `Cannot read '${file}' (${oneLine(err)}).`,
      },
      lang,
    );
  }
}

/** Saves a workbook; on failure writes one line on stderr and gives the exit code. */
export async function saveWorkbook(
  wb: ExcelJS.Workbook,
  out: string,
  io: CliIo,
  lang: Lang,
): Promise<number | undefined> {
  try {
    await writeXlsxFile(wb, out);
    return undefined;
  } catch (err) {
    return fail(
      io,
      {
        id: `Berkas '${out}' tidak dapat ditulis (${oneLine(err)}).`,
        en: `Cannot write '${out}' (${oneLine(err)}).`,
      },
      lang,
    );
  }
}

/** Writes a warning line on stderr (the command goes on). */
export function warn(io: CliIo, lang: Lang, msg: Msg, sheet?: string): void {
  io.stderr.write(
    `pokin: ${lang === "en" ? "warning" : "peringatan"}: ${sheet ? `${sheet}: ` : ""}${msg[lang]}\n`,
  );
}

/** The size limits of a full load: the same inflated-size limit as Pokin's reader ({@link maxInflatedBytes}). */
export function xlsxLimits(env: NodeJS.ProcessEnv = process.env): XlsxLimits {
  return { ...DEFAULT_XLSX_LIMITS, maxInflatedBytes: maxInflatedBytes(env) };
}
