/** Office's CDN copy of office.js: inside Office it is the standard (and Office's own server). */
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The parts of `window` the detection reads; a parameter so tests can pass a plain object. */
export interface HostWindow {
  readonly location: { readonly search: string };
  readonly name: string;
  readonly sessionStorage?: { getItem(key: string): string | null };
  readonly external?: unknown;
  readonly webkit?: { readonly messageHandlers?: Record<string, unknown> };
}

/**
 * Tells whether the page was opened by an Office application: by the `pokinHost=office`
 * parameter the manifest puts on the pane's URL, and, should a host drop it, where office.js
 * itself looks for its host information (`_retrieveHostInfo` in office.debug.js): the
 * `_host_Info` query parameter Office adds to the pane's URL, `window.name` (Office on the web),
 * the value office.js keeps in sessionStorage after a navigation inside the pane, and the
 * objects desktop Office injects (`window.external.GetHostInfo`/`GetContext` on Windows,
 * the `Agave` WebKit message handler on Mac and iPad).
 *
 * Why not always load office.js: outside Office the page must work without any network, and
 * a CDN script that cannot load would block it; why not ship a local copy: @microsoft/office-js
 * is 86 MB, and Office expects the CDN copy so that it stays current.
 * @param win the window (or a stand-in)
 * @returns true when Office opened the page
 * @example looksHostedByOffice(window) // false in a plain browser tab
 */
export function looksHostedByOffice(win: HostWindow): boolean {
  // Our own marker: the manifest's SourceLocation carries it, and only Office opens that URL.
  if (/[?&]pokinHost=office(&|$)/.test(win.location.search)) return true;
  if (/[?&]_host_Info=/i.test(win.location.search)) return true;
  if (/hostInfo/i.test(win.name)) return true;
  try {
    if (win.sessionStorage?.getItem("hostInfoValue")) return true;
  } catch {
    // Storage can be disabled (privacy settings): not a sign either way.
  }
  const external = win.external as Record<string, unknown> | undefined;
  if (
    external &&
    (typeof external.GetHostInfo !== "undefined" || typeof external.GetContext !== "undefined")
  ) {
    return true;
  }
  return Boolean(win.webkit?.messageHandlers?.Agave);
}

/**
 * Adds office.js to the page and waits for it to load.
 * @param doc the document
 * @param src where office.js comes from
 * @returns resolves once the script ran; rejects when it cannot be loaded (offline)
 * @example await loadOfficeJs(document);
 */
export function loadOfficeJs(doc: Document, src: string = OFFICE_JS_URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = src;
    script.async = false;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`office.js could not be loaded from ${src}`));
    doc.head.appendChild(script);
  });
}

/**
 * `Office.onReady` with a time limit, so a broken host shows a message instead of a blank pane.
 * @param ms how long to wait
 * @returns the host information, or undefined when Office did not answer in time
 * @example const info = await officeReady(20000);
 */
export async function officeReady(ms: number): Promise<{ host: Office.HostType | null } | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([Office.onReady(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
