/**
 * Starts the pane's worker. Webpack sees `new Worker(new URL(…, import.meta.url))` and bundles
 * paneWorker.ts as its own chunk; this module is loaded only where `Worker` exists.
 * @example const worker = spawnPaneWorker();
 */
export function spawnPaneWorker(): Worker {
  return new Worker(new URL("./paneWorker.ts", import.meta.url), { name: "pokin" });
}
