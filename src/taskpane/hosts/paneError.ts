import type { Problem } from "../../core/actions";
import type { Lang, Msg } from "../../core/messages";
import { text } from "../i18n";

/** A failure the user can act on, with its message in both languages (never a stack trace). */
export class PaneError extends Error {
  /**
   * @param msg what to tell the user, in both languages
   * @example throw new PaneError({ id: "Berkas rusak.", en: "The file is damaged." });
   */
  constructor(
    readonly msg: Msg,
    /** The stable code of the problem, when an action gave one. */
    readonly code?: string,
  ) {
    super(msg.en);
    this.name = "PaneError";
  }

  /**
   * The error for an action's problem value.
   * @example throw PaneError.of(built.problem);
   */
  static of(problem: Problem): PaneError {
    return new PaneError(problem.message, problem.code);
  }
}

/**
 * Turns anything thrown into one readable line: a {@link PaneError}'s own message, or
 * "something unexpected" with the error's first line (no stack trace, SPEC §8).
 * @param err what was thrown
 * @param lang the display language
 * @returns the message to show
 * @example explainPaneError(new Error("boom"), "en") // "Something unexpected went wrong: boom"
 */
export function explainPaneError(err: unknown, lang: Lang): string {
  if (err instanceof PaneError) return err.msg[lang];
  const raw = err instanceof Error ? err.message : String(err);
  const detail = (raw.split("\n")[0] ?? "").slice(0, 200) || "?";
  return text(lang, "unexpected", { detail });
}
