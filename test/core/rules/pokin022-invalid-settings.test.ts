import { checkWorkbook } from "../../../src/core/rules";
import type { SheetData, WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, settingsSheet, withSheet } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN022"], lang: "en" });
/** The clean workbook (targets 2025–2027) with these Pengaturan entries. */
const withSettings = (pairs: [string, unknown][]) => withSheet(cleanWorkbook(), settingsSheet(pairs));
const finding = (cell: string, message: string) => ({
  rule: "POKIN022",
  severity: "error",
  sheet: "Pengaturan",
  cell,
  message,
});
const LEVELS: [string, unknown][] = [
  ["Level 1", "Tujuan RPD"],
  ["Level 2", "Tujuan OPD"],
  ["Level 3", "Program"],
  ["Level 4", "Kegiatan"],
  ["Level 5", "Sub Kegiatan"],
];

describe("POKIN022 Pengaturan is invalid", () => {
  test("POKIN022 gives nothing on the clean workbook, with full valid settings, or without Pengaturan", () => {
    expect(check(cleanWorkbook())).toEqual([]);
    const full = withSettings([
      ["Pemerintah Daerah", "Kabupaten Banjarnegara"],
      ["Tahun Awal", "2025"],
      ["Tahun Akhir", 2027],
      ["Tahun Laporan", 2026],
      ["Rumus Negatif", "rasio"],
      ...LEVELS,
    ]);
    expect(check(full)).toEqual([]);
    expect(check({ sheets: cleanWorkbook().sheets.filter((s) => s.name !== "Pengaturan") })).toEqual([]);
  });

  test("POKIN022 fires at a Tahun Awal that is not a whole year", () => {
    const wb = withSettings([
      ["Tahun Awal", 2025.5],
      ["Tahun Akhir", 2027],
    ]);
    expect(check(wb)).toEqual([
      finding("B2", "Tahun Awal must be a whole year (e.g. 2025), found '2025.5'."),
    ]);
  });

  test("POKIN022 fires at Tahun Akhir when Tahun Awal is after it", () => {
    const wb = withSettings([
      ["Tahun Awal", 2027],
      ["Tahun Akhir", 2025],
    ]);
    expect(check(wb)).toEqual([finding("B3", "Tahun Awal (2027) is after Tahun Akhir (2025).")]);
  });

  test("POKIN022 fires at Tahun Akhir when the period spans more than 10 years", () => {
    const wb = withSettings([
      ["Tahun Awal", 2020],
      ["Tahun Akhir", 2030],
    ]);
    expect(check(wb)).toEqual([finding("B3", "The period 2020–2030 is longer than 10 years.")]);
  });

  test("POKIN022 does not fire for a period of exactly 10 years", () => {
    const wb = withSettings([
      ["Tahun Awal", 2021],
      ["Tahun Akhir", 2030],
    ]);
    expect(check(wb)).toEqual([]);
  });

  test("POKIN022 fires at Tahun Laporan outside the period", () => {
    const wb = withSettings([
      ["Tahun Awal", 2025],
      ["Tahun Akhir", 2027],
      ["Tahun Laporan", 2030],
    ]);
    expect(check(wb)).toEqual([finding("B4", "Tahun Laporan 2030 is outside the period 2025–2027.")]);
  });

  test("POKIN022 fires at Tahun Laporan outside a period taken from the Target columns", () => {
    const wb = withSettings([["Tahun Laporan", 2024]]);
    expect(check(wb)).toEqual([finding("B2", "Tahun Laporan 2024 is outside the period 2025–2027.")]);
  });

  test("POKIN022 fires when Tahun Awal is after the Tahun Akhir taken from the Target columns", () => {
    const wb = withSettings([["Tahun Awal", 2030]]);
    expect(check(wb)).toEqual([
      finding(
        "B2",
        "Tahun Awal (2030) is after Tahun Akhir (2027). A year missing from Pengaturan is taken from the Target columns.",
      ),
    ]);
  });

  test("POKIN022 fires at an unknown Rumus Negatif", () => {
    const wb = withSettings([["Rumus Negatif", "Terbalik"]]);
    expect(check(wb)).toEqual([
      finding("B2", "Rumus Negatif must be 'Standar' or 'Rasio', found 'Terbalik'."),
    ]);
  });

  test("POKIN022 fires when fewer than 2 levels are named", () => {
    const wb = withSettings([["Level 1", "Tujuan RPD"]]);
    expect(check(wb)).toEqual([
      finding("B2", "There must be 2–10 levels, found 1. The default levels are used."),
    ]);
  });

  test("POKIN022 fires at the first level out of sequence", () => {
    const wb = withSettings([
      ["Level 1", "Tujuan RPD"],
      ["Level 2", "Tujuan OPD"],
      ["Level 4", "Program"],
    ]);
    expect(check(wb)).toEqual([
      finding(
        "B4",
        "Levels must be numbered from 1 without gaps; Level 4 is out of sequence. The default levels are used.",
      ),
    ]);
  });

  test("POKIN022 fires at a sheet named twice as a level", () => {
    const wb = withSettings([
      ["Level 1", "Tujuan RPD"],
      ["Level 2", "Program"],
      ["Level 3", " program "],
    ]);
    expect(check(wb)).toEqual([
      finding("B4", "Sheet 'program' is named twice as a level. The default levels are used."),
    ]);
  });

  test("POKIN022 fires at A1 of a Pengaturan sheet without a Kunci | Nilai table", () => {
    const sheet: SheetData = {
      name: "pengaturan",
      values: [
        ["Key", "Value"],
        ["Tahun Awal", 2025],
      ],
    };
    const wb: WorkbookData = {
      sheets: [sheet, ...cleanWorkbook().sheets.filter((s) => s.name !== "Pengaturan")],
    };
    expect(check(wb)).toEqual([
      {
        ...finding("A1", "The Pengaturan sheet has no 'Kunci | Nilai' table; the defaults are used."),
        sheet: "pengaturan",
      },
    ]);
  });

  test("POKIN022 finds the Kunci | Nilai table below title rows and reports at its cells", () => {
    const sheet: SheetData = {
      name: "Pengaturan",
      values: [["Pengaturan Pohon Kinerja"], [], ["", "Kunci", "Nilai"], ["", "Tahun Awal", "dua ribu"]],
    };
    const wb = withSheet(cleanWorkbook(), sheet);
    expect(check(wb)).toEqual([
      finding("C4", "Tahun Awal must be a whole year (e.g. 2025), found 'dua ribu'."),
    ]);
  });

  test.each([
    "Cascading",
    "Hasil Pemeriksaan",
    "Pohon Kinerja",
    "capaian 2026",
    "Pengaturan",
    "Cadangan Program 20250101-0900",
  ])(
    "POKIN022 fires at a Level named like one of Pokin's own sheets (%s), and the default levels are read",
    (name) => {
      const levels = LEVELS.map(([k, v]): [string, unknown] => [k, k === "Level 3" ? name : v]);
      const wb = withSettings([["Tahun Awal", 2025], ["Tahun Akhir", 2027], ...levels]);
      expect(check(wb)).toEqual([
        finding(
          "B6",
          `Level 3 '${name}' takes the name of one of Pokin's own sheets; give the level sheet another name. The default levels are used.`,
        ),
      ]);
      expect(checkWorkbook(wb, { lang: "en" }).filter((f) => f.rule !== "POKIN022")).toEqual([]);
    },
  );
});
