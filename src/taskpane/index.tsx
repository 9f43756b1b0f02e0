import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startHost } from "./host";

/** Office.onReady is awaited once, here, before anything renders (STYLE.md §5). */
async function main(): Promise<void> {
  const started = await startHost(window);
  const container = document.getElementById("root");
  if (!container) return;
  container.removeAttribute("aria-busy");
  createRoot(container).render(<App started={started} />);
}

void main();
