import { periksaInExcel, type ActionOptions } from "../adapters/office/checkAction";
import { explainOfficeError } from "../adapters/office/errors";
import type { Lang } from "../core/messages";
import { showMessage } from "./showMessage";

/**
 * Office's display language as ours: English when it is English, Bahasa Indonesia otherwise.
 * @example displayLang() // "en" in an en-GB Office
 */
export function displayLang(): Lang {
  try {
    return Office.context.displayLanguage.toLowerCase().startsWith("en") ? "en" : "id";
  } catch {
    // Office.context is missing outside Office: the product's default language.
    return "id";
  }
}

/**
 * The ribbon's Periksa button (ExecuteFunction "periksa"): runs the check without the pane,
 * writes `Hasil Pemeriksaan` and selects it. A failure is shown to the user in a small dialog,
 * and `event.completed()` is always called, or Office would show the button as busy.
 * @param event the add-in command event Office passes
 * @param options for tests: the `Excel.run` to use, the clock
 * @example Office.actions.associate("periksa", periksa);
 */
export async function periksa(event: Office.AddinCommands.Event, options: ActionOptions = {}): Promise<void> {
  const lang = displayLang();
  try {
    await periksaInExcel(lang, options);
  } catch (err) {
    console.error("Pokin Periksa failed:", err);
    await showMessage(explainOfficeError(err)[lang], lang);
  } finally {
    event.completed();
  }
}
