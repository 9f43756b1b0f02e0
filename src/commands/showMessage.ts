import type { Lang } from "../core/messages";

/** How long a message may stay open before the command completes anyway (Office times out). */
const MESSAGE_TIMEOUT_MS = 120_000;

/** Where the dialog page is: this same commands.html, told what to show by its query. */
export function messageUrl(text: string, lang: Lang): string {
  const here = typeof location !== "undefined" ? location.href : "https://localhost:3000/commands.html";
  const url = new URL(here);
  url.search = "";
  url.hash = "";
  url.searchParams.set("pesan", text);
  url.searchParams.set("lang", lang);
  return url.toString();
}

/**
 * Shows a message from a ribbon command, which has no pane of its own: opens commands.html as
 * an Office dialog with the text. Resolves when the user closes it, after
 * {@link MESSAGE_TIMEOUT_MS}, or at once when no dialog can be opened (the text then only goes
 * to the console) — it never rejects, so the caller can always complete its event.
 * @example await showMessage("Excel sedang menunggu …", "id");
 */
export function showMessage(text: string, lang: Lang): Promise<void> {
  return new Promise<void>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (dialog?: Office.Dialog) => {
      if (timer !== undefined) clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // Already closed by the user: nothing left to do.
      }
      resolve();
    };
    try {
      Office.context.ui.displayDialogAsync(
        messageUrl(text, lang),
        { height: 30, width: 35, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            console.error("Pokin:", text, result.error?.message ?? "");
            finish();
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(dialog));
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish());
          timer = setTimeout(() => finish(dialog), MESSAGE_TIMEOUT_MS);
        },
      );
    } catch (err) {
      console.error("Pokin:", text, err);
      finish();
    }
  });
}

/**
 * Renders the message page (commands.html?pesan=…): the text, escaped, and a close button
 * that tells the command to close the dialog.
 * @example renderMessage(document, "Selesai.", "id");
 */
export function renderMessage(doc: Document, text: string, lang: Lang, close: () => void): void {
  const main = doc.createElement("main");
  const p = doc.createElement("p");
  p.textContent = text; // textContent, never innerHTML: the text may quote workbook content
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = lang === "en" ? "Close" : "Tutup";
  button.addEventListener("click", close);
  main.append(p, button);
  doc.body.replaceChildren(main);
  doc.documentElement.lang = lang;
}
