#!/usr/bin/env node
"use strict";
// The CLI is compiled to dist/ by `npm install` (the "prepare" script).
let main;
try {
  ({ main } = require("../dist/cli/main.js"));
} catch {
  process.stderr.write("pokin: belum dibangun / not built yet — jalankan / run: npm run build:cli\n");
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => process.exit(code));
