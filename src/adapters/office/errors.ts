import type { Lang, Msg } from "../../core/messages";

/** Excel's error code when the user is typing in a cell (every API call fails meanwhile). */
export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** Our own code when there is no Excel to talk to (the page opened outside Office). */
export const EXCEL_UNAVAILABLE = "ExcelUnavailable";

const KNOWN: Record<string, Msg> = {
  [CELL_EDIT_MODE]: {
    id: "Excel sedang menunggu Anda selesai mengisi sel. Tekan Enter atau Esc, lalu coba lagi.",
    en: "Excel is waiting for you to finish editing a cell. Press Enter or Esc, then try again.",
  },
  ItemNotFound: {
    id: "Lembar atau rentang yang dicari tidak ada lagi (mungkin diganti namanya atau dihapus). Periksa buku kerja, lalu coba lagi.",
    en: "A sheet or range Pokin needs no longer exists (it may have been renamed or deleted). Check the workbook, then try again.",
  },
  AccessDenied: {
    id: "Excel menolak perubahan: buku kerja atau lembarnya diproteksi, hanya-baca, atau sedang dibagikan. Buka proteksinya, lalu coba lagi.",
    en: "Excel refused the change: the workbook or sheet is protected, read-only or shared. Unprotect it, then try again.",
  },
  GeneralException: {
    id: "Excel mengalami gangguan saat menjalankan perintah. Simpan pekerjaan Anda lalu coba lagi; bila berulang, muat ulang add-in.",
    en: "Excel ran into a problem while running the command. Save your work and try again; if it keeps happening, reload the add-in.",
  },
  RequestPayloadSizeLimitExceeded: {
    id: "Data yang dikirim ke Excel melebihi batas ukuran (5 MB di Excel untuk web). Coba bagian yang lebih kecil, atau gunakan Excel desktop.",
    en: "The data sent to Excel is over its size limit (5 MB in Excel on the web). Try a smaller part, or use desktop Excel.",
  },
  ResponsePayloadSizeLimitExceeded: {
    id: "Buku kerja terlalu besar untuk dibaca sekaligus di Excel untuk web (batas 5 MB). Gunakan Excel desktop atau baris perintah `pokin check`.",
    en: "The workbook is too large to read at once in Excel on the web (5 MB limit). Use desktop Excel or the `pokin check` command line.",
  },
  ApiNotFound: {
    id: "Versi Excel ini tidak mendukung fitur yang diperlukan. Perbarui Excel ke versi terbaru.",
    en: "This version of Excel does not support a feature Pokin needs. Update Excel to a recent version.",
  },
  ItemAlreadyExists: {
    id: "Sudah ada lembar dengan nama itu. Ganti nama atau hapus lembar tersebut, lalu coba lagi.",
    en: "A sheet with that name already exists. Rename or delete it, then try again.",
  },
  [EXCEL_UNAVAILABLE]: {
    id: "Excel tidak tersedia: buka Pokin dari dalam Excel.",
    en: "Excel is not available: open Pokin from inside Excel.",
  },
};

/** The Office error code of an error (`OfficeExtension.Error#code`), or undefined. */
export function officeErrorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/**
 * Explains an Excel failure to the user in both languages, without a stack trace.
 * @param err what `Excel.run`/`context.sync()` threw
 * @returns a short message: a known Office code gets its explanation, anything else the first
 *   line of its message
 * @example explainOfficeError({ code: "InvalidOperationInCellEditMode" }).en // "Excel is waiting …"
 */
export function explainOfficeError(err: unknown): Msg {
  if (err instanceof PokinExcelError) return err.explanation;
  const code = officeErrorCode(err);
  const known = code ? KNOWN[code] : undefined;
  if (known) return known;
  const detail = firstLine(err);
  const suffix = code && !detail.includes(code) ? ` (${code})` : "";
  return {
    id: `Excel tidak dapat menyelesaikan perintah: ${detail || "kesalahan tak dikenal"}${suffix}.`,
    en: `Excel could not complete the command: ${detail || "unknown error"}${suffix}.`,
  };
}

/** {@link explainOfficeError} in one language. */
export function officeErrorText(err: unknown, lang: Lang): string {
  return explainOfficeError(err)[lang];
}

/** What the Office adapter throws: the Office code and a message for the user. */
export class PokinExcelError extends Error {
  readonly explanation: Msg;
  readonly code: string | undefined;

  constructor(cause: unknown) {
    const explanation = explainOfficeError(cause);
    super(explanation.en);
    this.name = "PokinExcelError";
    this.explanation = explanation;
    this.code = cause instanceof PokinExcelError ? cause.code : officeErrorCode(cause);
  }
}

function firstLine(err: unknown): string {
  const raw = err instanceof Error ? err.message : typeof err === "string" ? err : "";
  // Only the first line: later lines of a JS error are its stack, which users must not see.
  const line = (raw.split(/\r?\n/)[0] ?? "").trim().replace(/[.。]+$/, "");
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}
