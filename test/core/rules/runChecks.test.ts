import { checkWorkbook, RULES, type Finding } from "../../../src/core/rules";
import { parseA1 } from "../../../src/core/a1";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, LEVELS, setCell, settingsSheet, withSheet } from "../../helpers/workbook";

const NOW = new Date(2026, 5, 1);
/** POKIN001–POKIN013. */
const MINE = Array.from({ length: 13 }, (_, i) => `POKIN${String(i + 1).padStart(3, "0")}`);

/** A workbook with findings spread over sheets, rows and columns, in an order unlike the rules'. */
function messyWorkbook(): WorkbookData {
  let wb = cleanWorkbook((levels) => {
    // Tujuan OPD row 3: no child (POKIN008 at A3) and no Kode Induk (POKIN005 at B3).
    levels[1]!.push({ kode: "1.2", induk: "" });
    // Program row 3 repeats a Kode of Tujuan OPD (POKIN004 at A3), has no child (POKIN008 at A3) and
    // names a parent two levels up (POKIN007 at B3); row 2 loses its Indikator (POKIN009 at D2).
    levels[2]!.push({ kode: "1.1", induk: "1" });
    levels[2]![0]!.indikator = "";
    // Sub Kegiatan row 2: a target stored as text (POKIN013 at J2).
    levels[4]![0]!.targets = { 2025: "1.234,5", 2026: 20, 2027: 30 };
  });
  // Tujuan RPD row 2: Target 2027 missing (POKIN011 at L2).
  wb = setCell(wb, "Tujuan RPD", 1, col("Target 2027"), "");
  // Pengaturan: Tahun Laporan outside the period (POKIN022).
  return withSheet(
    wb,
    settingsSheet([
      ["Tahun Awal", 2025],
      ["Tahun Akhir", 2027],
      ["Tahun Laporan", 2030],
    ]),
  );
}

const ORDER = new Map<string, number>([
  ["Pengaturan", -1],
  ...LEVELS.map((l, i) => [l, i] as [string, number]),
]);
function sortKey(f: Finding): [number, number, number] {
  const pos = parseA1(f.cell)!;
  return [ORDER.get(f.sheet) ?? 1000, pos.row, pos.col];
}
const where = (f: Finding) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell, kode: f.kode });

describe("checkWorkbook(workbook) over the whole registry", () => {
  test("the registry holds the rules of SPEC §7 in id order", () => {
    const ids = Array.from({ length: 31 }, (_, i) => i + 1);
    expect(RULES.map((r) => r.id)).toEqual(ids.map((n) => `POKIN${String(n).padStart(3, "0")}`));
  });

  test("checkWorkbook(cleanWorkbook()) finds nothing", () => {
    expect(checkWorkbook(cleanWorkbook(), { now: NOW })).toEqual([]);
  });

  test("checkWorkbook(cleanWorkbook(), { rules: POKIN001–013 }) finds nothing", () => {
    expect(checkWorkbook(cleanWorkbook(), { now: NOW, rules: MINE })).toEqual([]);
  });

  test("checkWorkbook({ sheets: [] }) reports the five missing level sheets, top to bottom", () => {
    expect(checkWorkbook({ sheets: [] }, { now: NOW }).map(where)).toEqual(
      LEVELS.map((sheet) => ({ rule: "POKIN001", sheet, cell: "A1", kode: undefined })),
    );
  });

  test("findings are sorted by level order (Pengaturan first), then row, then column, then rule", () => {
    const found = checkWorkbook(messyWorkbook(), { now: NOW });
    expect(found[0]).toMatchObject({ rule: "POKIN022", sheet: "Pengaturan" });
    const keys = found.map(sortKey);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    expect(found.filter((f) => MINE.includes(f.rule)).map(where)).toEqual([
      { rule: "POKIN011", sheet: "Tujuan RPD", cell: "L2", kode: "1" },
      { rule: "POKIN008", sheet: "Tujuan OPD", cell: "A3", kode: "1.2" },
      { rule: "POKIN005", sheet: "Tujuan OPD", cell: "B3", kode: "1.2" },
      { rule: "POKIN009", sheet: "Program", cell: "D2", kode: "1.1.1" },
      { rule: "POKIN004", sheet: "Program", cell: "A3", kode: "1.1" },
      { rule: "POKIN008", sheet: "Program", cell: "A3", kode: "1.1" },
      { rule: "POKIN007", sheet: "Program", cell: "B3", kode: "1.1" },
      { rule: "POKIN013", sheet: "Sub Kegiatan", cell: "J2", kode: "1.1.1.1.1" },
    ]);
  });

  test("the same workbook gives the same findings, whatever the sheets' tab order or the rules' order", () => {
    const wb = messyWorkbook();
    const once = checkWorkbook(wb, { now: NOW });
    expect(checkWorkbook(wb, { now: NOW })).toEqual(once);
    expect(checkWorkbook({ sheets: [...wb.sheets].reverse() }, { now: NOW })).toEqual(once);
    const ids = RULES.map((r) => r.id);
    expect(checkWorkbook(wb, { now: NOW, rules: [...ids].reverse() })).toEqual(once);
  });

  test("the rules option keeps only the rules asked for", () => {
    const found = checkWorkbook(messyWorkbook(), { now: NOW, rules: ["POKIN005", "POKIN013"] });
    expect(found.map((f) => f.rule)).toEqual(["POKIN005", "POKIN013"]);
  });

  test("lang 'en' and 'id' give the same findings at the same cells with different messages", () => {
    const id = checkWorkbook(messyWorkbook(), { now: NOW, lang: "id" });
    const en = checkWorkbook(messyWorkbook(), { now: NOW, lang: "en" });
    const bare = ({ message: _message, ...rest }: Finding) => rest;
    expect(en.map(bare)).toEqual(id.map(bare));
    expect(id.length).toBeGreaterThan(0);
    id.forEach((f, i) => expect(f.message).not.toBe(en[i]!.message));
  });

  test("the default language is Bahasa Indonesia", () => {
    const wb = setCell(cleanWorkbook(), "Program", 1, col("Satuan"), "");
    expect(checkWorkbook(wb, { now: NOW, rules: ["POKIN010"] })).toEqual(
      checkWorkbook(wb, { now: NOW, rules: ["POKIN010"], lang: "id" }),
    );
  });
});
