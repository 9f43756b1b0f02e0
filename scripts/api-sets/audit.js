// The requirement-set audit itself: every Office member the audited code uses, the set it
// needs, the checks that hold where it is used, and the problems (a member above the manifest's
// minimum used where no check holds).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { parseXml } = require("../xml");
const { elements } = require("../manifest/dom");
const { loadProgram } = require("./program");
const { collectUses } = require("./collect");
const { guardFinder, WRAPPER } = require("./guards");

/**
 * The manifest's declared minimum: `<Requirements><Sets><Set Name="ExcelApi" MinVersion="1.N"/>`.
 * @param {string} xml manifest.xml's text
 * @returns {number} N
 */
function manifestMinimum(xml) {
  const requirements = elements(parseXml(xml)).find((e) => e.name === "Requirements");
  const set =
    requirements && elements(requirements).find((e) => e.name === "Set" && e.attrs.Name === "ExcelApi");
  const m = /^1\.(\d+)$/.exec(set?.attrs.MinVersion ?? "");
  if (!m) throw new Error("manifest.xml: <Requirements> names no ExcelApi MinVersion 1.N");
  return Number(m[1]);
}

/**
 * Runs the audit.
 * @param {string} root the project root
 * @returns {{ minimum: number, rows: Row[], problems: string[] }}
 * @typedef {{ member: string, set: string, gives: string, files: string[], guard: string }} Row
 */
function runAudit(root) {
  const minimum = manifestMinimum(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
  const p = loadProgram(root);
  const at = guardFinder(p);
  const problems = wrapperProblems(p);
  const byMember = new Map();
  for (const sf of p.audited) {
    const file = path.basename(sf.fileName);
    const { uses, unknown } = collectUses(sf, p.checker, p.officeDts);
    for (const u of unknown)
      problems.push(
        `${place(p, u.node)}: load("…${u.name.split(".").pop()}…"): ${u.name} does not exist in Office.js`,
      );
    for (const use of uses) {
      const row = byMember.get(use.member) ?? {
        member: use.member,
        set: use.set,
        gives: use.gives,
        files: new Set(),
        guards: new Set(),
        open: [],
      };
      byMember.set(use.member, row);
      row.files.add(file);
      const needs = needed(use.set, minimum);
      if (needs) {
        const held = at(use.node).get(needs.name);
        if (held && held.minor >= needs.minor)
          held.where.forEach((w) =>
            row.guards.add(`${needs.name === "ExcelApi" ? "" : `${needs.name} `}1.${held.minor} at ${w}`),
          );
        else {
          row.open.push(place(p, use.node));
          problems.push(
            `${place(p, use.node)}: ${use.member} needs ${needs.name} 1.${needs.minor} (the manifest's minimum is ExcelApi 1.${minimum}) ` +
              `and no isSetSupported check holds on this path`,
          );
        }
      }
    }
  }
  const rows = [...byMember.values()]
    .sort((a, b) => (a.member < b.member ? -1 : a.member > b.member ? 1 : 0))
    .map((r) => ({
      member: r.member,
      set: setText(r.set),
      gives: r.gives,
      files: [...r.files].sort(),
      guard: guardText(r, minimum),
    }));
  return { minimum, rows, problems };
}

/** The set a use must be checked for, or undefined (at or below the minimum, or not Excel's). */
function needed(set, minimum) {
  if (!set || !set.name.startsWith("ExcelApi")) return undefined;
  if (set.name === "ExcelApi" && set.major === 1 && set.minor <= minimum) return undefined;
  return { name: set.name, minor: set.minor };
}

function setText(set) {
  if (!set) return "—";
  const text = `${set.name} ${set.major}.${set.minor}`;
  return set.name.startsWith("ExcelApi") ? text : `— (${text}: not an Excel set)`;
}

function guardText(row, minimum) {
  if (!needed(row.set, minimum)) return "not needed";
  const guards = [...row.guards].sort();
  const open = row.open.map((w) => `**none** at ${w}`);
  return [...guards, ...open].join("; ");
}

/** The audit trusts `OfficeCapabilities.excelApi(N)` only while it asks isSetSupported("ExcelApi", "1.N"). */
function wrapperProblems(p) {
  const sf = p.files.find((f) => p.rel(f.fileName) === WRAPPER.file);
  let asks = false;
  const visit = (n) => {
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === "isSetSupported"
    ) {
      const [a, b] = n.arguments;
      asks ||= Boolean(
        a &&
        ts.isStringLiteral(a) &&
        a.text === "ExcelApi" &&
        b &&
        ts.isTemplateExpression(b) &&
        b.head.text === "1.",
      );
    }
    ts.forEachChild(n, visit);
  };
  if (sf) visit(sf);
  return asks
    ? []
    : [
        `${WRAPPER.file}: ${WRAPPER.owner}.${WRAPPER.member} no longer asks isSetSupported("ExcelApi", \`1.\${minor}\`)`,
      ];
}

function place(p, node) {
  const sf = node.getSourceFile();
  return `${p.rel(sf.fileName).replace(/^src\//, "")}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
}

module.exports = { runAudit, manifestMinimum };
