import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { withAtomicFile, writeAll, writeFileAtomic } from "../../../src/adapters/xlsx/atomicWrite";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-atomic-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe("writeFileAtomic", () => {
  test("replaces the target whole, keeps its permissions and leaves nothing else in the folder", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "a-"));
    const file = path.join(sub, "x.xlsx");
    fs.writeFileSync(file, "old", { mode: 0o640 });
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, bytes("new content"));
    expect(fs.readFileSync(file, "utf8")).toBe("new content");
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(sub)).toEqual(["x.xlsx"]);
  });

  test("overwrite: false rejects with EEXIST and leaves the target and the folder as they were", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "b-"));
    const file = path.join(sub, "x.xlsx");
    fs.writeFileSync(file, "old");
    await expect(writeFileAtomic(file, bytes("new"), { overwrite: false })).rejects.toMatchObject({
      code: "EEXIST",
    });
    expect(fs.readFileSync(file, "utf8")).toBe("old");
    expect(fs.readdirSync(sub)).toEqual(["x.xlsx"]);
    await writeFileAtomic(path.join(sub, "y.xlsx"), bytes("fresh"), { overwrite: false });
    expect(fs.readFileSync(path.join(sub, "y.xlsx"), "utf8")).toBe("fresh");
    expect(fs.readdirSync(sub).sort()).toEqual(["x.xlsx", "y.xlsx"]);
  });

  test("a symlink is followed: the file it points to is replaced and the link stays a link", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "c-"));
    const real = path.join(sub, "real.xlsx");
    const link = path.join(sub, "link.xlsx");
    fs.writeFileSync(real, "old");
    fs.symlinkSync(real, link);
    await writeFileAtomic(link, bytes("new"));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, "utf8")).toBe("new");
  });

  test("a write into a missing folder fails and creates nothing", async () => {
    const missing = path.join(dir, "nope", "x.xlsx");
    await expect(writeFileAtomic(missing, bytes("x"))).rejects.toMatchObject({ code: "ENOENT" });
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });

  test("removes a killed run's temp file (process gone, older than this one) but not a live process's", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "d-"));
    const live = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.on("close", r));
    try {
      const old = new Date(Date.now() - 3600_000);
      const names = {
        dead: `.~pokin-x.xlsx.${dead.pid}.abc123.tmp`,
        live: `.~pokin-x.xlsx.${live.pid}.def456.tmp`,
        user: "~$x.xlsx",
      };
      for (const n of Object.values(names)) {
        fs.writeFileSync(path.join(sub, n), "partial");
        fs.utimesSync(path.join(sub, n), old, old);
      }
      await writeFileAtomic(path.join(sub, "x.xlsx"), bytes("new"));
      expect(fs.readdirSync(sub).sort()).toEqual([names.live, "x.xlsx", names.user].sort());
    } finally {
      live.kill();
    }
  });
});

describe("withAtomicFile", () => {
  test("streams into a hidden temp file beside the target, then replaces the target whole", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "s-"));
    const file = path.join(sub, "x.xlsx");
    fs.writeFileSync(file, "old");
    fs.chmodSync(file, 0o600);
    const seen = await withAtomicFile(file, async (fh) => {
      await writeAll(fh, bytes("part one, "));
      const during = fs.readdirSync(sub).sort();
      await writeAll(fh, bytes("part two"));
      return during;
    });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatch(new RegExp(`^\\.~pokin-x\\.xlsx\\.${process.pid}\\.[a-z0-9]+\\.tmp$`));
    expect(seen[1]).toBe("x.xlsx");
    expect(fs.readFileSync(file, "utf8")).toBe("part one, part two");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(sub)).toEqual(["x.xlsx"]);
  });

  test("a writer that fails half-way leaves the target as it was and no temp file", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "f-"));
    const file = path.join(sub, "x.xlsx");
    fs.writeFileSync(file, "old");
    const failing = withAtomicFile(file, async (fh) => {
      await writeAll(fh, bytes("half"));
      throw new Error("deflate failed");
    });
    await expect(failing).rejects.toThrow("deflate failed");
    expect(fs.readFileSync(file, "utf8")).toBe("old");
    expect(fs.readdirSync(sub)).toEqual(["x.xlsx"]);
  });
});
