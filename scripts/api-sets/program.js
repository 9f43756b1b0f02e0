// The TypeScript program the API-set audit reads: every file under src/ (so a helper's callers
// are found wherever they are), type-checked with the project's own tsconfig.json.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

/** Where the audited code lives, relative to the project root (README, "Requirement sets"). */
const AUDITED = [/^src\/adapters\/office\//, /^src\/commands\//, /^src\/taskpane\/hosts\/office[^/]*$/];

/** The one file that declares what each Office member needs. */
const OFFICE_DTS = "node_modules/@types/office-js/index.d.ts";

/**
 * Builds the program over src/ with tsconfig.json's options.
 * @param {string} root the project root
 * @returns {{ program: import("typescript").Program, checker: import("typescript").TypeChecker,
 *   files: import("typescript").SourceFile[], audited: import("typescript").SourceFile[],
 *   rel: (file: string) => string, officeDts: string }}
 */
function loadProgram(root) {
  const configPath = path.join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const rootNames = parsed.fileNames.filter((f) => rel(root, f).startsWith("src/"));
  const program = ts.createProgram({ rootNames, options: { ...parsed.options, noEmit: true } });
  const files = program
    .getSourceFiles()
    .filter((sf) => rel(root, sf.fileName).startsWith("src/") && !sf.isDeclarationFile);
  const audited = files.filter((sf) => AUDITED.some((re) => re.test(rel(root, sf.fileName))));
  const officeDts = fs.realpathSync(path.join(root, OFFICE_DTS));
  return {
    program,
    checker: program.getTypeChecker(),
    files,
    audited,
    rel: (file) => rel(root, file),
    officeDts,
  };
}

function rel(root, file) {
  return path.relative(root, file).split(path.sep).join("/");
}

module.exports = { loadProgram, AUDITED, OFFICE_DTS };
