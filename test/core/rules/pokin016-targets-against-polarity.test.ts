import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN016"], lang: "en" });

describe("POKIN016 targets move against the polarity", () => {
  test("POKIN016 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN016 fires at the later Target cell when a Positif target drops", () => {
    const wb = cleanWorkbook((l) => {
      l[3]![0]!.satuan = "Indeks";
      l[3]![0]!.targets = { 2025: 10, 2026: 5, 2027: 30 };
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN016",
        severity: "warning",
        sheet: "Kegiatan",
        cell: "K2",
        kode: "1.1.1.1",
        message:
          "[1.1.1.1] The target drops (2025: 10 → 2026: 5) although Polaritas is Positif (higher is better).",
      },
    ]);
  });

  test("POKIN016 fires when a Negatif target rises, Polaritas read from 'Turun'", () => {
    const wb = cleanWorkbook((l) => {
      l[2]![0]!.polaritas = "Turun";
      l[2]![0]!.targets = { 2025: 30, 2026: 20, 2027: 25 };
    });
    expect(check(wb).map((f) => [f.sheet, f.cell, f.message])).toEqual([
      [
        "Program",
        "L2",
        "[1.1.1] The target rises (2026: 20 → 2027: 25) although Polaritas is Negatif (lower is better).",
      ],
    ]);
  });

  test("POKIN016 compares with the previous year that has a number, skipping an empty year", () => {
    const wb = cleanWorkbook((l) => {
      l[4]![1]!.satuan = "nilai";
      l[4]![1]!.targets = { 2025: 10, 2026: "", 2027: 8 };
    });
    expect(check(wb).map((f) => [f.sheet, f.cell, f.message])).toEqual([
      [
        "Sub Kegiatan",
        "L3",
        "[1.1.1.1.2] The target drops (2025: 10 → 2027: 8) although Polaritas is Positif (higher is better).",
      ],
    ]);
  });

  test("POKIN016 does not fire on yearly counts that fall (orang, dokumen, kegiatan)", () => {
    const wb = cleanWorkbook((l) => {
      l[3]![0]!.targets = { 2025: 10, 2026: 5, 2027: 3 };
      l[4]![0]!.satuan = "Dokumen";
      l[4]![0]!.targets = { 2025: 4, 2026: 2, 2027: 1 };
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN016 fires on every state unit: %, indeks, nilai, rasio, predikat, skor", () => {
    const units = ["%", "persen", "Indeks", "Nilai", "rasio", "Predikat", "skor"];
    const wb = cleanWorkbook((l) => {
      l[4] = units.map((satuan, i) => ({
        kode: `1.1.1.1.${i + 1}`,
        induk: "1.1.1.1",
        indikator: `Capaian ${i}`,
        satuan,
        targets: { 2025: 3, 2026: 2, 2027: 2 },
      }));
    });
    expect(check(wb).map((f) => f.cell)).toEqual(units.map((_, i) => `K${i + 2}`));
  });

  test("POKIN016 does not fire on equal targets, nor on a Negatif target that falls", () => {
    const wb = cleanWorkbook((l) => {
      l[3]![0]!.targets = { 2025: 10, 2026: 10, 2027: 10 };
      l[2]![0]!.polaritas = "Negatif";
      l[2]![0]!.targets = { 2025: 30, 2026: 30, 2027: 25 };
    });
    expect(check(wb)).toEqual([]);
  });
});
