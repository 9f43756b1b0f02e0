#!/usr/bin/env node
// `npm start`: where Excel desktop exists (Windows, Mac) sideload the add-in and start the https
// dev server with office-addin-debugging; elsewhere serve the pane over plain http on
// 127.0.0.1, where it runs outside Office on the Banjarnegara sample (SPEC §8).
// `npm stop` (scripts/stop.js) stops either.
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
// Where `npm start` records the dev server it started outside Office, for `npm stop`.
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.json");

const PORT = Number(process.env.PORT || 3000);
const webpackCli = require.resolve("webpack-cli/bin/cli.js");

function hasExcelDesktop() {
  return process.platform === "win32" || process.platform === "darwin";
}

function startInExcel() {
  let debuggingCli;
  try {
    debuggingCli = require.resolve("office-addin-debugging/cli.js");
  } catch {
    console.error(
      "office-addin-debugging is not installed (it is an optional dependency). Run `npm install` on this machine, or serve the pane alone with `npx webpack serve --mode development --env https`.",
    );
    process.exit(1);
  }
  const devServer = `"${process.execPath}" "${webpackCli}" serve --mode development --env https --env port=${PORT}`;
  const child = spawn(
    process.execPath,
    [
      debuggingCli,
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      devServer,
      "--dev-server-port",
      String(PORT),
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  child.on("exit", (code) => process.exit(code ?? 0));
}

function startInBrowser() {
  const url = `http://127.0.0.1:${PORT}/taskpane.html`;
  // The first URL on the screen is the one to open (the dev server's own banner follows).
  console.log(`Pokin: buka / open ${url} (siap setelah kompilasi / ready once compiled)`);
  const child = spawn(
    process.execPath,
    [webpackCli, "serve", "--mode", "development", "--env", `port=${PORT}`],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, JSON.stringify({ pid: child.pid, url }));
  let announced = false;
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled/i.test(String(chunk))) {
      announced = true;
      console.log(
        `\nNo Excel desktop on ${process.platform}: the pane runs outside Office.\nOpen ${url}\n(npm stop, or Ctrl+C, stops it.)\n`,
      );
    }
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => {
    try {
      fs.rmSync(PID_FILE, { force: true });
    } catch {
      // Already gone: nothing to clean.
    }
    process.exit(code ?? 0);
  });
}

if (hasExcelDesktop()) startInExcel();
else startInBrowser();
