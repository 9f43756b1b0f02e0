#!/usr/bin/env node
// Offline requirement-set audit (no Excel needed): every Office.js member used by
// src/adapters/office, src/commands and src/taskpane/hosts/office*, resolved by type with the
// TypeScript compiler, against the `[Api set: ExcelApi 1.N]` notes of @types/office-js and the
// ExcelApi minimum manifest.xml declares. A member above that minimum must be used on a path
// where an isSetSupported check holds (scripts/api-sets/guards.js says what counts).
//   node scripts/api-sets.js           check; exit 1 on a problem or when TESTING.md is stale
//   node scripts/api-sets.js --write   also rewrite TESTING.md's table
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { runAudit } = require("./api-sets/audit");
const { renderSection, replaceSection, currentSection } = require("./api-sets/table");

const ROOT = path.resolve(__dirname, "..");
const FIX = "node scripts/api-sets.js --write";

/**
 * The audit's verdict for a project.
 * @param {string} root the project root
 * @returns {{ problems: string[], stale: boolean, section: string, audit: ReturnType<typeof runAudit> }}
 */
function check(root = ROOT) {
  const audit = runAudit(root);
  const section = renderSection(audit);
  const doc = fs.readFileSync(path.join(root, "TESTING.md"), "utf8");
  return { problems: audit.problems, stale: currentSection(doc) !== section, section, audit };
}

/** The text a developer sees when the audit fails: what is wrong and exactly what to do. */
function advice(result) {
  const lines = [];
  if (result.problems.length > 0) {
    lines.push(
      `API-set audit: ${result.problems.length} problem(s):`,
      ...result.problems.map((p) => `  ${p}`),
    );
    lines.push(
      "Fix: wrap the use in a check of the set it needs — `if (caps.excelApi(N)) …` with the adapter's",
      'OfficeCapabilities (or `Office.context.requirements.isSetSupported("ExcelApi", "1.N")`), in the',
      "same function or at every call of it — and give the older Excel a fallback; or raise",
      '<Set Name="ExcelApi" MinVersion> in manifest.xml if the add-in cannot work without it.',
    );
  }
  if (result.stale) {
    lines.push(
      "TESTING.md's API-set table is not what the code uses (a member was added, removed or moved).",
      `Fix: run \`${FIX}\`, check the new rows (set, guard), commit TESTING.md with your change.`,
      "The recording fake (test/adapters/office) refuses any member that is not in that table.",
    );
  }
  return lines.join("\n");
}

if (require.main === module) {
  const result = check();
  if (process.argv.includes("--write") && result.stale) {
    const file = path.join(ROOT, "TESTING.md");
    fs.writeFileSync(file, replaceSection(fs.readFileSync(file, "utf8"), result.section));
    result.stale = false;
    console.log(`TESTING.md: API-set table rewritten (${result.audit.rows.length} members).`);
  }
  const text = advice(result);
  if (text) console.error(text);
  else console.log(`API-set audit: ${result.audit.rows.length} members, no problem; TESTING.md is current.`);
  process.exitCode = text ? 1 : 0;
}

module.exports = { check, advice, FIX };
