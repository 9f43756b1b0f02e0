// Building and serving the task pane for a headless chromium: shared by the browser tests
// (test/e2e, through the typed paneBuild.ts) and the pane bench (bench/pane.js).
"use strict";
const { execFile } = require("node:child_process");
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const { promisify } = require("node:util");

const ROOT = path.resolve(__dirname, "..");
const CHROMIUM = "/usr/bin/chromium";
/** TOOLCHAIN.md: the flags Debian's chromium needs here. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Builds the pane with webpack in production mode into a new temporary folder.
 * @param {string} [prefix] the temporary folder's name prefix
 * @returns {Promise<string>} the folder
 */
async function buildPane(prefix = "pokin-pane-") {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  await promisify(execFile)(process.execPath, [cli, "--mode", "production", "--env", `out=${out}`], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  return out;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

/**
 * A tiny static server for a folder on 127.0.0.1 and a free port.
 * @param {string} dir the folder
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} its base URL (ending in "/")
 */
function serveDir(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, buildPane, serveDir };
