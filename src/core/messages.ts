/** The languages the product speaks: Bahasa Indonesia first, English second. */
export type Lang = "id" | "en";

/** A message in both languages the product speaks. */
export interface Msg {
  readonly id: string;
  readonly en: string;
}

/** A message with a stable code, so that callers and tests decide by the code, never by the text. */
export interface CodedMsg extends Msg {
  readonly code: string;
}

/**
 * A message in both languages.
 * @example msg("Berkas kosong.", "The file is empty.").en // "The file is empty."
 */
export function msg(id: string, en: string): Msg {
  return { id, en };
}
