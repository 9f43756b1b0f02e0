// Finds every Office member the audited code touches, resolved by type: property accesses and
// calls (`range.values`, `sheet.shapes.addLine`), the names in `load("items/name")` strings and
// the keys of object literals typed by Office.js (`layout.zoom = { horizontalFitToPages }`).
"use strict";
const ts = require("typescript");

const API_SET = /\[Api set: ([A-Za-z]*) ?(\d+)\.(\d+)/;

/**
 * Every use of an Office.js member in one file.
 * @param {import("typescript").SourceFile} sf the file
 * @param {import("typescript").TypeChecker} checker the program's checker
 * @param {string} officeDts the real path of @types/office-js/index.d.ts
 * @returns {{ uses: Use[], unknown: { node: import("typescript").Node, name: string }[] }}
 * @typedef {{ member: string, gives: string, set: ApiSet | undefined, node: import("typescript").Node }} Use
 * @typedef {{ name: string, major: number, minor: number }} ApiSet
 */
function collectUses(sf, checker, officeDts) {
  const uses = [];
  const unknown = [];
  const fromOffice = (symbol) =>
    Boolean(symbol?.declarations?.some((d) => d.getSourceFile().fileName === officeDts));

  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) && !isTypePosition(node)) {
      const symbol = checker.getSymbolAtLocation(node.name);
      if (fromOffice(symbol)) {
        const call =
          ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
        const decl = call ? checker.getResolvedSignature(call)?.declaration : undefined;
        const decls = decl && !ts.isJSDocSignature(decl) ? [decl] : (symbol.declarations ?? []);
        const gives = typeName(
          checker,
          call ? checker.getTypeAtLocation(call) : checker.getTypeAtLocation(node),
        );
        uses.push({ member: memberName(checker, node, symbol), gives, set: setOf(decls), node });
        if (call && node.name.text === "load") loadUses(call, node.expression);
      }
    }
    if (ts.isObjectLiteralExpression(node)) literalUses(node);
    ts.forEachChild(node, visit);
  };

  /** `x.load("a,b/c")`: each name is a member of x's type (or of its items' type). */
  const loadUses = (call, receiver) => {
    for (const text of literalPieces(call.arguments)) {
      for (const entry of text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)) {
        let type = checker.getTypeAtLocation(receiver);
        for (const segment of entry.split("/")) {
          const prop = checker.getPropertyOfType(checker.getNonNullableType(type), segment);
          const owner = typeName(checker, type);
          if (!prop) {
            unknown.push({ node: call, name: `${owner || "?"}.${segment}` });
            break;
          }
          type = checker.getTypeOfSymbolAtLocation(prop, call);
          uses.push({
            member: `${owner}.${segment}`,
            gives: typeName(checker, type),
            set: setOf(prop.declarations),
            node: call,
          });
          if (segment === "items" && checker.isArrayType(type)) type = checker.getTypeArguments(type)[0];
        }
      }
    }
  };

  /** `{ list: { source } }` where Office.js types the literal: each key is a member. */
  const literalUses = (literal) => {
    const contextual = checker.getContextualType(literal);
    if (!contextual) return;
    const type = checker.getNonNullableType(contextual);
    if (!fromOffice(type.getSymbol() ?? type.aliasSymbol)) return;
    for (const p of literal.properties) {
      if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
      const prop = checker.getPropertyOfType(type, p.name.text);
      if (!prop || !fromOffice(prop)) continue;
      const gives = typeName(checker, checker.getTypeOfSymbolAtLocation(prop, literal));
      uses.push({
        member: `${typeName(checker, type)}.${p.name.text}`,
        gives,
        set: setOf(prop.declarations),
        node: p,
      });
    }
  };

  visit(sf);
  return { uses, unknown };
}

/** "Excel.Range.values" for `range.values`; "Office.context" for the namespace's own members. */
function memberName(checker, node, symbol) {
  const receiver = checker.getSymbolAtLocation(node.expression);
  const flags = ts.SymbolFlags.Namespace | ts.SymbolFlags.Enum;
  if (receiver && receiver.flags & flags) return checker.getFullyQualifiedName(symbol);
  const owner = typeName(checker, checker.getTypeAtLocation(node.expression));
  return `${owner || parentName(checker, symbol)}.${symbol.name}`;
}

function parentName(checker, symbol) {
  const parent = symbol.parent ?? symbol.declarations?.[0]?.parent?.symbol;
  return parent ? checker.getFullyQualifiedName(parent) : "?";
}

/** The qualified name of an Office.js type ("Excel.Range", "Excel.Worksheet[]"), else "". */
function typeName(checker, type) {
  const t = checker.getNonNullableType(type);
  if (checker.isArrayType(t)) {
    const inner = typeName(checker, checker.getTypeArguments(t)[0]);
    return inner ? `${inner}[]` : "";
  }
  const symbol = t.aliasSymbol ?? t.getSymbol();
  const kinds = ts.SymbolFlags.Class | ts.SymbolFlags.Interface;
  if (!symbol || !(symbol.flags & kinds) || !symbol.declarations?.length) return "";
  const file = symbol.declarations[0].getSourceFile().fileName;
  if (!/@types\/office-js\/index\.d\.ts$/.test(file)) return "";
  return checker.getFullyQualifiedName(symbol);
}

/** The highest `[Api set: …]` among the declarations (their own, else their type's). */
function setOf(decls) {
  let best;
  for (const decl of decls ?? []) {
    const set = annotation(decl) ?? (decl.parent ? annotation(decl.parent) : undefined);
    if (set && (!best || set.major > best.major || (set.major === best.major && set.minor > best.minor)))
      best = set;
  }
  return best;
}

function annotation(decl) {
  const sf = decl.getSourceFile();
  const match = API_SET.exec(sf.text.slice(decl.getFullStart(), decl.getStart(sf)));
  return match ? { name: match[1] || "?", major: Number(match[2]), minor: Number(match[3]) } : undefined;
}

/** The literal text of `load` arguments: strings, arrays of strings, template parts. */
function literalPieces(args) {
  const out = [];
  const walk = (n) => {
    if (ts.isStringLiteralLike(n)) out.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      out.push(n.head.text);
      for (const span of n.templateSpans) {
        walk(span.expression);
        out.push(span.literal.text);
      }
    } else ts.forEachChild(n, walk);
  };
  args.forEach(walk);
  return out;
}

/** True where a dotted name is a type (`Excel.Range` in a type annotation), not a value. */
function isTypePosition(node) {
  let n = node;
  while (ts.isPropertyAccessExpression(n.parent)) n = n.parent;
  return ts.isExpressionWithTypeArguments(n.parent) && ts.isHeritageClause(n.parent.parent);
}

module.exports = { collectUses, typeName };
