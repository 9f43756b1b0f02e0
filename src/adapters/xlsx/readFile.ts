import { promises as fs } from "node:fs";
import type { WorkbookData } from "../../core/sheet";
import { readXlsx } from "./readWorkbook";
import { streamXlsxFile } from "./streamFile";

/** Why a file could not be read, with a one-line message in both languages. */
export interface ReadFailure {
  readonly failure: "missing" | "empty" | "not-xlsx" | "encrypted" | "unreadable";
  readonly message: { readonly id: string; readonly en: string };
}

/** True when {@link readXlsxFile} could not read the file. */
export function isReadFailure(value: WorkbookData | ReadFailure): value is ReadFailure {
  return "failure" in value;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: a password-protected .xlsx, or a legacy .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads an .xlsx file from disk (Node only). Never rejects: a file that cannot be read gives a
 * {@link ReadFailure} with a clear one-line reason (missing, empty, not an .xlsx, encrypted or
 * legacy .xls, damaged), never a stack trace.
 * @param path the file's path
 * @returns the workbook's values, or why it could not be read
 * @example const read = await readXlsxFile("pokin.xlsx"); if (isReadFailure(read)) console.error(read.message.en);
 */
export async function readXlsxFile(path: string): Promise<WorkbookData | ReadFailure> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    return fileError(path, err);
  }
  if (bytes.length === 0) {
    return fail("empty", `Berkas '${path}' kosong (0 bita).`, `The file '${path}' is empty (0 bytes).`);
  }
  if (startsWith(bytes, OLE)) {
    return fail(
      "encrypted",
      `Berkas '${path}' terenkripsi atau format lama .xls; buka di Excel, hapus kata sandinya (bila ada) dan simpan sebagai .xlsx.`,
      `The file '${path}' is encrypted or an old .xls; open it in Excel, remove its password (if any) and save it as .xlsx.`,
    );
  }
  if (!startsWith(bytes, ZIP)) {
    return fail(
      "not-xlsx",
      `Berkas '${path}' bukan berkas Excel .xlsx.`,
      `The file '${path}' is not an Excel .xlsx file.`,
    );
  }
  try {
    // The streaming reader is much faster and leaner on big files; should it stumble on an
    // unusual file, the full reader gets the last word.
    return await streamXlsxFile(path).catch(() => readXlsx(bytes));
  } catch (err) {
    return fail(
      "unreadable",
      `Berkas '${path}' tidak dapat dibaca sebagai .xlsx (${oneLine(err)}).`,
      `The file '${path}' cannot be read as .xlsx (${oneLine(err)}).`,
    );
  }
}

function fileError(path: string, err: unknown): ReadFailure {
  const code = (err as { code?: unknown })?.code;
  if (code === "ENOENT") {
    return fail("missing", `Berkas '${path}' tidak ditemukan.`, `The file '${path}' does not exist.`);
  }
  if (code === "EISDIR") {
    return fail(
      "not-xlsx",
      `'${path}' adalah folder, bukan berkas .xlsx.`,
      `'${path}' is a folder, not an .xlsx file.`,
    );
  }
  return fail(
    "unreadable",
    `Berkas '${path}' tidak dapat dibuka (${oneLine(err)}).`,
    `The file '${path}' cannot be opened (${oneLine(err)}).`,
  );
}

function fail(failure: ReadFailure["failure"], id: string, en: string): ReadFailure {
  return { failure, message: { id, en } };
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** The first line of an error's message, without the stack. */
function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split(/\r?\n/)[0] ?? "").trim().slice(0, 200) || "?";
}
