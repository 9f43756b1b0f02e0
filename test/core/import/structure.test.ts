import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../../src/core/import");

/** Every .ts file under the import folder, relative to it. */
function files(dir = ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.name.endsWith(".ts") ? [path.relative(ROOT, p)] : [];
  });
}

/** The import folder's own modules a file imports (type imports included). */
function imports(file: string, root = ROOT): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
    const target = path.relative(root, path.resolve(path.dirname(path.join(root, file)), m[1]!)) + ".ts";
    if (!target.startsWith("..") && fs.existsSync(path.join(root, target))) out.push(target);
  }
  return out;
}

/** The import cycles, each as the files around it. */
function cycles(all: readonly string[], root = ROOT): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const g of imports(f, root)) {
      if (state.get(g) === "open") found.push([...stack.slice(stack.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of all) if (!state.has(f)) visit(f);
  return found;
}

describe("core/import's layout (issue 9 §4)", () => {
  const all = files();

  test("has no import cycle", () => {
    expect(cycles(all)).toEqual([]);
  });

  test("the cycle finder sees a cycle (so the test above can fail)", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-cycle-"));
    try {
      fs.mkdirSync(path.join(tmp, "read"));
      fs.writeFileSync(path.join(tmp, "a.ts"), 'import { b } from "./read/b";\n');
      fs.writeFileSync(path.join(tmp, "read", "b.ts"), 'import type { A } from "../a";\n');
      expect(cycles(["a.ts"], tmp)).toEqual([["a.ts", path.join("read", "b.ts"), "a.ts"]]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test("groups its files in folders by step, none at the top but the entry points", () => {
    const top = all.filter((f) => !f.includes(path.sep)).sort();
    expect(top).toEqual([
      "describeRows.ts",
      "importNote.ts",
      "index.ts",
      "planImport.ts",
      "previewImport.ts",
      "types.ts",
    ]);
    const folders = [...new Set(all.filter((f) => f.includes(path.sep)).map((f) => f.split(path.sep)[0]))];
    expect(folders.sort()).toEqual(["detect", "map", "merge", "read"]);
  });

  test("names every file after what it exports, and keeps it under 150 lines", () => {
    const misnamed = all.filter((f) => {
      const base = path.basename(f, ".ts");
      if (base === "index" || base === "types" || base === "planParts") return false;
      const text = fs.readFileSync(path.join(ROOT, f), "utf8");
      const exported = [...text.matchAll(/export (?:function|const|class|interface|type) (\w+)/g)].map(
        (m) => m[1],
      );
      return !exported.includes(base) && !exported.map((e) => e!.toLowerCase()).includes(base.toLowerCase());
    });
    expect(misnamed).toEqual([]);
    const long = all.filter((f) => fs.readFileSync(path.join(ROOT, f), "utf8").split("\n").length > 155);
    expect(long).toEqual([]);
  });
});
