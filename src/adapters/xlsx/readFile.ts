import { promises as fs } from "node:fs";
import { inflateRawSync } from "node:zlib";
import type { WorkbookData } from "../../core/sheet";
import { isRefusal, readXlsxBytes, type Inflate, type XlsxRefusal } from "./reader";
import { maxInflatedBytes, SIZE_LIMIT_ENV } from "./sizeLimit";

/** Why a file could not be read, with a one-line message in both languages. */
export interface ReadFailure {
  readonly failure: "missing" | "empty" | "not-xlsx" | "encrypted" | "unreadable" | "too-large";
  readonly message: { readonly id: string; readonly en: string };
}

/** True when {@link readXlsxFile} could not read the file. */
export function isReadFailure(value: WorkbookData | ReadFailure): value is ReadFailure {
  return "failure" in value;
}

/**
 * Node's zlib: faster than fflate here, and it stops at the declared size. One output chunk of
 * the declared size: zlib's default 16 KiB chunks cost 5–10× more on a 200 KB sheet (a call
 * and a copy per chunk, then a concatenation).
 */
const zlibInflate: Inflate = (data, size) =>
  inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size, 64) });

/** Buffer's UTF-8 decode: about 4× TextDecoder's on Node 20; drops a BOM as TextDecoder does. */
const bufferDecode = (b: Uint8Array): string => {
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return Buffer.from(b.buffer, b.byteOffset + bom, b.length - bom).toString("utf8");
};

export { maxInflatedBytes } from "./sizeLimit";

/**
 * Reads an .xlsx file from disk (Node only) with Pokin's own reader; ExcelJS's full reader
 * only where Pokin's reader does not understand the file (never for a limit). Never rejects:
 * a file that cannot be read gives a {@link ReadFailure} with a clear one-line reason
 * (missing, not a regular file, empty, not an .xlsx, encrypted or legacy .xls, damaged, too
 * large), never a stack trace. Not a regular file (folder, FIFO, device) is never opened.
 * @param path the file's path
 * @returns the workbook's values, or why it could not be read
 * @example const read = await readXlsxFile("pokin.xlsx"); if (isReadFailure(read)) console.error(read.message.en);
 */
export async function readXlsxFile(path: string): Promise<WorkbookData | ReadFailure> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) {
      return fail(
        "not-xlsx",
        `'${path}' adalah folder, bukan berkas .xlsx.`,
        `'${path}' is a folder, not an .xlsx file.`,
      );
    }
    if (!stat.isFile()) {
      return fail(
        "not-xlsx",
        `'${path}' bukan berkas biasa (perangkat, pipa atau soket), bukan berkas .xlsx.`,
        `'${path}' is not a regular file (a device, pipe or socket), not an .xlsx file.`,
      );
    }
    const limit = maxInflatedBytes();
    if (stat.size > limit) return tooLarge(path, `${Math.ceil(stat.size / 2 ** 20)} MB`);
    bytes = await fs.readFile(path);
  } catch (err) {
    return fileError(path, err);
  }
  if (bytes.length === 0) {
    return fail("empty", `Berkas '${path}' kosong (0 bita).`, `The file '${path}' is empty (0 bytes).`);
  }
  const read = readXlsxBytes(bytes, {
    inflate: zlibInflate,
    decode: bufferDecode,
    limits: { maxInflatedBytes: maxInflatedBytes() },
  });
  if (!isRefusal(read)) return read;
  if (read.refused !== "unsupported") return fromRefusal(path, read);
  try {
    // ExcelJS (3 MB of code) loads only for the rare file Pokin's reader defers, so a plain
    // `pokin check` starts without it.
    const { readXlsx } = await import("./readWorkbook");
    return await readXlsx(bytes);
  } catch (err) {
    return fail(
      "unreadable",
      `Berkas '${path}' tidak dapat dibaca sebagai .xlsx: ${read.message.id} (${oneLine(err)}).`,
      `The file '${path}' cannot be read as .xlsx: ${read.message.en} (${oneLine(err)}).`,
    );
  }
}

function fromRefusal(path: string, refusal: XlsxRefusal): ReadFailure {
  const { id, en } = refusal.message;
  switch (refusal.refused) {
    case "encrypted":
      return fail(
        "encrypted",
        `Berkas '${path}' terenkripsi atau format lama .xls; buka di Excel, hapus kata sandinya (bila ada) dan simpan sebagai .xlsx.`,
        `The file '${path}' is encrypted or an old .xls; open it in Excel, remove its password (if any) and save it as .xlsx.`,
      );
    case "not-xlsx":
      return fail(
        "not-xlsx",
        `Berkas '${path}' bukan berkas Excel .xlsx (${id}).`,
        `The file '${path}' is not an Excel .xlsx file (${en}).`,
      );
    case "limit":
      return fail("too-large", `Berkas '${path}' ditolak: ${id}.`, `The file '${path}' was refused: ${en}.`);
    default:
      return fail(
        "unreadable",
        `Berkas '${path}' tidak dapat dibaca sebagai .xlsx: ${id}.`,
        `The file '${path}' cannot be read as .xlsx: ${en}.`,
      );
  }
}

function tooLarge(path: string, size: string): ReadFailure {
  return fail(
    "too-large",
    `Berkas '${path}' ditolak: ${size}, lebih dari batas (${SIZE_LIMIT_ENV}).`,
    `The file '${path}' was refused: ${size}, over the limit (${SIZE_LIMIT_ENV}).`,
  );
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

/** The first line of an error's message, without the stack. */
function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split(/\r?\n/)[0] ?? "").trim().slice(0, 200) || "?";
}
