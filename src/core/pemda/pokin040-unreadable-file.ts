import type { CrossRule } from "./types";

/**
 * POKIN040 (error): a file among several cannot be read; the message says why, and the other
 * files are still checked. The finding points at A1 of no sheet: there is none to open.
 */
export const pokin040: CrossRule = {
  id: "POKIN040",
  severity: "error",
  *check(batch) {
    for (const u of batch.unreadable) {
      yield {
        file: u.file,
        sheet: "",
        row: 0,
        col: 0,
        message: {
          id: `Berkas tidak dapat dibaca; berkas lain tetap diperiksa. ${u.message.id}`,
          en: `The file cannot be read; the other files are still checked. ${u.message.en}`,
        },
      };
    }
  },
};
