#!/usr/bin/env node
"use strict";
// The CLI is bundled into dist/cli/pokin.js by `npm install` (the "prepare" script): one file
// to resolve, with each command and ExcelJS in chunks loaded only when used.
let main;
try {
  ({ main } = require("../dist/cli/pokin.js"));
} catch {
  process.stderr.write("pokin: belum dibangun / not built yet — jalankan / run: npm run build:cli\n");
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => process.exit(code));
