import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readXlsxFile } from "../../src/adapters/xlsx/readFile";
import { checkWorkbook } from "../../src/core/rules/runChecks";
import type { WorkbookData } from "../../src/core/sheet";
import { cleanWorkbook } from "../helpers/workbook";
import { writeWorkbook } from "./cliFiles";
import { pokinInProcess as run } from "../helpers/pokinBin";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A workbook with two errors on Program (empty Satuan, missing Target 2026) and one on Kegiatan. */
const FAULTY = cleanWorkbook((levels) => {
  levels[2]![0]!.satuan = "";
  levels[2]![0]!.targets = { 2025: 10, 2027: 30 };
  levels[3]![0]!.targets = { 2025: 10, 2026: 20, 2027: 30 };
  levels[3]![0]!.polaritas = "Naik turun";
});

describe("main(argv, io)", () => {
  it("prints the usage on stdout for --help and exits 0", async () => {
    const r = await run("--help");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toMatch(/pokin check FILE\.xlsx \[--format text\|json\] \[--all\] \[--lang id\|en\]/);
    expect(r.out).toMatch(
      /pokin diff OLD\.xlsx NEW\.xlsx \[--format text\|json\] \[--all\] \[-o OUT\.xlsx\]/,
    );
    expect(r.out).toMatch(/pokin init OUT\.xlsx \[--sample\]/);
  });

  it.each([
    [[]],
    [["periksa"]],
    [["check", "x.xlsx", "--bogus"]],
    [["check"]],
    [["init"]],
    [["check", "a.xlsx", "b.xlsx", "--rpd"]],
  ])("exits 2 with the reason and the usage on stderr for %j", async (argv) => {
    const r = await run(...argv);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toMatch(/^pokin: .+\n/);
    expect(r.err).toMatch(/Penggunaan \/ Usage/);
  });

  it.each([
    [["check", "x.xlsx", "--bogus"], "pokin: opsi tidak dikenal: '--bogus' / unknown option: '--bogus'\n"],
    [["check", "x.xlsx", "-x"], "pokin: opsi tidak dikenal: '-x' / unknown option: '-x'\n"],
    [["check", "x.xlsx", "--lang"], "pokin: opsi '--lang' perlu nilai / option '--lang' needs a value\n"],
    [
      ["build", "x.xlsx", "--help=1"],
      "pokin: opsi '--help' tidak menerima nilai / option '--help' takes no value\n",
    ],
  ])("explains a bad option of %j in Indonesian, then English, before the usage", async (argv, first) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0] + "\n").toBe(first);
  });

  it("does not run Object.prototype members as commands", async () => {
    expect((await run("constructor")).code).toBe(2);
  });

  it("rejects a --format or --lang it does not know, in one line", async () => {
    const f = await run("check", "x.xlsx", "--format", "xml");
    const l = await run("check", "x.xlsx", "--lang", "fr");
    expect([f.code, f.err]).toEqual([2, "pokin: --format harus 'text' atau 'json'.\n"]);
    expect([l.code, l.err]).toEqual([
      2,
      "pokin: --lang harus 'id' atau 'en'. / --lang must be 'id' or 'en'.\n",
    ]);
  });
});

