import { periksa } from "./periksa";
import { renderMessage } from "./showMessage";

// The function file (commands.html) has two roles: hidden, it runs the ribbon's Periksa; opened
// as a dialog with ?pesan=…, it shows a message from it. Office.onReady once, at start.
Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const message = params.get("pesan");
  if (message !== null) {
    renderMessage(document, message, params.get("lang") === "en" ? "en" : "id", () =>
      Office.context.ui.messageParent("tutup"),
    );
  } else {
    Office.actions.associate("periksa", periksa);
  }
});
