/**
 * Offers a file to the user through a temporary Blob URL and a link with `download`: the same
 * code works in a browser tab and in Excel's pane webview.
 * @param blob the file's content
 * @param fileName the name the browser suggests
 * @example downloadBlob(new Blob([svg], { type: "image/svg+xml" }), "pohon-kinerja-2026.svg");
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file by now; keeping the URL would keep the bytes in memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
