/**
 * Catatan Reviu on the Pemda workbook `pokin gabung` writes (SPEC §11, §13): notes keyed by
 * rule + the OPD-qualified Kode (`DINSOS:1.1`) except and follow exactly that OPD's findings,
 * never another OPD's row with the same local Kode. Real .xlsx files (ExcelJS), the CLI in
 * process.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REVIEW_SHEET } from "../../src/core/sheets";
import { writeSampleSet } from "./pemdaFiles";
import { pokinInProcess as run } from "../helpers/pokinBin";

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  kode?: string;
  message: string;
  excepted?: boolean;
  catatan?: string;
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-pemda-notes-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function findings(file: string, ...more: string[]): Promise<JsonFinding[]> {
  return JSON.parse((await run("check", file, "--format", "json", ...more)).out) as JsonFinding[];
}
const key = (f: JsonFinding) => `${f.rule}|${f.kode ?? ""}`;
/** The OPD part and the OPD's own Kode of a qualified Kode. */
const parts = (kode = "") => {
  const at = kode.indexOf(":");
  return at < 0 ? undefined : { opd: kode.slice(0, at), local: kode.slice(at + 1) };
};

/** Adds the notes sheet (the header row as the README gives it) and `notes` to the workbook. */
async function addNotes(file: string, notes: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(REVIEW_SHEET) ?? wb.addWorksheet(REVIEW_SHEET);
  ws.addRow(["Aturan", "Kode", "Lembar", "Status", "Catatan", "Oleh", "Tanggal"]);
  for (const n of notes) ws.addRow(n);
  await wb.xlsx.writeFile(file);
}

describe("Catatan Reviu on a Pemda workbook (OPD-qualified Kodes)", () => {
  it("excepts one OPD's finding (not the same Kode of another OPD), counts it, and reports a fixed note as fixed", async () => {
    const set = await writeSampleSet(path.join(dir, "opd"));
    const pemda = path.join(dir, "pemda.xlsx");
    const made = await run("gabung", set.dinsos, set.dinkes, set.org, "--rpd", set.rpd, "-o", pemda);
    expect(made.err).toBe("");
    const before = await findings(pemda);

    // A: an empty target of one OPD; its twin: the same cell of another OPD's row with the same
    // own Kode, emptied here so that both carry the same rule on the same local Kode.
    const a = before.find((f) => f.rule === "POKIN011" && parts(f.kode))!;
    expect(a).toBeDefined();
    const local = parts(a.kode)!.local;
    const edit = new ExcelJS.Workbook();
    await edit.xlsx.readFile(pemda);
    const level = edit.getWorksheet(a.sheet)!;
    let twinKode = "";
    level.eachRow((r) => {
      const k = String(r.getCell(1).value ?? "");
      if (!twinKode && parts(k)?.local === local && parts(k)!.opd !== parts(a.kode)!.opd) {
        twinKode = k;
        r.getCell(level.getCell(a.cell).col).value = null;
      }
    });
    expect(twinKode).not.toBe("");
    await edit.xlsx.writeFile(pemda);
    const withTwin = await findings(pemda);
    const twin = withTwin.find((f) => f.rule === a.rule && f.kode === twinKode)!;
    expect(twin).toBeDefined();
    // B: a structural warning on another OPD-qualified Kode, marked Perlu Perbaikan.
    const b = withTwin.find((f) => f.rule === "POKIN008" && parts(f.kode))!;
    expect(b).toBeDefined();
    const ofA = withTwin.filter((f) => key(f) === key(a));
    const ofB = withTwin.filter((f) => key(f) === key(b));

    await addNotes(pemda, [
      [a.rule, a.kode, a.sheet, "Dikecualikan", "Target menyusul Renstra perubahan", "Bappeda"],
      [b.rule, b.kode, b.sheet, "Perlu Perbaikan", "Tambahkan program", "Bappeda"],
    ]);
    const after = await findings(pemda);
    // Exactly A's findings are left out; the other OPD's row with the same local Kode stays.
    expect(after.map(key).sort()).toEqual(
      withTwin
        .filter((f) => key(f) !== key(a))
        .map(key)
        .sort(),
    );
    expect(after.some((f) => key(f) === key(twin))).toBe(true);
    const text = await run("check", pemda);
    expect(text.out).toMatch(new RegExp(`, ${ofA.length} dikecualikan\\n$`));
    const all = await findings(pemda, "--all");
    expect(all.filter((f) => f.excepted).map((f) => [key(f), f.catatan])).toEqual(
      ofA.map((f) => [key(f), "Target menyusul Renstra perubahan"]),
    );

    // B fixed: a Program under B's Tujuan OPD, written into the Pemda workbook.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pemda);
    const program = wb.getWorksheet("Program")!;
    const header = (program.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    const col = (name: string) => header.indexOf(name);
    const template = program.getRow(2).values as unknown[];
    const row = program.getRow(program.rowCount + 1);
    template.forEach((v, c) => c > 0 && (row.getCell(c).value = v as ExcelJS.CellValue));
    row.getCell(col("Kode")).value = `${b.kode}.9`;
    row.getCell(col("Kode Induk")).value = b.kode!;
    row.getCell(col("Perangkat Daerah")).value = program.getRow(2).getCell(col("Perangkat Daerah")).value;
    await wb.xlsx.writeFile(pemda);

    const fixed = await findings(pemda);
    expect(fixed.filter((f) => key(f) === key(b))).toEqual([]);
    const notes = fixed.filter((f) => f.rule === "POKIN047");
    expect(notes.map((f) => [f.kode, f.sheet])).toEqual([[b.kode, REVIEW_SHEET]]);
    expect(notes[0]!.message).toMatch(/sudah diperbaiki/);
    expect(ofB).toHaveLength(1);
    // A stays excepted; nothing else changed but the new row's own findings.
    expect(fixed.some((f) => key(f) === key(a))).toBe(false);
  }, 180_000);
});
