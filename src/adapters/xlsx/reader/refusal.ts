import { msg, type Msg } from "../../../core/messages";

/**
 * Why the reader would not answer. `unsupported`: a valid file it does not understand (strict
 * OOXML, an unknown sheet kind) — the caller may defer to ExcelJS's full reader. The others are
 * final: `limit` (over a size limit: never expanded), `not-xlsx` (a zip, but no workbook),
 * `encrypted`, `invalid` (a damaged or inconsistent part).
 */
export type RefusalKind = "unsupported" | "limit" | "not-xlsx" | "encrypted" | "invalid";

/** The reader's answer when it cannot give the whole workbook: never a partial one. */
export interface XlsxRefusal {
  readonly refused: RefusalKind;
  /** One line in both languages, without the file's name (the caller adds it). */
  readonly message: Msg;
}

/**
 * A refusal of the given kind.
 * @example refuse("limit", "terlalu besar", "too large").refused // "limit"
 */
export function refuse(kind: RefusalKind, id: string, en: string): XlsxRefusal {
  return { refused: kind, message: msg(id, en) };
}

/**
 * True when the reader refused.
 * @example isRefusal(readXlsxBytes(bytes))
 */
export function isRefusal(value: unknown): value is XlsxRefusal {
  return typeof value === "object" && value !== null && "refused" in value;
}

/** Thrown inside the reader's modules and turned into the returned {@link XlsxRefusal}. */
export class RefusalError extends Error {
  constructor(readonly refusal: XlsxRefusal) {
    super(refusal.message.en);
  }
}

/**
 * Throws a refusal (caught once, at the reader's entry point).
 * @example if (bad) stop("invalid", "rusak", "damaged");
 */
export function stop(kind: RefusalKind, id: string, en: string): never {
  throw new RefusalError(refuse(kind, id, en));
}
