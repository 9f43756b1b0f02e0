#!/usr/bin/env node
// `npm stop`: stops what `npm start` started: the add-in's debugging session where Excel
// desktop exists, otherwise the dev server recorded in .tmp/dev-server.json.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
// Where `npm start` records the dev server it started outside Office, for `npm stop`.
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.json");

function stopInExcel() {
  let debuggingCli;
  try {
    debuggingCli = require.resolve("office-addin-debugging/cli.js");
  } catch {
    console.error("office-addin-debugging is not installed (optional dependency): nothing to stop.");
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [debuggingCli, "stop", "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  process.exit(result.status ?? 0);
}

function stopInBrowser() {
  let record;
  try {
    record = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
  } catch {
    console.log("No Pokin dev server is running (nothing recorded by npm start).");
    return;
  }
  try {
    process.kill(record.pid, "SIGTERM");
    console.log(`Stopped the Pokin dev server (pid ${record.pid}, ${record.url}).`);
  } catch (err) {
    if (err.code !== "ESRCH") throw err;
    console.log("The Pokin dev server had already stopped.");
  }
  fs.rmSync(PID_FILE, { force: true });
}

if (process.platform === "win32" || process.platform === "darwin") stopInExcel();
else stopInBrowser();