describe("pokin check", () => {
  it("exits 0 and says there is no finding for a clean workbook, with a zero summary", async () => {
    const file = path.join(dir, "bersih.xlsx");
    await writeWorkbook(cleanWorkbook(), file);
    const id = await run("check", file);
    const en = await run("check", file, "--lang", "en");
    expect([id.code, id.out, id.err]).toEqual([
      0,
      "Tidak ada temuan: pohon kinerja konsisten.\nRingkasan: 0 kesalahan, 0 peringatan, 0 info\n",
      "",
    ]);
    expect(en.out).toBe(
      "No findings: the performance tree is consistent.\nSummary: 0 errors, 0 warnings, 0 info\n",
    );
  });

  it("prints the JSON findings of SPEC §7 exactly as the check gives them, and exits 1 on an error", async () => {
    const file = path.join(dir, "salah.xlsx");
    await writeWorkbook(FAULTY, file);
    const r = await run("check", file, "--format", "json", "--lang", "en");
    const expected = checkWorkbook((await readXlsxFile(file)) as WorkbookData, { lang: "en" });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual(expected);
    expect(r.out).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(new Set(expected.map((f) => f.rule))).toEqual(new Set(["POKIN010", "POKIN011", "POKIN018"]));
    for (const f of JSON.parse(r.out) as Record<string, unknown>[]) {
      expect(Object.keys(f)).toEqual(["rule", "severity", "sheet", "cell", "kode", "message"]);
    }
  });

  it("prints the findings grouped by rule with counts, rules overviewed first, and counts them by severity", async () => {
    const file = path.join(dir, "salah-teks.xlsx");
    await writeWorkbook(FAULTY, file);
    const findings = checkWorkbook((await readXlsxFile(file)) as WorkbookData, { lang: "en" });
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["POKIN010", "Program", "E2"],
      ["POKIN011", "Program", "K2"],
      ["POKIN018", "Kegiatan", "F2"],
    ]);
    const r = await run("check", file, "--lang", "en");
    expect(r.code).toBe(1);
    const [satuan, target, polaritas] = findings.map((f) => f.message);
    expect(r.out).toBe(
      [
        "By rule:",
        "  ERROR    POKIN010  1 finding",
        "  ERROR    POKIN011  1 finding",
        "  WARNING  POKIN018  1 finding",
        "",
        "ERROR    POKIN010  1 finding",
        `  Program!E2   ${satuan}`,
        "",
        "ERROR    POKIN011  1 finding",
        `  Program!K2   ${target}`,
        "",
        "WARNING  POKIN018  1 finding",
        `  Kegiatan!F2  ${polaritas}`,
        "",
        "Summary: 2 errors, 1 warning, 0 info",
        "",
      ].join("\n"),
    );
    const id = await run("check", file);
    expect(id.out.trimEnd().split("\n").at(-1)).toBe("Ringkasan: 2 kesalahan, 1 peringatan, 0 info");
    expect(id.out).toContain("\nKESALAHAN   POKIN010  1 temuan\n  Program!E2   [1.1.1] ");
  });

  it("on the sample, groups 344 empty targets into one line per indicator and shows the two warnings at the top", async () => {
    const file = path.join(dir, "contoh-kelompok.xlsx");
    expect((await run("init", file, "--sample")).code).toBe(0);
    const r = await run("check", file);
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "Per aturan:",
      "  KESALAHAN   POKIN011  344 temuan pada 86 indikator",
      "  PERINGATAN  POKIN008  2 temuan",
      "",
    ]);
    expect(lines[4]).toBe("KESALAHAN   POKIN011  344 temuan pada 86 indikator");
    expect(lines[5]).toBe("  Tujuan RPD!I2     [1] Target 2023–2026 kosong.  (I2, J2, K2, L2)");
    expect(lines.filter((l) => l.startsWith("  ") && l.includes("!"))).toHaveLength(88);
    expect(lines.at(-2)).toBe("Ringkasan: 344 kesalahan, 2 peringatan, 0 info");
  });

  it("exits 2 with one line on stderr for a file that cannot be read", async () => {
    const r = await run("check", path.join(dir, "tidak-ada.xlsx"), "--lang", "en");
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toBe(`pokin: The file '${path.join(dir, "tidak-ada.xlsx")}' does not exist.\n`);
  });
});

describe("pokin init", () => {
  it("writes the empty template, which checks clean, and refuses to overwrite it without --force", async () => {
    const file = path.join(dir, "baru.xlsx");
    const first = await run("init", file);
    expect([first.code, first.out, first.err]).toEqual([0, `Templat kosong ditulis ke '${file}'.\n`, ""]);
    const check = await run("check", file);
    expect(check.code).toBe(0);
    const before = fs.statSync(file).mtimeMs;
    const again = await run("init", file, "--lang", "en");
    expect([again.code, again.err]).toEqual([
      2,
      `pokin: The file '${file}' already exists; not overwritten (use --force to replace it).\n`,
    ]);
    expect(fs.statSync(file).mtimeMs).toBe(before);
    expect((await run("init", file, "--force", "--sample")).code).toBe(0);
    expect((await run("check", file)).code).toBe(1);
  });

  it("writes the template's sheets: Pengaturan, the five levels and the reviewer's Catatan Reviu", async () => {
    const file = path.join(dir, "lembar.xlsx");
    expect((await run("init", file)).code).toBe(0);
    const read = (await readXlsxFile(file)) as WorkbookData;
    expect(read.sheets.map((s) => s.name)).toEqual([
      "Pengaturan",
      "Tujuan RPD",
      "Tujuan OPD",
      "Program",
      "Kegiatan",
      "Sub Kegiatan",
      "Catatan Reviu",
    ]);
  });

  it("refuses an output name that is not .xlsx, and a folder that does not exist, in one line", async () => {
    const csv = await run("init", path.join(dir, "x.csv"));
    const nowhere = await run("init", path.join(dir, "tidak", "ada", "x.xlsx"), "--lang", "en");
    expect([csv.code, csv.err.split("\n").length]).toEqual([2, 2]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.err).toMatch(/^pokin: Cannot write '.*x\.xlsx' \(.*\)\.\n$/);
  });
});
