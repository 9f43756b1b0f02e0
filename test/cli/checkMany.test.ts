import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { FileFinding } from "../../src/core/pemda/types";
import { REVIEW_SHEET } from "../../src/core/sheets";
import { pokinInProcess as run, pokinSync } from "../helpers/pokinBin";
import { writeSampleSet } from "./pemdaFiles";

let dir: string;
let set: Awaited<ReturnType<typeof writeSampleSet>>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-many-"));
  set = await writeSampleSet(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("pokin check A.xlsx B.xlsx … [--rpd RPD.xlsx]", () => {
  it("checks the clean sample set with its RPD: each file's own findings with `file` and `opd`, no cross-workbook finding", async () => {
    const r = await run(
      "check",
      set.dinsos,
      set.dinkes,
      set.org,
      "--rpd",
      set.rpd,
      "--format",
      "json",
      "--lang",
      "en",
    );
    const findings = JSON.parse(r.out) as FileFinding[];
    // The Banjarnegara sample has no targets (POKIN011): exit 1.
    expect([r.code, r.err]).toEqual([1, ""]);
    expect(findings.filter((f) => /^POKIN04\d$/.test(f.rule))).toEqual([]);
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set([set.dinsos, set.rpd]));
    for (const f of findings) expect(typeof f.file).toBe("string");
    expect(findings.find((f) => f.file === set.dinsos)?.opd).toBe(
      "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
    );
    // The RPD holds level 1 only: no missing-sheet or no-child finding for the levels below.
    expect(findings.filter((f) => f.file === set.rpd && ["POKIN001", "POKIN008"].includes(f.rule))).toEqual(
      [],
    );
  });

  it("reports an unreadable file among several as POKIN040 and checks the others; exit 2 only when none can be read", async () => {
    const bad = path.join(dir, "rusak.xlsx");
    fs.writeFileSync(bad, "bukan zip");
    const r = await run("check", set.dinkes, bad, "--format", "json", "--lang", "en");
    const findings = JSON.parse(r.out) as FileFinding[];
    expect(r.code).toBe(1);
    expect(findings.map((f) => [f.rule, f.file, f.sheet, f.cell])).toEqual([["POKIN040", bad, "", "A1"]]);
    expect(findings[0]!.message).toContain("not an Excel .xlsx file");
    const none = await run("check", bad, path.join(dir, "tidak-ada.xlsx"), "--format", "json");
    expect(none.code).toBe(2);
    expect((JSON.parse(none.out) as FileFinding[]).map((f) => f.rule)).toEqual(["POKIN040", "POKIN040"]);
    expect(none.err).toBe("pokin: tidak ada berkas yang dapat dibaca\n");
  });

  it("groups the text report by OPD, then sheet, and ends with a per-OPD summary table", async () => {
    const r = await run("check", set.dinkes, set.org, set.dinsos, "--lang", "en");
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    const groups = lines.filter((l) => l.startsWith("== "));
    // Only the Dinas Sosial sample has findings; it is grouped under its OPD and file.
    expect(groups).toEqual([
      `== Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak — ${set.dinsos} ==`,
    ]);
    const table = lines.slice(lines.indexOf("Summary per Perangkat Daerah"));
    expect(table[1]).toMatch(/^Perangkat Daerah +File +Errors +Warnings +Info$/);
    expect(table.slice(3, 6).map((l) => l.split(/ {2,}/)[0])).toEqual([
      "Bagian Organisasi Sekretariat Daerah",
      "Dinas Kesehatan",
      "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
    ]);
    expect(table[4]).toMatch(/ 0 +0 +0$/);
    expect(r.out).toMatch(/\nSummary: \d+ errors, \d+ warnings?, 0 info\n$/);
  });

  it("node bin/pokin.js streams --format jsonl from its worker threads: one finding per line, the same as --format json", () => {
    const bin = (...args: string[]) => pokinSync(args, { timeout: 60_000 });
    const files = [set.dinsos, set.dinkes, set.org, "--rpd", set.rpd];
    const jsonl = bin("check", ...files, "--format", "jsonl");
    const json = bin("check", ...files, "--format", "json");
    expect([jsonl.code, jsonl.err]).toEqual([1, ""]);
    const lines = jsonl.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as FileFinding);
    const key = (f: FileFinding) => JSON.stringify(f);
    expect(lines.map(key).sort()).toEqual((JSON.parse(json.out) as FileFinding[]).map(key).sort());
  });

  it("applies each file's Catatan Reviu in the batch action (SPEC §13): excepted findings left out and counted, with --all marked", async () => {
    const before = JSON.parse(
      (await run("check", set.dinsos, set.dinkes, "--format", "json")).out,
    ) as FileFinding[];
    const target = before.find((f) => f.rule === "POKIN011" && f.kode)!;
    const noted = path.join(dir, "dinsos-reviu.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(set.dinsos);
    const ws = wb.addWorksheet(REVIEW_SHEET);
    ws.addRow(["Aturan", "Kode", "Lembar", "Status", "Catatan", "Oleh", "Tanggal"]);
    ws.addRow([
      target.rule,
      target.kode,
      target.sheet,
      "Dikecualikan",
      "Target menyusul",
      "Bappeda",
      "2026-11-01",
    ]);
    await wb.xlsx.writeFile(noted);
    const same = (f: FileFinding) => f.rule === target.rule && f.kode === target.kode;
    const excepted = before.filter(same).length;

    const json = JSON.parse((await run("check", noted, set.dinkes, "--format", "json")).out) as FileFinding[];
    expect(json.filter(same)).toEqual([]);
    expect(json.length).toBe(before.length - excepted);
    const text = await run("check", noted, set.dinkes, "--lang", "en");
    expect(text.out.trimEnd().split("\n").pop()).toMatch(new RegExp(`, ${excepted} excepted\\.?$`));
    const all = JSON.parse(
      (await run("check", noted, set.dinkes, "--format", "json", "--all")).out,
    ) as FileFinding[];
    expect(all.filter(same).map((f) => [f.file, f.excepted, f.catatan])).toEqual(
      Array.from({ length: excepted }, () => [noted, true, "Target menyusul"]),
    );
  });
});
