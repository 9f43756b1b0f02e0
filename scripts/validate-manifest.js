#!/usr/bin/env node
// Offline check of manifest.xml: `xmllint --noout` when installed, then structural checks of
// our own (Microsoft's validator is a web service: `npm run validate:online`). Prints a list of
// problems and exits 1 when there is one.
//   node scripts/validate-manifest.js [manifest.xml]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { parseXml } = require("./xml");
const { elements } = require("./manifest/dom");
const { checkTopLevel } = require("./manifest/checkTopLevel");
const { checkResources } = require("./manifest/checkResources");
const { checkStrings } = require("./manifest/checkStrings");
const { checkUrls } = require("./manifest/checkUrls");
const { checkImages } = require("./manifest/checkImages");
const { checkControlIds, checkActions } = require("./manifest/checkActions");

const ROOT = path.resolve(__dirname, "..");

/**
 * Checks a manifest's text.
 * @param {string} xml the manifest
 * @param {{ root?: string }} options root: where assets/ and src/ are (icon sizes, function names)
 * @returns {{ errors: string[], warnings: string[] }}
 */
function validateManifest(xml, options = {}) {
  let doc;
  try {
    doc = parseXml(xml);
  } catch (err) {
    return { errors: [`not well-formed XML: ${err.message}`], warnings: [] };
  }
  const m = { doc, all: elements(doc), root: options.root ?? ROOT };
  const { resources, errors: resourceErrors, warnings } = checkResources(m);
  const withResources = { ...m, resources };
  const errors = [
    ...checkTopLevel(m),
    ...resourceErrors,
    ...checkControlIds(m),
    ...checkStrings(withResources),
    ...checkUrls(m),
    ...checkImages(withResources),
    ...checkActions(m),
  ];
  return { errors, warnings };
}

/** Runs xmllint when installed; returns its complaint, or undefined when fine or absent. */
function xmllint(file) {
  const run = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  if (run.error) return undefined; // not installed: fast-xml-parser (scripts/xml.js) still checks well-formedness
  return run.status === 0 ? undefined : (run.stderr || run.stdout).trim();
}

function main() {
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, "manifest.xml"));
  const lint = xmllint(file);
  const { errors, warnings } = validateManifest(fs.readFileSync(file, "utf8"), { root: path.dirname(file) });
  if (lint) errors.unshift(`xmllint: ${lint}`);
  for (const w of warnings) console.warn(`warning: ${w}`);
  if (errors.length > 0) {
    console.error(`${path.relative(process.cwd(), file)}: ${errors.length} problem(s)`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(
    `${path.relative(process.cwd(), file)} is valid (offline checks; \`npm run validate:online\` asks Microsoft).`,
  );
}

if (require.main === module) main();

module.exports = { validateManifest };
