// Typed access to the pane build and server the e2e tests share with bench/pane.js, and the
// hooks every browser test file sets up with them.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is plain CommonJS, required by bench/pane.js too
const shared = require("../../scripts/paneBuild.js") as {
  CHROMIUM: string;
  CHROMIUM_ARGS: string[];
  buildPane: (prefix?: string) => Promise<string>;
  serveDir: (dir: string) => Promise<{ url: string; close: () => Promise<void> }>;
};

export const CHROMIUM = shared.CHROMIUM;
/** TOOLCHAIN.md: the flags Debian's chromium needs here. */
export const CHROMIUM_ARGS = shared.CHROMIUM_ARGS;
/** Builds the pane with webpack in production mode into a new temporary folder. */
export const buildPane = shared.buildPane;
/** A tiny static server for a folder on 127.0.0.1 and a free port; resolves to its base URL. */
export const serveDir = shared.serveDir;

/** Where the browser tests put their screenshots (git-ignored). */
export const ARTIFACTS = path.resolve(__dirname, "../artifacts");

/** The built pane, served, and a chromium to open it in; valid inside the describe's tests. */
export interface PaneInChromium {
  readonly browser: Browser;
  /** The server's base URL, ending in "/". */
  readonly url: string;
}

/**
 * Registers the hooks a describe block of browser tests shares: before all, build the pane
 * (webpack, production), serve it and launch chromium; after all, close and remove them.
 * Hooks the caller registers earlier run earlier (jest-circus keeps declaration order).
 * @returns getters for the browser and the server's URL
 * @example const pane = paneInChromium(); … await pane.browser.newPage(); page.goto(`${pane.url}taskpane.html`);
 */
export function paneInChromium(): PaneInChromium {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let outDir: string | undefined;
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    // POKIN_E2E_PANE=DIR serves a pane already built there (local iteration; CI builds anew).
    const prebuilt = process.env.POKIN_E2E_PANE;
    if (!prebuilt) outDir = await buildPane();
    server = await serveDir(prebuilt ?? outDir!);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });
  return {
    get browser() {
      if (!browser) throw new Error("the browser is not launched yet (use it inside a test)");
      return browser;
    },
    get url() {
      if (!server) throw new Error("the pane is not served yet (use it inside a test)");
      return server.url;
    },
  };
}
