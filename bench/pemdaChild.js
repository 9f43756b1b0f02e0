// One step of bench/pemda.js, required by a fresh node: "load" = ExcelJS loads each file, one
// after another (the reference); "check"/"gabung" = the bundled CLI, output discarded.
"use strict";
const path = require("node:path");

module.exports = async function step([mode, ...args]) {
  if (mode === "load") {
    const ExcelJS = require("exceljs");
    for (const file of args) await new ExcelJS.Workbook().xlsx.readFile(file);
    return 0;
  }
  const { main } = require(path.resolve(__dirname, "../dist/cli/pokin.js"));
  const sink = { write: () => true };
  const cmd = mode === "check" ? ["check", ...args, "--format", "jsonl"] : ["gabung", ...args];
  return main(cmd, { stdout: sink, stderr: sink });
};
