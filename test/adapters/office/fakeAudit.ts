/**
 * The fake's gate: every Office member the code under test touches through a fake request
 * context must be listed in TESTING.md's API-set table (written by `node scripts/api-sets.js
 * --write`, which resolves each member by type and checks its requirement set and guard). A
 * member that is not there is refused with an error saying what to run, so a new API use cannot
 * reach the tests without an audit entry, even when the fake happens to implement it.
 *
 * Checked: property reads and writes, method calls, the names in `load("a,items/b")`, and the
 * keys of object literals assigned to a property (`dataValidation.rule = { list: … }`).
 * Not checked: arguments passed to methods and the event arguments handed to handlers.
 */
import * as fs from "node:fs";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is plain CommonJS
const { parseMembers } = require("../../../scripts/api-sets/table.js") as {
  parseMembers: (doc: string) => Map<string, string>;
};

const TESTING = path.resolve(__dirname, "../../../TESTING.md");
/** What test tooling probes on any object it prints or awaits: never an Office member. */
const TOOLING = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "toString",
  "valueOf",
]);

let members: Map<string, string> | undefined;
const proxies = new WeakMap<object, Map<string, object>>();
const targets = new WeakMap<object, object>();

/** The audit's members (member → the type it gives), read once per test file. */
export function auditedMembers(): Map<string, string> {
  members ??= parseMembers(fs.readFileSync(TESTING, "utf8"));
  return members;
}

/** The error the fake throws at a member the audit does not list. */
export class NotAudited extends TypeError {
  constructor(readonly member: string) {
    super(
      `fake Excel refuses ${member}: it is not in TESTING.md's API-set table. ` +
        "Run `node scripts/api-sets.js --write` (it checks the member's requirement set and guard) " +
        "and commit TESTING.md with the change.",
    );
    this.name = "NotAudited";
  }
}

/**
 * Wraps a fake object as the Office type it stands for; members of it and of what it gives are
 * checked against the audit.
 * @example const context = audited(new FakeContext(excel, options), "Excel.RequestContext");
 */
export function audited<T>(target: T, type: string): T {
  if (!type || target === null || typeof target !== "object") return target;
  if (type.endsWith("[]"))
    return (Array.isArray(target) ? target.map((t: unknown) => audited(t, type.slice(0, -2))) : target) as T;
  const known = proxies.get(target)?.get(type);
  if (known) return known as T;
  const proxy = new Proxy(target, {
    get(t, p) {
      if (typeof p !== "string" || TOOLING.has(p) || p.startsWith("@@") || p.startsWith("$$"))
        return Reflect.get(t, p, t) as unknown;
      const gives = lookup(type, p);
      const value = Reflect.get(t, p, t) as unknown;
      if (typeof value !== "function") return audited(value, gives);
      return (...args: unknown[]) => {
        if (p === "load") args.forEach((a) => checkLoad(type, a));
        return audited((value as (...a: unknown[]) => unknown).apply(t, args.map(unwrap)), gives);
      };
    },
    set(t, p, value) {
      if (typeof p !== "string") return Reflect.set(t, p, value, t);
      checkLiteral(lookup(type, p), value);
      return Reflect.set(t, p, value, t);
    },
  });
  targets.set(proxy, target);
  proxies.set(target, (proxies.get(target) ?? new Map<string, object>()).set(type, proxy));
  return proxy as T;
}

/** What `type.member` gives, or a refusal. */
function lookup(type: string, member: string): string {
  const gives = auditedMembers().get(`${type}.${member}`);
  if (gives === undefined) throw new NotAudited(`${type}.${member}`);
  return gives;
}

function checkLoad(type: string, arg: unknown): void {
  const list = Array.isArray(arg) ? arg : typeof arg === "string" ? arg.split(",") : [];
  for (const entry of list) {
    let owner = type;
    for (const segment of String(entry).trim().split("/"))
      owner = lookup(owner, segment).replace(/\[\]$/, "");
  }
}

function checkLiteral(type: string, value: unknown): void {
  if (
    !type ||
    value === null ||
    typeof value !== "object" ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return;
  for (const [key, inner] of Object.entries(value)) checkLiteral(lookup(type, key), inner);
}

function unwrap(arg: unknown): unknown {
  if (Array.isArray(arg))
    return arg.map((a: unknown) => (a !== null && typeof a === "object" ? (targets.get(a) ?? a) : a));
  return arg !== null && typeof arg === "object" ? (targets.get(arg) ?? arg) : arg;
}
