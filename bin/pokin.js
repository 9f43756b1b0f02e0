#!/usr/bin/env node
"use strict";
// The CLI is bundled into dist/cli/pokin.js by `npm install` (the "prepare" script): one file
// to resolve, with each command and ExcelJS in chunks loaded only when used.
let main;
// Node ≥ 22.1 keeps V8's compiled code of the bundle between runs; absent on Node 20 (where a
// hand-made vm.Script cache measured no gain within noise), so only used where it exists.
const { enableCompileCache } = require("node:module");
if (typeof enableCompileCache === "function" && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  try {
    enableCompileCache();
  } catch {
    // compiles as usual
  }
}
try {
  ({ main } = require("../dist/cli/pokin.js"));
} catch {
  process.stderr.write("pokin: belum dibangun / not built yet — jalankan / run: npm run build:cli\n");
  process.exit(2);
}

/** Calls `done` once everything written to `stream` so far has been handed to the OS. */
function flushed(stream, done) {
  // Writes complete in order: the callback of an empty write runs after the earlier ones.
  if (stream.destroyed || !stream.writable) done();
  else stream.write("", () => done());
}

// Never process.exit() straight away: on a pipe, stdout is asynchronous and exiting drops
// whatever is still buffered (a JSON report of more than 64 KiB was cut). Set the exit code,
// wait for both streams to drain, then exit (so a stray handle cannot keep the CLI alive).
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  flushed(process.stdout, () => flushed(process.stderr, () => process.exit(code)));
});
