import { buildModel } from "../../../src/core/model/buildModel";
import { applyNotes, readNotes, reviewedCheck, failsCheck } from "../../../src/core/review";
import { checkModel, checkWorkbook } from "../../../src/core/rules/runChecks";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const HEADER = ["Aturan", "Kode", "Lembar", "Status", "Catatan", "Oleh", "Tanggal"];

/** Program 1.1.1: empty Satuan (POKIN010), no Target 2026 (POKIN011); Kegiatan 1.1.1.1: Polaritas "Naik turun" (POKIN018). */
function faulty(): WorkbookData {
  return cleanWorkbook((levels) => {
    levels[2]![0]!.satuan = "";
    levels[2]![0]!.targets = { 2025: 10, 2027: 30 };
    levels[3]![0]!.polaritas = "Naik turun";
  });
}

function withNotes(wb: WorkbookData, notes: unknown[][], header: unknown[][] = [HEADER]): WorkbookData {
  return { sheets: [...wb.sheets, { name: "Catatan Reviu", values: [...header, ...notes] }] };
}

const brief = (r: ReturnType<typeof reviewedCheck>) =>
  r.findings.map((f) => [f.rule, f.sheet, f.cell, f.kode ?? "", f.excepted ?? false, f.catatan ?? ""]);

describe("reviewedCheck(model) with a Catatan Reviu sheet", () => {
  it("leaves out findings a Dikecualikan note with Catatan covers, counts them, and the exit no longer fails on them", () => {
    const plain = checkModel(buildModel(faulty()));
    expect(plain.map((f) => [f.rule, f.kode])).toEqual([
      ["POKIN010", "1.1.1"],
      ["POKIN011", "1.1.1"],
      ["POKIN018", "1.1.1.1"],
    ]);
    const wb = withNotes(faulty(), [
      [
        "POKIN010",
        "1.1.1",
        "Program",
        "Dikecualikan",
        "Satuan menyusul dari Bappeda",
        "Inspektorat",
        "2026-11-01",
      ],
      ["pokin 11", "1.1.1", "", "dikecualikan", "Target 2026 belum ditetapkan", "", ""],
    ]);
    const r = reviewedCheck(buildModel(wb), { lang: "id" });
    expect(r.excepted).toBe(2);
    expect(brief(r)).toEqual([["POKIN018", "Kegiatan", "F2", "1.1.1.1", false, ""]]);
    expect(failsCheck(r.findings)).toBe(false);
  });

  it("with all, shows the excepted findings in place, marked with the note's Catatan, and still does not fail on them", () => {
    const wb = withNotes(faulty(), [
      ["POKIN010", "1.1.1", "Program", "Dikecualikan", "Satuan menyusul", "", ""],
    ]);
    const r = reviewedCheck(buildModel(wb), { lang: "id", all: true });
    expect(r.excepted).toBe(1);
    expect(r.findings.map((f) => [f.rule, f.excepted, f.catatan])).toEqual([
      ["POKIN010", true, "Satuan menyusul"],
      ["POKIN011", undefined, undefined],
      ["POKIN018", undefined, undefined],
    ]);
    expect(Object.keys(r.findings[1]!)).not.toContain("excepted");
    expect(failsCheck(r.findings)).toBe(true); // POKIN011 is not excepted
  });

  it("reports a Dikecualikan note without Catatan as POKIN049 and excepts nothing with it", () => {
    const wb = withNotes(faulty(), [["POKIN018", "1.1.1.1", "Kegiatan", "Dikecualikan", "", "Bappeda", ""]]);
    const r = reviewedCheck(buildModel(wb), { lang: "en" });
    expect(r.excepted).toBe(0);
    expect(brief(r).map((b) => b.slice(0, 4))).toEqual([
      ["POKIN010", "Program", "E2", "1.1.1"],
      ["POKIN011", "Program", "K2", "1.1.1"],
      ["POKIN018", "Kegiatan", "F2", "1.1.1.1"],
      ["POKIN049", "Catatan Reviu", "E2", "1.1.1.1"],
    ]);
    expect(r.findings[3]!.severity).toBe("warning");
  });

  it("reports a Perlu Perbaikan note whose finding is gone as fixed (POKIN047), and says nothing of one still open or Selesai", () => {
    const wb = withNotes(faulty(), [
      ["POKIN013", "1.1.1", "Program", "Perlu Perbaikan", "angka sebagai teks", "", ""],
      ["POKIN010", "1.1.1", "Program", "Perlu Perbaikan", "isi Satuan", "", ""],
      ["POKIN009", "1.1", "", "Selesai", "", "", ""],
    ]);
    const r = reviewedCheck(buildModel(wb), { lang: "id" });
    const notes = r.findings.filter((f) => f.sheet === "Catatan Reviu");
    expect(notes.map((f) => [f.rule, f.severity, f.cell, f.kode])).toEqual([
      ["POKIN047", "info", "D2", "1.1.1"],
    ]);
    expect(notes[0]!.message).toMatch(/sudah diperbaiki/);
    expect(
      reviewedCheck(buildModel(wb), { lang: "en" }).findings.find((f) => f.rule === "POKIN047")!.message,
    ).toMatch(/fixed/);
  });

  it("lists a stale note once (POKIN048), even when it is repeated", () => {
    const stale = ["POKIN019", "9.9", "Program", "Dikecualikan", "sudah dibahas", "", ""];
    const r = reviewedCheck(buildModel(withNotes(faulty(), [stale, stale])), { lang: "id" });
    expect(r.findings.filter((f) => f.rule === "POKIN048").map((f) => [f.cell, f.kode, f.severity])).toEqual([
      ["A2", "9.9", "info"],
    ]);
  });

  it("keys a note without Kode by rule and sheet, for findings without a Kode", () => {
    const noSub = { sheets: faulty().sheets.filter((s) => s.name !== "Sub Kegiatan") };
    const wb = withNotes(noSub, [
      ["POKIN001", "", "sub  kegiatan", "Dikecualikan", "OPD tanpa sub kegiatan", "", ""],
    ]);
    const r = reviewedCheck(buildModel(wb), { lang: "id" });
    expect(r.excepted).toBe(1);
    expect(r.findings.map((f) => f.rule)).not.toContain("POKIN001");
  });

  it("finds the header below a title line, reads English headers, and keys OPD-qualified Kodes of a Pemda workbook as text", () => {
    const pemda = cleanWorkbook((levels) => {
      levels[2]![0]!.kode = "DINSOS:1.1.1";
      levels[2]![0]!.satuan = "";
      levels[3]![0]!.induk = "DINSOS:1.1.1";
    });
    const wb = withNotes(
      pemda,
      [["10", "DINSOS:1.1.1", "Program", "Excepted", "menyusul", "", ""]],
      [["Catatan reviu Inspektorat 2026"], ["Rule", "Code", "Sheet", "Status", "Note", "By", "Date"]],
    );
    expect(readNotes(wb).notes).toEqual([
      {
        rule: "POKIN010",
        kode: "DINSOS:1.1.1",
        sheet: "Program",
        status: "excepted",
        catatan: "menyusul",
        oleh: "",
        row: 2,
      },
    ]);
    const r = reviewedCheck(buildModel(wb), { lang: "id" });
    expect([r.excepted, r.findings.map((f) => f.rule)]).toEqual([1, []]);
  });

  it("changes nothing without a notes sheet", () => {
    const findings = checkModel(buildModel(faulty()));
    expect(applyNotes(findings, readNotes(faulty()))).toEqual({ findings, excepted: 0 });
  });

  it("is what checkWorkbook gives every front end (pane, ribbon), except for a subset of the rules", () => {
    const wb = withNotes(faulty(), [["POKIN010", "1.1.1", "Program", "Dikecualikan", "menyusul", "", ""]]);
    expect(checkWorkbook(wb, { lang: "id" })).toEqual(reviewedCheck(buildModel(wb), { lang: "id" }).findings);
    expect(checkWorkbook(wb, { all: true }).map((f) => [f.rule, f.excepted ?? false])).toEqual([
      ["POKIN010", true],
      ["POKIN011", false],
      ["POKIN018", false],
    ]);
    expect(checkWorkbook(wb, { rules: ["POKIN010"] }).map((f) => f.rule)).toEqual(["POKIN010"]);
  });
});
