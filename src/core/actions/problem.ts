import type { Msg } from "../messages";

/** Why an action did nothing: a stable code for callers and tests, and the message in both languages. */
export interface Problem {
  readonly code: string;
  readonly message: Msg;
}

/**
 * A problem value; a message that carries its own code (`CodedMsg`) keeps it.
 * @param fallback the code when the message has none
 * @example problemOf("build.selection", { id: "…", en: "…" }).code // "build.selection"
 */
export function problemOf(fallback: string, message: Msg & { readonly code?: string }): Problem {
  const { id, en } = message;
  return { code: message.code ?? fallback, message: { id, en } };
}
