// Which requirement-set checks hold where a member is used. A path is guarded when the use sits
// in the branch of an `if`, `?:`, `&&` or `||` whose condition implies the check, after an early
// `return`/`throw` taken when the check fails, or inside a function every caller of which is
// guarded. A check is `Office.context.requirements.isSetSupported("ExcelApi", "1.N")` or the
// adapter's wrapper of it, `OfficeCapabilities.excelApi(N)` (src/adapters/office/capabilities.ts).
// Conditions are followed through `!`, parentheses and `const` variables; nothing else is assumed.
"use strict";
const ts = require("typescript");

/** The one wrapper of isSetSupported the adapter uses (the audit checks it really wraps it). */
const WRAPPER = {
  file: "src/adapters/office/capabilities.ts",
  owner: "OfficeCapabilities",
  member: "excelApi",
};

/**
 * @param {{ checker: import("typescript").TypeChecker, files: import("typescript").SourceFile[],
 *   audited: import("typescript").SourceFile[], officeDts: string, rel: (f: string) => string }} p
 * @returns {(node: import("typescript").Node) => Level} the checks that hold at a node
 * @typedef {Map<string, { minor: number, where: string[] }>} Level set name → highest minor checked
 */
function guardFinder(p) {
  const { checker, rel } = p;
  const where = (node) => {
    const sf = node.getSourceFile();
    return `${rel(sf.fileName).replace(/^src\//, "")}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  };

  /** A requirement-set check: { set, minor } for a literal version, else undefined. */
  const check = (expr) => {
    if (!ts.isCallExpression(expr)) return undefined;
    const callee = ts.isPropertyAccessExpression(expr.expression) ? expr.expression.name : expr.expression;
    const symbol = checker.getSymbolAtLocation(callee);
    const decl = symbol?.declarations?.[0];
    if (!decl) return undefined;
    const [a, b] = expr.arguments;
    if (symbol.name === "isSetSupported" && decl.getSourceFile().fileName === p.officeDts) {
      const m = b && ts.isStringLiteral(b) ? /^1\.(\d+)$/.exec(b.text) : null;
      return a && ts.isStringLiteral(a) && m ? { set: a.text, minor: Number(m[1]) } : undefined;
    }
    const owner = decl.parent && ts.isInterfaceDeclaration(decl.parent) ? decl.parent.name.text : "";
    if (
      symbol.name === WRAPPER.member &&
      owner === WRAPPER.owner &&
      rel(decl.getSourceFile().fileName) === WRAPPER.file
    )
      return a && ts.isNumericLiteral(a) ? { set: "ExcelApi", minor: Number(a.text) } : undefined;
    return undefined;
  };

  /** The checks that hold when `expr` evaluates to `truthy`. */
  const implied = (expr, truthy, depth = 0) => {
    if (depth > 20) return new Map();
    if (ts.isParenthesizedExpression(expr)) return implied(expr.expression, truthy, depth + 1);
    if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken)
      return implied(expr.operand, !truthy, depth + 1);
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      const and = op === ts.SyntaxKind.AmpersandAmpersandToken;
      if (and || op === ts.SyntaxKind.BarBarToken) {
        const l = implied(expr.left, truthy, depth + 1);
        const r = implied(expr.right, truthy, depth + 1);
        // a && b true: both hold; a || b false: neither holds. Otherwise only what both imply.
        return and === truthy ? strongest(l, r) : weakest([l, r]);
      }
    }
    // `c ? value : undefined` is truthy only where c held (a proxy made only when supported).
    if (ts.isConditionalExpression(expr) && truthy && isFalsyLiteral(expr.whenFalse))
      return strongest(implied(expr.condition, true, depth + 1), implied(expr.whenTrue, true, depth + 1));
    if (ts.isIdentifier(expr)) {
      const decl = checker.getSymbolAtLocation(expr)?.valueDeclaration;
      const list = decl?.parent;
      if (
        decl &&
        ts.isVariableDeclaration(decl) &&
        decl.initializer &&
        list &&
        list.flags & ts.NodeFlags.Const
      )
        return implied(decl.initializer, truthy, depth + 1);
    }
    const c = truthy ? check(expr) : undefined;
    return c ? new Map([[c.set, { minor: c.minor, where: [where(expr)] }]]) : new Map();
  };

  /** The checks a parent adds for its child: the branch taken, or an early exit before it. */
  const branch = (parent, child) => {
    if (ts.isIfStatement(parent) && child !== parent.expression)
      return implied(parent.expression, child === parent.thenStatement);
    if (ts.isConditionalExpression(parent) && child !== parent.condition)
      return implied(parent.condition, child === parent.whenTrue);
    if (ts.isBinaryExpression(parent) && child === parent.right) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return implied(parent.left, true);
      if (op === ts.SyntaxKind.BarBarToken) return implied(parent.left, false);
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      let level = new Map();
      for (const s of parent.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement))
          level = strongest(level, implied(s.expression, false));
      }
      return level;
    }
    return new Map();
  };

  const references = referenceIndex(p);
  const memo = new Map();

  /** Checks that hold at every call of a named function (none when it is called from outside). */
  const callers = (fn) => {
    if (memo.has(fn)) return memo.get(fn);
    memo.set(fn, new Map()); // recursion: assume nothing
    const refs = references(fn);
    const level = refs === undefined || refs.length === 0 ? new Map() : weakest(refs.map((r) => at(r)));
    memo.set(fn, level);
    return level;
  };

  const at = (node) => {
    let level = new Map();
    for (let n = node; n.parent; n = n.parent) {
      // `x?.member` runs only where x is truthy.
      const link = ts.isCallExpression(n) && !n.questionDotToken ? n.expression : n;
      if (
        ts.isPropertyAccessExpression(link) ||
        ts.isElementAccessExpression(link) ||
        ts.isCallExpression(link)
      )
        if (link.questionDotToken) level = strongest(level, implied(link.expression, true));
      level = strongest(level, branch(n.parent, n));
      if (ts.isFunctionDeclaration(n.parent) || ts.isMethodDeclaration(n.parent))
        return strongest(level, callers(n.parent));
    }
    return level;
  };
  return at;
}

/** Every reference under src/ to the audited files' named functions (declarations, imports and exports aside). */
function referenceIndex(p) {
  const { checker } = p;
  const named = new Map();
  for (const sf of p.audited) {
    const visit = (n) => {
      if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name) named.set(n, []);
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  const names = new Set([...named.keys()].map((n) => n.name.getText()));
  for (const sf of p.files) {
    const visit = (n) => {
      if (ts.isIdentifier(n) && names.has(n.text)) {
        let symbol = checker.getSymbolAtLocation(n);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const decl = symbol?.valueDeclaration;
        if (
          decl &&
          named.has(decl) &&
          decl.name !== n &&
          !ts.isImportSpecifier(n.parent) &&
          !ts.isExportSpecifier(n.parent)
        )
          named.get(decl).push(n);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return (fn) => named.get(fn);
}

function isFalsyLiteral(expr) {
  const k = expr.kind;
  if (k === ts.SyntaxKind.NullKeyword || k === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isIdentifier(expr) && expr.text === "undefined") return true;
  return (ts.isNumericLiteral(expr) && expr.text === "0") || (ts.isStringLiteral(expr) && expr.text === "");
}

function exits(stmt) {
  if (ts.isReturnStatement(stmt) || ts.isThrowStatement(stmt)) return true;
  if (ts.isBlock(stmt))
    return stmt.statements.length > 0 && exits(stmt.statements[stmt.statements.length - 1]);
  return false;
}

/** Per set, the higher of two levels (both hold). */
function strongest(a, b) {
  const out = new Map(a);
  for (const [set, v] of b) if (!out.has(set) || out.get(set).minor < v.minor) out.set(set, v);
  return out;
}

/** Per set, the lowest level every one of several paths reaches (only sets all of them check). */
function weakest(levels) {
  if (levels.length === 0) return new Map();
  const out = new Map();
  for (const set of levels[0].keys()) {
    if (!levels.every((l) => l.has(set))) continue;
    const minor = Math.min(...levels.map((l) => l.get(set).minor));
    const where = [...new Set(levels.flatMap((l) => l.get(set).where))].sort();
    out.set(set, { minor, where });
  }
  return out;
}

module.exports = { guardFinder, WRAPPER };
