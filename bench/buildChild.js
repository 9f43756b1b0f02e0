// One `pokin build FILE -o OUT` (default options) in a fresh process, through the bundled CLI's
// main (what bin/pokin.js runs), with its wall and CPU time and peak memory as one JSON line.
// Usage: node bench/buildChild.js FILE OUT
"use strict";
const path = require("node:path");

async function main() {
  const [file, out] = process.argv.slice(2);
  const { main: pokin } = require(path.resolve(__dirname, "../dist/cli/pokin.js"));
  const quiet = { write: () => true };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await pokin(["build", file, "-o", out], { stdout: quiet, stderr: quiet });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const row = {
    code,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(row) + "\n");
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
  process.exit(1);
});
